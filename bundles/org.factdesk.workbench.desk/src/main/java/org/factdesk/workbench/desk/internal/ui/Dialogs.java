package org.factdesk.workbench.desk.internal.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingUtilities;

import org.factdesk.api.desk.Person;
import org.factdesk.api.intake.DeskImport;
import org.factdesk.workbench.desk.internal.Texts;

/**
 * The few dialogs of the fact-check views, each with named controls (tests, screen readers),
 * Enter for OK and Escape for Cancel.
 */
public final class Dialogs {

    private Dialogs() {
    }

    /**
     * Shows a modal dialog.
     *
     * @param parent  the owner
     * @param name    the dialog's name; its buttons are {@code NAME.ok} and {@code NAME.cancel}
     * @param title   the title
     * @param content what it asks
     * @param focus   what has the focus first
     * @return true for OK
     */
    public static boolean show(Component parent, String name, String title, JComponent content, JComponent focus) {
        Window owner = parent == null ? null : parent instanceof Window w ? w : SwingUtilities.getWindowAncestor(parent);
        JDialog d = new JDialog(owner, title, JDialog.ModalityType.APPLICATION_MODAL);
        d.setName(name);
        d.getAccessibleContext().setAccessibleName(title);
        boolean[] ok = {false};
        JButton okButton = Ui.button(name + ".ok", "OK", 0, null, () -> {
            ok[0] = true;
            d.dispose();
        });
        JButton cancel = Ui.button(name + ".cancel", "Cancel", 0, null, d::dispose);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(okButton);
        buttons.add(cancel);
        JPanel root = new JPanel(new BorderLayout(8, 8));
        root.setBorder(BorderFactory.createEmptyBorder(12, 12, 8, 12));
        root.add(content, BorderLayout.CENTER);
        root.add(buttons, BorderLayout.SOUTH);
        d.setContentPane(root);
        d.getRootPane().setDefaultButton(okButton);
        d.getRootPane().registerKeyboardAction(e -> d.dispose(), javax.swing.KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        d.pack();
        d.setLocationRelativeTo(owner);
        if (focus != null) {
            SwingUtilities.invokeLater(focus::requestFocusInWindow);
        }
        d.setVisible(true);
        return ok[0];
    }

    /**
     * Asks for one line (or several) of text.
     *
     * @param parent    the owner
     * @param name      the dialog's name; the field is {@code NAME.text}
     * @param title     the title
     * @param question  the label
     * @param initial   what the field holds first
     * @param multiLine a text area instead of a field
     * @return the text, stripped; empty if cancelled or blank
     */
    public static Optional<String> askText(Component parent, String name, String title, String question, String initial, boolean multiLine) {
        JComponent field;
        java.util.function.Supplier<String> value;
        if (multiLine) {
            JTextArea area = new JTextArea(initial == null ? "" : initial, 8, 50);
            area.setLineWrap(true);
            area.setWrapStyleWord(true);
            field = area;
            value = area::getText;
        } else {
            JTextField f = new JTextField(initial == null ? "" : initial, 40);
            field = f;
            value = f::getText;
        }
        Ui.name(field, name + ".text", question, null);
        JPanel p = new JPanel(new BorderLayout(4, 4));
        p.add(Ui.label(question, 0, field), BorderLayout.NORTH);
        p.add(multiLine ? new JScrollPane(field) : field, BorderLayout.CENTER);
        if (!show(parent, name, title, p, field)) {
            return Optional.empty();
        }
        String v = value.get().strip();
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /**
     * Asks who is working, among the desk's people.
     *
     * @param parent the owner
     * @param people the desk's people
     * @return the chosen person's id; empty if cancelled
     */
    public static Optional<String> choosePerson(Component parent, String title, String question, List<Person> people) {
        JList<Person> list = new JList<>(people.toArray(Person[]::new));
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer((l, p, index, selected, focused) -> {
            JLabel label = new JLabel(p.id() + "  -  " + p.name() + " (" + Texts.role(p.role()) + ")");
            label.setOpaque(true);
            label.setBackground(selected ? l.getSelectionBackground() : l.getBackground());
            label.setForeground(selected ? l.getSelectionForeground() : l.getForeground());
            label.setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 6));
            return label;
        });
        list.setSelectedIndex(0);
        list.setVisibleRowCount(Math.min(10, Math.max(3, people.size())));
        Ui.name(list, "user.people", question, null);
        JPanel p = new JPanel(new BorderLayout(4, 4));
        p.add(Ui.label(question, 0, list), BorderLayout.NORTH);
        p.add(new JScrollPane(list), BorderLayout.CENTER);
        Ui.onDoubleClickList(list);
        if (!show(parent, "user", title, p, list) || list.getSelectedValue() == null) {
            return Optional.empty();
        }
        return Optional.of(list.getSelectedValue().id());
    }

    /**
     * Asks what an import needs that the inputs do not say.
     *
     * @param parent the owner
     * @param single true if one input is imported (then the URL and date can be given)
     * @param what   the inputs, in words
     * @return the options; empty if cancelled
     */
    public static Optional<DeskImport.Options> importOptions(Component parent, boolean single, String what) {
        JTextField url = Ui.name(new JTextField(36), "import.url", "Article URL", "Where the article was published (needed for ClaimReview)");
        JTextField publisher = Ui.name(new JTextField(24), "import.publisher", "Publisher", "Who published the article");
        JTextField published = Ui.name(new JTextField(12), "import.published", "Published on", "The publication date, YYYY-MM-DD");
        JSpinner minScore = Ui.name(new JSpinner(new SpinnerNumberModel(0.5, 0.0, 1.0, 0.05)), "import.minScore", "Lowest score that opens a case",
                "Claims at least this check-worthy get a case (factdesk import --min-score)");
        url.setEnabled(single);
        published.setEnabled(single);
        JPanel p = new JPanel(new GridBagLayout());
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(3, 3, 3, 3);
        c.anchor = GridBagConstraints.WEST;
        int row = 0;
        c.gridx = 0;
        c.gridy = row++;
        c.gridwidth = 2;
        p.add(new JLabel("Import " + what + " into the workspace"), c);
        c.gridwidth = 1;
        row = addRow(p, c, row, Ui.label("Article URL:", KeyEvent.VK_U, url), url);
        row = addRow(p, c, row, Ui.label("Publisher:", KeyEvent.VK_B, publisher), publisher);
        row = addRow(p, c, row, Ui.label("Published on (YYYY-MM-DD):", KeyEvent.VK_D, published), published);
        addRow(p, c, row, Ui.label("Lowest score that opens a case:", KeyEvent.VK_S, minScore), minScore);
        while (show(parent, "import", "Import", p, single ? url : publisher)) {
            String date = published.getText().strip();
            if (!date.isEmpty()) {
                try {
                    LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
                } catch (DateTimeParseException e) {
                    JOptionPane.showMessageDialog(parent, "The publication date needs the form YYYY-MM-DD, not \"" + date + "\"", "Import",
                            JOptionPane.WARNING_MESSAGE);
                    continue;
                }
            }
            return Optional.of(new DeskImport.Options(((Number) minScore.getValue()).doubleValue(), blankToNull(url.getText()), blankToNull(publisher.getText()),
                    blankToNull(date)));
        }
        return Optional.empty();
    }

    private static int addRow(JPanel p, GridBagConstraints c, int row, JComponent label, JComponent field) {
        c.gridx = 0;
        c.gridy = row;
        c.fill = GridBagConstraints.NONE;
        c.weightx = 0;
        p.add(label, c);
        c.gridx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        p.add(field, c);
        return row + 1;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

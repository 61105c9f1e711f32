package org.factdesk.workbench.internal;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.event.KeyEvent;

import javax.swing.BorderFactory;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.RowFilter;
import javax.swing.SwingUtilities;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.table.DefaultTableModel;
import javax.swing.table.TableRowSorter;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/** Help > About, and its Installation Details: every bundle with its version and state. */
final class AboutDialog {

    private AboutDialog() {
    }

    static void show(Component parent, BundleContext context) {
        JDialog d = dialog(parent, "About FactDesk");
        d.setName("about");
        JPanel p = new JPanel(new BorderLayout(16, 12));
        p.setBorder(BorderFactory.createEmptyBorder(16, 16, 12, 16));
        p.add(new JLabel(new ImageIcon(Icons.app(64))), BorderLayout.WEST);
        String version = context.getBundle().getVersion().toString();
        JLabel text = new JLabel("<html><span style='font-size:140%'><b>FactDesk</b></span><br>"
                + "A fact-checking workbench for newsrooms<br><br>"
                + "Workbench " + version + " on Apache Felix " + context.getBundle(0).getVersion() + "<br>"
                + "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + "<br><br>"
                + "Look and feel: FlatLaf (Apache License 2.0); docking: ModernDocking (MIT License)</html>");
        p.add(text, BorderLayout.CENTER);
        JButton details = new JButton("Installation Details\u2026");
        details.setName("about:details");
        details.getAccessibleContext().setAccessibleName("Installation Details");
        details.addActionListener(e -> details(d, context));
        JButton close = new JButton("Close");
        close.getAccessibleContext().setAccessibleName("Close");
        close.addActionListener(e -> d.dispose());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
        buttons.add(details);
        buttons.add(close);
        p.add(buttons, BorderLayout.SOUTH);
        finish(d, p, close, parent);
    }

    static void details(Component parent, BundleContext context) {
        DefaultTableModel model = new DefaultTableModel(new Object[] {"Id", "Symbolic name", "Version", "State", "Name"}, 0) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }

            @Override
            public Class<?> getColumnClass(int c) {
                return c == 0 ? Long.class : String.class;
            }
        };
        for (Bundle b : context.getBundles()) {
            model.addRow(new Object[] {b.getBundleId(), b.getSymbolicName(), b.getVersion().toString(), state(b.getState()),
                    b.getHeaders().get("Bundle-Name")});
        }
        JTable table = new JTable(model);
        table.setName("installation:bundles");
        table.getAccessibleContext().setAccessibleName("Installed bundles");
        TableRowSorter<DefaultTableModel> sorter = new TableRowSorter<>(model);
        table.setRowSorter(sorter);
        table.getColumnModel().getColumn(0).setPreferredWidth(40);
        table.getColumnModel().getColumn(1).setPreferredWidth(300);
        table.getColumnModel().getColumn(4).setPreferredWidth(260);
        JTextField filter = new JTextField();
        filter.putClientProperty("JTextField.placeholderText", "Filter bundles");
        filter.getAccessibleContext().setAccessibleName("Filter bundles");
        filter.getDocument().addDocumentListener(new DocumentListener() {
            private void update() {
                String t = filter.getText().strip();
                sorter.setRowFilter(t.isEmpty() ? null : RowFilter.regexFilter("(?i)" + java.util.regex.Pattern.quote(t)));
            }

            @Override
            public void insertUpdate(DocumentEvent e) {
                update();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                update();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                update();
            }
        });
        JDialog d = dialog(parent, "Installation Details");
        d.setName("installation");
        JPanel p = new JPanel(new BorderLayout(0, 8));
        p.setBorder(BorderFactory.createEmptyBorder(10, 10, 10, 10));
        JLabel head = new JLabel(context.getBundles().length + " bundles");
        head.setFont(head.getFont().deriveFont(Font.BOLD));
        JPanel north = new JPanel(new BorderLayout(8, 0));
        north.add(head, BorderLayout.WEST);
        north.add(filter, BorderLayout.CENTER);
        p.add(north, BorderLayout.NORTH);
        p.add(new JScrollPane(table), BorderLayout.CENTER);
        JButton close = new JButton("Close");
        close.getAccessibleContext().setAccessibleName("Close");
        close.addActionListener(e -> d.dispose());
        JPanel south = new JPanel(new FlowLayout(FlowLayout.RIGHT, 0, 0));
        south.add(close);
        p.add(south, BorderLayout.SOUTH);
        d.setSize(820, 520);
        finish(d, p, close, parent);
    }

    static String state(int s) {
        return switch (s) {
            case Bundle.ACTIVE -> "Active";
            case Bundle.RESOLVED -> "Resolved";
            case Bundle.INSTALLED -> "Installed";
            case Bundle.STARTING -> "Starting";
            case Bundle.STOPPING -> "Stopping";
            case Bundle.UNINSTALLED -> "Uninstalled";
            default -> String.valueOf(s);
        };
    }

    static JDialog dialog(Component parent, String title) {
        java.awt.Window owner = parent instanceof java.awt.Window w ? w : SwingUtilities.getWindowAncestor(parent);
        return new JDialog(owner, title, java.awt.Dialog.ModalityType.APPLICATION_MODAL);
    }

    static void finish(JDialog d, JPanel content, JButton close, Component parent) {
        d.setContentPane(content);
        d.getRootPane().setDefaultButton(close);
        d.getRootPane().registerKeyboardAction(e -> d.dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), JComponent.WHEN_IN_FOCUSED_WINDOW);
        if (d.getWidth() == 0) {
            d.pack();
        }
        d.setLocationRelativeTo(parent);
        d.setVisible(true);
    }
}

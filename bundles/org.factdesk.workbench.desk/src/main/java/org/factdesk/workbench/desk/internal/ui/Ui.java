package org.factdesk.workbench.desk.internal.ui;

import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.Font;
import java.awt.event.ActionEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.function.Consumer;

import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.InputMap;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.UIManager;
import javax.swing.border.Border;

/** Small things every view does alike: names for tests and screen readers, key bindings, buttons. */
public final class Ui {

    private Ui() {
    }

    /**
     * Names a control for tests ({@link Component#setName}) and for screen readers (accessible name
     * and description).
     *
     * @param <C>         the control's type
     * @param c           the control
     * @param name        stable name, {@code triage.table}
     * @param accessible  what a screen reader says
     * @param description longer help, or null
     * @return the control
     */
    public static <C extends JComponent> C name(C c, String name, String accessible, String description) {
        c.setName(name);
        c.getAccessibleContext().setAccessibleName(accessible);
        if (description != null) {
            c.getAccessibleContext().setAccessibleDescription(description);
            if (c.getToolTipText() == null) {
                c.setToolTipText(description);
            }
        }
        return c;
    }

    /**
     * A label that names the control it describes (screen readers read them together; the mnemonic
     * moves the focus there).
     *
     * @param text     the label, with the mnemonic letter first in {@code mnemonic}
     * @param mnemonic the key, or 0 for none
     * @param forWhom  the control
     * @return the label
     */
    public static JLabel label(String text, int mnemonic, JComponent forWhom) {
        JLabel l = new JLabel(text);
        l.setLabelFor(forWhom);
        if (mnemonic != 0) {
            l.setDisplayedMnemonic(mnemonic);
        }
        if (forWhom.getAccessibleContext().getAccessibleName() == null) {
            forWhom.getAccessibleContext().setAccessibleName(text.replace(":", ""));
        }
        return l;
    }

    /**
     * @param name     the button's stable name
     * @param text     its label
     * @param mnemonic Alt+key, or 0
     * @param tip      what it does
     * @param run      the action
     * @return the button
     */
    public static JButton button(String name, String text, int mnemonic, String tip, Runnable run) {
        JButton b = new JButton(text);
        if (mnemonic != 0) {
            b.setMnemonic(mnemonic);
        }
        b.addActionListener(e -> run.run());
        return name(b, name, text.replace("...", ""), tip);
    }

    /**
     * Binds a key on a component while it (or, for {@code ancestor}, something inside it) has the focus.
     *
     * @param c        the component
     * @param ancestor true: while the focus is anywhere inside it
     * @param key      {@link KeyStroke#getKeyStroke(String)} form: {@code "S"}, {@code "ctrl Z"}
     * @param id       the action's id
     * @param run      what the key does
     */
    public static void bind(JComponent c, boolean ancestor, String key, String id, Runnable run) {
        KeyStroke ks = KeyStroke.getKeyStroke(key);
        if (ks == null) {
            throw new IllegalArgumentException("not a key stroke: " + key);
        }
        InputMap map = c.getInputMap(ancestor ? JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT : JComponent.WHEN_FOCUSED);
        map.put(ks, id);
        c.getActionMap().put(id, action(id, run));
    }

    /** @return a Swing action running {@code run} */
    public static Action action(String name, Runnable run) {
        return new AbstractAction(name) {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                run.run();
            }
        };
    }

    /** Calls {@code open} with the view row on a double click. */
    public static void onDoubleClick(JTable table, Consumer<Integer> open) {
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    int row = table.rowAtPoint(e.getPoint());
                    if (row >= 0) {
                        open.accept(row);
                    }
                }
            }
        });
    }

    /** A double click on a list item presses the default button of its dialog. */
    public static void onDoubleClickList(javax.swing.JList<?> list) {
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2 && list.getRootPane() != null && list.getRootPane().getDefaultButton() != null) {
                    list.getRootPane().getDefaultButton().doClick();
                }
            }
        });
    }

    /** @return a titled border in the look and feel's colours */
    public static Border titled(String title) {
        return BorderFactory.createTitledBorder(title);
    }

    /** @return the look and feel's colour for secondary text */
    public static Color dim() {
        Color c = UIManager.getColor("Label.disabledForeground");
        return c != null ? c : Color.GRAY;
    }

    /** @return the font, bold */
    public static Font bold(Font f) {
        return f.deriveFont(Font.BOLD);
    }

    /**
     * Finds a component by name under a container (tests, and views that look up their parts).
     *
     * @param <T>   the type
     * @param root  where to look
     * @param name  the name
     * @param type  the type
     * @return the component, or null
     */
    public static <T extends Component> T find(Container root, String name, Class<T> type) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName()) && type.isInstance(c)) {
                return type.cast(c);
            }
            if (c instanceof Container k) {
                T found = find(k, name, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}

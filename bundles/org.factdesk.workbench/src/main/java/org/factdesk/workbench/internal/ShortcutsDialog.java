package org.factdesk.workbench.internal;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.table.DefaultTableModel;

/** Help > Keyboard Shortcuts: every command with its key and where it is in the menus. */
final class ShortcutsDialog {

    private ShortcutsDialog() {
    }

    static void show(Component parent, List<Contributions.CommandInfo> commands) {
        DefaultTableModel model = new DefaultTableModel(new Object[] {"Command", "Shortcut", "Menu"}, 0) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
        List<Contributions.CommandInfo> sorted = new ArrayList<>(commands);
        sorted.sort(Comparator.comparing((Contributions.CommandInfo c) -> c.accelerator().isBlank()).thenComparing(c -> c.menu())
                .thenComparingInt(Contributions.CommandInfo::order));
        for (Contributions.CommandInfo c : sorted) {
            KeyStroke ks = c.accelerator().isBlank() ? null : KeyStroke.getKeyStroke(c.accelerator());
            model.addRow(new Object[] {c.label(), ks == null ? "" : describe(ks), c.menu().replace("/", " \u203a ")});
        }
        model.addRow(new Object[] {"Next tab / previous tab in a view stack", "Ctrl+Page Down / Ctrl+Page Up", ""});
        model.addRow(new Object[] {"Open a menu", "F10, or Alt + its underlined letter", ""});
        JTable table = new JTable(model);
        table.setName("shortcuts:table");
        table.getAccessibleContext().setAccessibleName("Keyboard shortcuts");
        table.setAutoCreateRowSorter(true);
        table.getColumnModel().getColumn(0).setPreferredWidth(260);
        table.getColumnModel().getColumn(1).setPreferredWidth(160);
        table.getColumnModel().getColumn(2).setPreferredWidth(200);
        java.awt.Window owner = parent instanceof java.awt.Window w ? w : javax.swing.SwingUtilities.getWindowAncestor(parent);
        JDialog d = new JDialog(owner, "Keyboard Shortcuts", java.awt.Dialog.ModalityType.MODELESS);
        d.setName("shortcuts");
        JPanel p = new JPanel(new BorderLayout(0, 8));
        p.setBorder(BorderFactory.createEmptyBorder(10, 10, 10, 10));
        p.add(new JScrollPane(table), BorderLayout.CENTER);
        JButton close = new JButton("Close");
        close.getAccessibleContext().setAccessibleName("Close");
        JDialog dialog = d;
        close.addActionListener(e -> dialog.dispose());
        JPanel south = new JPanel(new BorderLayout());
        south.add(close, BorderLayout.EAST);
        p.add(south, BorderLayout.SOUTH);
        d.setContentPane(p);
        d.getRootPane().setDefaultButton(close);
        d.getRootPane().registerKeyboardAction(e -> dialog.dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                javax.swing.JComponent.WHEN_IN_FOCUSED_WINDOW);
        d.setSize(680, 480);
        d.setLocationRelativeTo(parent);
        d.setVisible(true);
    }

    /** "Ctrl+Alt+D", as menus show it. */
    static String describe(KeyStroke ks) {
        String mods = InputEvent.getModifiersExText(ks.getModifiers());
        String key = KeyEvent.getKeyText(ks.getKeyCode());
        return mods.isEmpty() ? key : mods + "+" + key;
    }
}

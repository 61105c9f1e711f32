package org.factdesk.workbench.internal;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Point;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.ListCellRenderer;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.UIManager;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

import org.factdesk.workbench.api.QuickAccessItem;
import org.factdesk.workbench.api.QuickAccessProvider;
import org.osgi.service.log.Logger;

/**
 * Quick Access (Ctrl+3, as in Eclipse): a text field over the window; typing lists the commands,
 * views and perspectives that match at once, and what the contributed providers find a moment later
 * (asked on a worker thread, never on the event thread). Enter runs the selected entry, Escape closes.
 */
final class QuickAccess {

    /** A provider and its heading. */
    record Provider(String category, QuickAccessProvider provider) {
    }

    /** One entry. */
    record Entry(String category, String label, String detail, String key, Runnable run, BooleanSupplier enabled) {
    }

    static final int LIMIT = 12;
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "factdesk-quick-access");
        t.setDaemon(true);
        return t;
    });

    private final JFrame owner;
    private List<Entry> own = List.of();
    private final Collection<Provider> providers;
    private final Logger log;
    private final JDialog dialog;
    private final JTextField field = new JTextField();
    private final DefaultListModel<Entry> model = new DefaultListModel<>();
    private final JList<Entry> list = new JList<>(model);
    private final Timer debounce;
    private int generation;

    /** Made once, when the window opens (its first showing would otherwise load Swing classes while the user waits). */
    QuickAccess(JFrame owner, Collection<Provider> providers, Logger log) {
        this.owner = owner;
        this.providers = providers;
        this.log = log;
        dialog = new JDialog(owner, "Quick Access", false);
        dialog.setName("quickAccess");
        dialog.setUndecorated(true);
        dialog.getAccessibleContext().setAccessibleName("Quick Access");
        field.setName("quickAccess:text");
        field.getAccessibleContext().setAccessibleName("Find commands, views, cases, claims and checkers");
        field.putClientProperty("JTextField.placeholderText", "Find commands, views, cases, claims, checkers\u2026");
        field.putClientProperty("JTextField.showClearButton", true);
        field.setFont(field.getFont().deriveFont(field.getFont().getSize2D() + 2f));
        list.setName("quickAccess:results");
        list.getAccessibleContext().setAccessibleName("Matches");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new Renderer());
        list.setFocusable(false);
        JPanel p = new JPanel(new BorderLayout(0, 6));
        p.setBorder(BorderFactory.createCompoundBorder(BorderFactory.createLineBorder(UIManager.getColor("Component.focusColor"), 1),
                BorderFactory.createEmptyBorder(8, 8, 8, 8)));
        p.add(field, BorderLayout.NORTH);
        JScrollPane sp = new JScrollPane(list);
        sp.setBorder(BorderFactory.createEmptyBorder());
        p.add(sp, BorderLayout.CENTER);
        dialog.setContentPane(p);
        dialog.setSize(640, 420);
        debounce = new Timer(150, e -> askProviders());
        debounce.setRepeats(false);
        field.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                refresh();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                refresh();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                refresh();
            }
        });
        field.addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                switch (e.getKeyCode()) {
                    case KeyEvent.VK_ESCAPE -> close();
                    case KeyEvent.VK_ENTER -> choose(list.getSelectedValue());
                    case KeyEvent.VK_DOWN -> move(1);
                    case KeyEvent.VK_UP -> move(-1);
                    case KeyEvent.VK_PAGE_DOWN -> move(8);
                    case KeyEvent.VK_PAGE_UP -> move(-8);
                    default -> {
                        return;
                    }
                }
                e.consume();
            }
        });
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                int i = list.locationToIndex(e.getPoint());
                if (i >= 0) {
                    choose(model.get(i));
                }
            }
        });
        dialog.addWindowListener(new WindowAdapter() {
            @Override
            public void windowDeactivated(WindowEvent e) {
                close();
            }
        });
    }

    void show(List<Entry> entries) {
        this.own = entries;
        field.setText("");
        Point at = owner.getLocationOnScreen();
        dialog.setLocation(at.x + (owner.getWidth() - dialog.getWidth()) / 2, at.y + 80);
        refresh();
        dialog.setVisible(true);
        field.requestFocusInWindow();
    }

    private void close() {
        debounce.stop();
        generation++;
        dialog.setVisible(false);
    }

    private void choose(Entry e) {
        if (e == null || !e.enabled().getAsBoolean()) {
            return;
        }
        close();
        // after the popup is gone, so a dialog the entry opens gets the focus
        SwingUtilities.invokeLater(e.run());
    }

    private void move(int by) {
        if (model.isEmpty()) {
            return;
        }
        int i = Math.max(0, Math.min(model.size() - 1, list.getSelectedIndex() + by));
        list.setSelectedIndex(i);
        list.ensureIndexIsVisible(i);
    }

    private void refresh() {
        generation++;
        String text = field.getText().strip();
        model.clear();
        for (Entry e : filter(own, text, text.isEmpty() ? 40 : 30)) {
            model.addElement(e);
        }
        if (!model.isEmpty()) {
            list.setSelectedIndex(0);
        }
        if (!text.isEmpty() && !providers.isEmpty()) {
            debounce.restart();
        }
    }

    private void askProviders() {
        int gen = generation;
        String text = field.getText().strip();
        List<Provider> ps = new ArrayList<>(providers);
        WORKER.execute(() -> {
            List<Entry> found = new ArrayList<>();
            for (Provider p : ps) {
                try {
                    for (QuickAccessItem item : p.provider().find(text, LIMIT)) {
                        found.add(new Entry(p.category(), item.label(), item.detail(), "", item.open(), () -> true));
                    }
                } catch (RuntimeException e) {
                    log.warn("a Quick Access provider ({}) failed: {}", p.category(), e.toString());
                }
            }
            SwingUtilities.invokeLater(() -> {
                if (gen == generation && dialog.isVisible()) {
                    boolean none = list.getSelectedIndex() < 0;
                    found.forEach(model::addElement);
                    if (none && !model.isEmpty()) {
                        list.setSelectedIndex(0);
                    }
                }
            });
        });
    }

    /** The entries whose label (or detail) holds every word typed, best first: label starts with it, then a word does. */
    static List<Entry> filter(List<Entry> entries, String text, int limit) {
        String t = text.toLowerCase(Locale.ROOT);
        String[] words = t.split("\\s+");
        record Scored(int score, Entry e) {
        }
        List<Scored> out = new ArrayList<>();
        for (Entry e : entries) {
            String label = e.label().toLowerCase(Locale.ROOT);
            String hay = label + " " + e.detail().toLowerCase(Locale.ROOT) + " " + e.category().toLowerCase(Locale.ROOT);
            boolean all = true;
            for (String w : words) {
                if (!w.isEmpty() && !hay.contains(w)) {
                    all = false;
                    break;
                }
            }
            if (!all) {
                continue;
            }
            int score = t.isEmpty() ? 0 : label.startsWith(t) ? 0 : (" " + label).contains(" " + words[0]) ? 1 : label.contains(words[0]) ? 2 : 3;
            out.add(new Scored(score, e));
        }
        out.sort(Comparator.comparingInt(Scored::score));
        return out.stream().limit(limit).map(Scored::e).toList();
    }

    private static final class Renderer extends JPanel implements ListCellRenderer<Entry> {
        private static final long serialVersionUID = 1L;
        private final JLabel label = new JLabel();
        private final JLabel detail = new JLabel();
        private final JLabel right = new JLabel();

        Renderer() {
            super(new BorderLayout(10, 0));
            setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
            JPanel left = new JPanel(new BorderLayout());
            left.setOpaque(false);
            left.add(label, BorderLayout.NORTH);
            left.add(detail, BorderLayout.SOUTH);
            detail.setFont(detail.getFont().deriveFont(detail.getFont().getSize2D() - 1f));
            add(left, BorderLayout.CENTER);
            add(right, BorderLayout.EAST);
        }

        @Override
        public Component getListCellRendererComponent(JList<? extends Entry> l, Entry e, int index, boolean selected, boolean focus) {
            label.setText(e.label());
            label.setFont(label.getFont().deriveFont(Font.PLAIN));
            detail.setText(e.detail().isEmpty() ? " " : e.detail());
            right.setText(e.key().isEmpty() ? e.category() : e.key() + "   " + e.category());
            Color fg = selected ? l.getSelectionForeground() : l.getForeground();
            Color quiet = selected ? l.getSelectionForeground() : UIManager.getColor("Label.disabledForeground");
            boolean enabled = e.enabled().getAsBoolean();
            label.setForeground(enabled ? fg : quiet);
            detail.setForeground(quiet);
            right.setForeground(quiet);
            setBackground(selected ? l.getSelectionBackground() : l.getBackground());
            setOpaque(true);
            getAccessibleContext().setAccessibleName(e.category() + ": " + e.label());
            setPreferredSize(new Dimension(10, label.getPreferredSize().height + detail.getPreferredSize().height + 8));
            return this;
        }
    }
}

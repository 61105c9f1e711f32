package org.factdesk.workbench.internal;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.SwingWorker;
import javax.swing.UIManager;

import org.factdesk.api.config.Configurable;
import org.factdesk.api.config.DeskConfiguration;
import org.factdesk.api.config.Setting;
import org.factdesk.api.config.SettingsException;
import org.factdesk.api.config.StoredConfiguration;
import org.factdesk.workbench.api.PreferencePage;
import org.osgi.service.log.Logger;

/**
 * Edit > Preferences: the workbench's appearance, one page per configurable component (made from its
 * Metatype description through {@link DeskConfiguration}: a check box for a Boolean, a choice for a
 * setting with options, a text field otherwise, comma-separated for a list), and the contributed
 * {@link PreferencePage}s. Apply hands the changed values to {@link DeskConfiguration#set}, off the
 * event thread; a refusal is shown on the page, word for word.
 */
final class PreferencesDialog {

    /** A contributed page and its title. */
    record Contributed(String title, PreferencePage page) {
    }

    private interface Page {
        String title();

        JComponent component();

        /** Applies; calls back with null on success or the message of a refusal. */
        void apply(Consumer<String> done);
    }

    private final JDialog dialog;
    private final List<Page> pages = new ArrayList<>();
    private final JLabel problem = new JLabel(" ");
    private final JList<String> list;
    private final CardLayout cards = new CardLayout();
    private final JPanel deck = new JPanel(cards);
    private final Logger log;

    PreferencesDialog(Component parent, DeskConfiguration config, List<Contributed> contributed, String theme,
            Consumer<String> switchTheme, Logger log) {
        this.log = log;
        dialog = AboutDialog.dialog(parent, "Preferences");
        dialog.setName("preferences");
        pages.add(appearance(theme, switchTheme));
        if (config != null) {
            try {
                for (Configurable c : config.configurables()) {
                    pages.add(configurable(config, c));
                }
            } catch (RuntimeException e) {
                log.warn("the configurable components could not be listed: {}", e.toString());
            }
        }
        for (Contributed c : contributed) {
            pages.add(contributed(c));
        }
        DefaultListModel<String> titles = new DefaultListModel<>();
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            titles.addElement(p.title());
            JPanel holder = new JPanel(new BorderLayout());
            holder.setBorder(BorderFactory.createEmptyBorder(4, 12, 4, 4));
            JLabel head = new JLabel(p.title());
            head.setFont(head.getFont().deriveFont(java.awt.Font.BOLD, head.getFont().getSize2D() + 2f));
            head.setBorder(BorderFactory.createEmptyBorder(0, 0, 8, 0));
            holder.add(head, BorderLayout.NORTH);
            JComponent c;
            try {
                c = p.component();
            } catch (RuntimeException e) {
                log.warn("the preference page {} failed to open: {}", p.title(), e.toString());
                c = new JLabel("This page failed to open: " + e);
            }
            JPanel top = new JPanel(new BorderLayout());
            top.add(c, BorderLayout.NORTH);
            JScrollPane sp = new JScrollPane(top);
            sp.setBorder(BorderFactory.createEmptyBorder());
            holder.add(sp, BorderLayout.CENTER);
            deck.add(holder, String.valueOf(i));
        }
        list = new JList<>(titles);
        list.setName("preferences:pages");
        list.getAccessibleContext().setAccessibleName("Preference pages");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.addListSelectionListener(e -> {
            if (list.getSelectedIndex() >= 0) {
                cards.show(deck, String.valueOf(list.getSelectedIndex()));
                problem.setText(" ");
            }
        });
        list.setSelectedIndex(0);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JScrollPane(list), deck);
        split.setDividerLocation(290);
        problem.setName("preferences:problem");
        problem.setForeground(UIManager.getColor("Component.error.focusedBorderColor") != null
                ? UIManager.getColor("Component.error.focusedBorderColor") : Color.RED.darker());
        problem.getAccessibleContext().setAccessibleName("Problem");
        JButton apply = new JButton("Apply");
        apply.setName("preferences:apply");
        apply.getAccessibleContext().setAccessibleName("Apply");
        JButton ok = new JButton("OK");
        ok.getAccessibleContext().setAccessibleName("OK");
        JButton cancel = new JButton("Cancel");
        cancel.getAccessibleContext().setAccessibleName("Cancel");
        apply.addActionListener(e -> applySelected(null));
        ok.addActionListener(e -> applySelected(dialog::dispose));
        cancel.addActionListener(e -> dialog.dispose());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
        buttons.add(apply);
        buttons.add(ok);
        buttons.add(cancel);
        JPanel south = new JPanel(new BorderLayout(8, 0));
        south.setBorder(BorderFactory.createEmptyBorder(8, 0, 0, 0));
        south.add(problem, BorderLayout.CENTER);
        south.add(buttons, BorderLayout.EAST);
        JPanel content = new JPanel(new BorderLayout());
        content.setBorder(BorderFactory.createEmptyBorder(10, 10, 10, 10));
        content.add(split, BorderLayout.CENTER);
        content.add(south, BorderLayout.SOUTH);
        dialog.setSize(960, 580);
        dialog.setContentPane(content);
        dialog.getRootPane().setDefaultButton(ok);
        dialog.getRootPane().registerKeyboardAction(e -> dialog.dispose(),
                javax.swing.KeyStroke.getKeyStroke(java.awt.event.KeyEvent.VK_ESCAPE, 0), JComponent.WHEN_IN_FOCUSED_WINDOW);
        dialog.setLocationRelativeTo(parent);
    }

    void show() {
        dialog.setVisible(true);
    }

    private void applySelected(Runnable then) {
        int i = list.getSelectedIndex();
        if (i < 0) {
            return;
        }
        problem.setText("Applying\u2026");
        pages.get(i).apply(message -> {
            problem.setText(message == null ? "Applied." : message);
            if (message == null && then != null) {
                then.run();
            }
        });
    }

    private static Page appearance(String theme, Consumer<String> switchTheme) {
        JComboBox<String> choice = new JComboBox<>(new String[] {"Light", "Dark"});
        choice.setSelectedIndex(Theme.DARK.equals(theme) ? 1 : 0);
        choice.getAccessibleContext().setAccessibleName("Theme");
        JPanel form = form();
        row(form, 0, "Theme", "FlatLaf light or dark; switches at once (also View \u203a Dark Theme, Ctrl+Alt+D)", choice);
        return new Page() {
            @Override
            public String title() {
                return "Appearance";
            }

            @Override
            public JComponent component() {
                return form;
            }

            @Override
            public void apply(Consumer<String> done) {
                String want = choice.getSelectedIndex() == 1 ? Theme.DARK : Theme.LIGHT;
                if (Theme.isDark() != want.equals(Theme.DARK)) {
                    switchTheme.accept(want);
                }
                done.accept(null);
            }
        };
    }

    private Page configurable(DeskConfiguration config, Configurable c) {
        JPanel form = form();
        Map<String, Supplier<List<String>>> fields = new LinkedHashMap<>();
        Map<String, List<String>> initial = new LinkedHashMap<>();
        int row = 0;
        if (!c.description().isBlank()) {
            JLabel d = new JLabel("<html>" + escape(c.description()) + "</html>");
            GridBagConstraints g = new GridBagConstraints(0, row++, 2, 1, 1, 0, GridBagConstraints.WEST, GridBagConstraints.HORIZONTAL,
                    new Insets(0, 0, 10, 0), 0, 0);
            form.add(d, g);
        }
        if (c.factory()) {
            form.add(new JLabel("<html>Runs once per configuration: add one with <code>factdesk config set " + c.pid()
                    + "~NAME KEY=VALUE</code>.</html>"), new GridBagConstraints(0, row++, 2, 1, 1, 0, GridBagConstraints.WEST,
                            GridBagConstraints.HORIZONTAL, new Insets(0, 0, 10, 0), 0, 0));
        }
        Map<String, Object> stored = c.factory() ? Map.of()
                : config.configuration(c.pid()).map(StoredConfiguration::properties).orElse(Map.of());
        for (Setting s : c.settings()) {
            List<String> now = values(stored.get(s.id()), s.defaults());
            initial.put(s.id(), now);
            JComponent field;
            Supplier<List<String>> read;
            if ("Boolean".equals(s.type()) && !s.multiple()) {
                JCheckBox box = new JCheckBox();
                box.setSelected(!now.isEmpty() && Boolean.parseBoolean(now.get(0)));
                field = box;
                read = () -> List.of(String.valueOf(box.isSelected()));
            } else if (!s.options().isEmpty() && !s.multiple()) {
                JComboBox<String> combo = new JComboBox<>(s.options().toArray(String[]::new));
                if (!now.isEmpty()) {
                    combo.setSelectedItem(now.get(0));
                }
                field = combo;
                read = () -> combo.getSelectedItem() == null ? List.of() : List.of(combo.getSelectedItem().toString());
            } else {
                JTextField text = new JTextField(String.join(", ", now), 28);
                field = text;
                read = s.multiple()
                        ? () -> Arrays.stream(text.getText().split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList()
                        : () -> List.of(text.getText().strip());
            }
            field.setName("setting:" + c.pid() + ":" + s.id());
            field.getAccessibleContext().setAccessibleName(s.name());
            field.setEnabled(!c.factory());
            fields.put(s.id(), read);
            row(form, row++, s.name() + (s.multiple() ? " (list)" : ""), s.description(), field);
        }
        form.add(new JPanel(), new GridBagConstraints(0, row, 2, 1, 1, 1, GridBagConstraints.NORTH, GridBagConstraints.BOTH,
                new Insets(0, 0, 0, 0), 0, 0));
        String title = c.name().isBlank() ? c.pid() : c.name();
        return new Page() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public JComponent component() {
                return form;
            }

            @Override
            public void apply(Consumer<String> done) {
                Map<String, List<String>> changed = new LinkedHashMap<>();
                fields.forEach((id, read) -> {
                    List<String> v = read.get();
                    if (!Objects.equals(v, initial.get(id))) {
                        changed.put(id, v);
                    }
                });
                if (changed.isEmpty() || c.factory()) {
                    done.accept(null);
                    return;
                }
                new SwingWorker<String, Void>() {
                    @Override
                    protected String doInBackground() {
                        try {
                            config.set(c.pid(), changed);
                            return null;
                        } catch (SettingsException e) {
                            return e.getMessage();
                        } catch (RuntimeException e) {
                            log.warn("setting {} failed: {}", c.pid(), e.toString());
                            return "Not applied: " + e.getMessage();
                        }
                    }

                    @Override
                    protected void done() {
                        try {
                            String refusal = get();
                            if (refusal == null) {
                                initial.putAll(changed);
                            }
                            done.accept(refusal);
                        } catch (Exception e) {
                            done.accept("Not applied: " + e.getMessage());
                        }
                    }
                }.execute();
            }
        };
    }

    private static Page contributed(Contributed c) {
        JComponent[] made = new JComponent[1];
        return new Page() {
            @Override
            public String title() {
                return c.title();
            }

            @Override
            public JComponent component() {
                made[0] = c.page().create();
                return made[0];
            }

            @Override
            public void apply(Consumer<String> done) {
                try {
                    c.page().apply();
                    done.accept(null);
                } catch (IllegalArgumentException e) {
                    done.accept(e.getMessage());
                }
            }
        };
    }

    static List<String> values(Object stored, List<String> defaults) {
        if (stored == null) {
            return defaults;
        }
        if (stored.getClass().isArray()) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < java.lang.reflect.Array.getLength(stored); i++) {
                out.add(String.valueOf(java.lang.reflect.Array.get(stored, i)));
            }
            return out;
        }
        if (stored instanceof java.util.Collection<?> col) {
            return col.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(stored));
    }

    private static JPanel form() {
        return new JPanel(new GridBagLayout());
    }

    private static void row(JPanel form, int row, String name, String description, JComponent field) {
        JLabel l = new JLabel(name);
        l.setLabelFor(field);
        form.add(l, new GridBagConstraints(0, row, 1, 1, 0, 0, GridBagConstraints.NORTHWEST, GridBagConstraints.NONE,
                new Insets(4, 0, 4, 12), 0, 0));
        JPanel right = new JPanel(new BorderLayout(0, 2));
        right.add(field, BorderLayout.NORTH);
        if (description != null && !description.isBlank()) {
            JLabel d = new JLabel("<html>" + escape(description) + "</html>");
            d.setForeground(UIManager.getColor("Label.disabledForeground"));
            d.setFont(d.getFont().deriveFont(d.getFont().getSize2D() - 1f));
            right.add(d, BorderLayout.CENTER);
        }
        form.add(right, new GridBagConstraints(1, row, 1, 1, 1, 0, GridBagConstraints.NORTHWEST, GridBagConstraints.HORIZONTAL,
                new Insets(4, 0, 4, 0), 0, 0));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

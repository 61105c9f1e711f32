package org.factdesk.workbench.desk.internal.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.SwingConstants;
import javax.swing.Timer;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableRowSorter;

import org.factdesk.api.claim.ClaimType;
import org.factdesk.api.desk.Case;
import org.factdesk.api.desk.CaseState;
import org.factdesk.workbench.desk.internal.DeskModel;
import org.factdesk.workbench.desk.internal.DeskSnapshot;
import org.factdesk.workbench.desk.internal.OpenArticle;
import org.factdesk.workbench.desk.internal.Settings;
import org.factdesk.workbench.desk.internal.Texts;
import org.factdesk.workbench.desk.internal.TriageFilter;
import org.factdesk.workbench.desk.internal.TriageRow;
import org.factdesk.workbench.desk.internal.TriageTableModel;
import org.factdesk.workbench.api.StandardViews;

/**
 * The inbox: articles and their cases in one table, filtered and searched; several rows at once
 * selected, taken or dismissed; single keys on the selected rows (S select, A assign to me,
 * D dismiss, Shift+D bring back, Enter open, Ctrl+Z undo).
 */
public final class TriagePanel extends JPanel implements DeskPanel {

    private static final long serialVersionUID = 1L;
    private static final String FILTER = "filter|";

    private final DeskModel model;
    private final Settings settings;
    private final TriageTableModel rows = new TriageTableModel();
    private final JTable table = new JTable(rows);
    private final JComboBox<TriageFilter.Show> show = new JComboBox<>(TriageFilter.Show.values());
    private final JComboBox<Object> state = new JComboBox<>();
    private final JComboBox<Object> type = new JComboBox<>();
    private final JCheckBox mine = new JCheckBox("Mine");
    private final JCheckBox dismissedToo = new JCheckBox("Dismissed");
    private final JTextField search = new JTextField(18);
    private final JComboBox<String> saved = new JComboBox<>();
    private final JLabel count = new JLabel();
    private final JLabel problem = new JLabel();
    private final Timer searchDelay;
    private final DeskModel.Listener listener;
    private boolean updating;

    /**
     * @param model    the views' model
     * @param settings where saved filters are kept
     * @param imports  drop and paste imports
     */
    public TriagePanel(DeskModel model, Settings settings, ImportActions imports) {
        super(new BorderLayout());
        this.model = model;
        this.settings = settings;
        Ui.name(this, "triage", "Triage", "Articles and cases: filter, search, triage with single keys");

        state.addItem("Any state");
        state.addItem("Open (not published)");
        for (CaseState s : CaseState.values()) {
            state.addItem(s);
        }
        type.addItem("Any type");
        for (ClaimType t : ClaimType.values()) {
            type.addItem(t);
        }
        show.setRenderer(new DefaultListRendererNamed());
        state.setRenderer(new DefaultListRendererNamed());
        Ui.name(show, "triage.show", "Show", "Articles and cases, cases only, or articles only");
        Ui.name(state, "triage.state", "State filter", "Only cases in this state");
        Ui.name(type, "triage.type", "Type filter", "Only claims of this type");
        Ui.name(mine, "triage.mine", "Only mine", "Only cases assigned to me");
        Ui.name(dismissedToo, "triage.dismissed", "Show dismissed", "Show the cases I dismissed too");
        Ui.name(search, "triage.search", "Search", "Words to find in ids, claims, headlines, people, findings (Ctrl+F)");
        Ui.name(saved, "triage.saved", "Saved filters", "Apply a saved filter");
        Ui.name(table, "triage.table", "Articles and cases",
                "Enter opens; S select, A assign to me, D dismiss, Shift+D bring back, Ctrl+Z undo");
        mine.setMnemonic(KeyEvent.VK_M);
        dismissedToo.setMnemonic(KeyEvent.VK_I);

        // two rows, the search first: a dock as narrow as the Check perspective's still shows it
        JPanel find = new JPanel(new BorderLayout(4, 0));
        find.add(Ui.label("Find:", KeyEvent.VK_F, search), BorderLayout.WEST);
        find.add(search, BorderLayout.CENTER);
        JPanel narrow = new JPanel();
        narrow.setLayout(new BoxLayout(narrow, BoxLayout.X_AXIS));
        narrow.add(show);
        narrow.add(Box.createHorizontalStrut(4));
        narrow.add(state);
        narrow.add(Box.createHorizontalStrut(4));
        narrow.add(type);
        narrow.add(Box.createHorizontalStrut(4));
        narrow.add(mine);
        narrow.add(dismissedToo);
        narrow.add(Box.createHorizontalStrut(8));
        narrow.add(saved);
        narrow.add(Ui.button("triage.saveFilter", "Save...", 0, "Save this filter under a name", this::saveFilter));
        narrow.add(Ui.button("triage.deleteFilter", "Delete", 0, "Delete the saved filter chosen", this::deleteFilter));
        JPanel filters = new JPanel();
        filters.setLayout(new BoxLayout(filters, BoxLayout.Y_AXIS));
        filters.setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        find.setAlignmentX(LEFT_ALIGNMENT);
        narrow.setAlignmentX(LEFT_ALIGNMENT);
        filters.add(find);
        filters.add(Box.createVerticalStrut(4));
        filters.add(narrow);

        table.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        table.setFillsViewportHeight(true);
        TableRowSorter<TriageTableModel> sorter = new TableRowSorter<>(rows);
        table.setRowSorter(sorter);
        table.setDefaultRenderer(Object.class, new RowRenderer());
        table.setDefaultRenderer(String.class, new RowRenderer());
        RowRenderer right = new RowRenderer();
        right.setHorizontalAlignment(SwingConstants.RIGHT);
        table.setDefaultRenderer(Double.class, right);
        table.setDefaultRenderer(TriageTableModel.Age.class, right);
        int[] widths = {50, 100, 70, 50, 150, 170, 50, 420, 200};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        // a narrow dock scrolls sideways; what a triager reads first (id, claim, state, score) comes first
        table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        table.moveColumn(7, 1);
        table.moveColumn(3, 2);
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !updating) {
                selected().stream().findFirst().ifPresent(r -> model.select(this, r.kind() == TriageRow.Kind.CASE ? r.kase() : articleRef(r)));
                updateCount();
            }
        });
        Ui.onDoubleClick(table, row -> open());
        Ui.bind(table, true, "ENTER", "triage.open", this::open);
        Ui.bind(table, false, "S", "triage.select", this::selectCases);
        Ui.bind(table, false, "A", "triage.assignToMe", this::assignToMe);
        Ui.bind(table, false, "D", "triage.dismiss", () -> dismiss(true));
        Ui.bind(table, false, "shift D", "triage.bringBack", () -> dismiss(false));
        Ui.bind(table, false, "ctrl Z", "triage.undo", model::undo);
        Ui.bind(this, true, "ctrl F", "triage.find", search::requestFocusInWindow);
        Ui.bind(search, false, "ESCAPE", "triage.clearSearch", () -> {
            search.setText("");
            table.requestFocusInWindow();
        });
        Ui.bind(search, false, "DOWN", "triage.toTable", table::requestFocusInWindow);
        ImportTransfer.install(table, imports, true);
        ImportTransfer.install(this, imports, true);

        JPanel actions = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 2));
        actions.add(Ui.button("triage.openButton", "Open", KeyEvent.VK_O, "Open the article (Enter)", this::open));
        actions.add(Ui.button("triage.selectButton", "Select", 0, "Select the cases for checking (S)", this::selectCases));
        actions.add(Ui.button("triage.assignToMeButton", "Assign to me", 0, "Take the cases (A)", this::assignToMe));
        actions.add(Ui.button("triage.assignButton", "Assign to...", 0, "Give the cases to someone (editors)", this::assignTo));
        actions.add(Ui.button("triage.dismissButton", "Dismiss", 0, "Dismiss from my inbox (D; Shift+D brings back)", () -> dismiss(true)));
        actions.add(Ui.button("triage.undoButton", "Undo", 0, "Undo the last triage step where the workflow allows it (Ctrl+Z)", model::undo));
        actions.add(Box.createHorizontalStrut(12));
        actions.add(count);
        Ui.name(count, "triage.count", "Rows shown", null);
        problem.setForeground(Ui.dim());
        Ui.name(problem, "triage.problem", "Workspace state", null);

        JPanel north = new JPanel(new BorderLayout());
        north.add(filters, BorderLayout.CENTER);
        north.add(problem, BorderLayout.SOUTH);
        add(north, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
        add(actions, BorderLayout.SOUTH);

        searchDelay = new Timer(150, e -> applyFilter());
        searchDelay.setRepeats(false);
        search.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                searchDelay.restart();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                searchDelay.restart();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                searchDelay.restart();
            }
        });
        show.addActionListener(e -> applyFilter());
        state.addActionListener(e -> applyFilter());
        type.addActionListener(e -> applyFilter());
        mine.addActionListener(e -> applyFilter());
        dismissedToo.addActionListener(e -> applyFilter());
        saved.addActionListener(e -> {
            if (!updating && saved.getSelectedIndex() > 0) {
                settings.get(FILTER + saved.getSelectedItem()).map(TriageFilter::decode).ifPresent(this::setFilter);
            }
        });
        loadSavedFilters(null);

        listener = new DeskModel.Listener() {
            @Override
            public void snapshotChanged(DeskSnapshot s) {
                reload();
            }

            @Override
            public void userChanged() {
                applyFilter();
            }

            @Override
            public void focusChanged(Object source, Object focus) {
                if (source != TriagePanel.this && focus instanceof Case c) {
                    reveal(c.id());
                }
            }

            @Override
            public void articlesChanged(OpenArticle article) {
                // nothing: the table shows the workspace
            }
        };
        model.addListener(listener);
        reload();
    }

    /** Stops listening to the model. */
    public void dispose() {
        model.removeListener(listener);
        searchDelay.stop();
    }

    /** @return the table (tests) */
    public JTable table() {
        return table;
    }

    /** @return the rows' model (tests) */
    public TriageTableModel rows() {
        return rows;
    }

    private void reload() {
        DeskSnapshot s = model.snapshot();
        Set<String> keep = new LinkedHashSet<>(selected().stream().map(TriageRow::id).toList());
        updating = true;
        try {
            rows.setRows(s.triageRows(model.dismissed()));
            reselect(keep);
        } finally {
            updating = false;
        }
        problem.setText(s.problem() == null ? "" : " " + s.problem());
        problem.setVisible(s.problem() != null);
        updateCount();
    }

    private void reselect(Set<String> ids) {
        table.clearSelection();
        for (String id : ids) {
            rows.indexOf(id).ifPresent(i -> {
                int v = table.convertRowIndexToView(i);
                if (v >= 0) {
                    table.addRowSelectionInterval(v, v);
                }
            });
        }
    }

    private void reveal(String id) {
        rows.indexOf(id).ifPresent(i -> {
            int v = table.convertRowIndexToView(i);
            if (v >= 0 && !table.isRowSelected(v)) {
                updating = true;
                try {
                    table.setRowSelectionInterval(v, v);
                    table.scrollRectToVisible(table.getCellRect(v, 0, true));
                } finally {
                    updating = false;
                }
            }
        });
    }

    private void updateCount() {
        long cases = rows.shown().stream().filter(r -> r.kind() == TriageRow.Kind.CASE).count();
        long articles = rows.shown().size() - cases;
        int sel = table.getSelectedRowCount();
        count.setText(articles + " articles, " + cases + " cases shown" + (sel > 1 ? ", " + sel + " selected" : ""));
    }

    /** @return the filter the controls describe */
    public TriageFilter filter() {
        Object st = state.getSelectedItem();
        Object ty = type.getSelectedItem();
        return new TriageFilter((TriageFilter.Show) show.getSelectedItem(), st instanceof CaseState cs ? cs : null, state.getSelectedIndex() == 1,
                ty instanceof ClaimType ct ? ct : null, search.getText(), mine.isSelected() ? model.user().orElse("\u0000nobody") : null,
                dismissedToo.isSelected());
    }

    /** @param f shown from now on (the controls follow) */
    public void setFilter(TriageFilter f) {
        updating = true;
        try {
            show.setSelectedItem(f.show());
            state.setSelectedIndex(f.state() != null ? 2 + f.state().ordinal() : f.openOnly() ? 1 : 0);
            type.setSelectedIndex(f.type() == null ? 0 : 1 + f.type().ordinal());
            mine.setSelected(f.mine() != null);
            dismissedToo.setSelected(f.dismissed());
            search.setText(f.text());
        } finally {
            updating = false;
        }
        applyFilter();
    }

    private void applyFilter() {
        if (updating) {
            return;
        }
        Set<String> keep = new LinkedHashSet<>(selected().stream().map(TriageRow::id).toList());
        updating = true;
        try {
            rows.setFilter(filter());
            reselect(keep);
        } finally {
            updating = false;
        }
        updateCount();
    }

    private void saveFilter() {
        Dialogs.askText(this, "saveFilter", "Save Filter", "Name of the filter:", "", false).ifPresent(name -> {
            settings.put(FILTER + name, filter().encode());
            loadSavedFilters(name);
            model.services().status("Filter \"" + name + "\" saved");
        });
    }

    private void deleteFilter() {
        if (saved.getSelectedIndex() > 0) {
            String name = (String) saved.getSelectedItem();
            settings.put(FILTER + name, null);
            loadSavedFilters(null);
            model.services().status("Filter \"" + name + "\" deleted");
        }
    }

    private void loadSavedFilters(String select) {
        updating = true;
        try {
            DefaultComboBoxModel<String> m = new DefaultComboBoxModel<>();
            m.addElement("Saved filters");
            for (Map.Entry<String, String> e : settings.all(FILTER).entrySet()) {
                m.addElement(e.getKey().substring(FILTER.length()));
            }
            saved.setModel(m);
            if (select != null) {
                saved.setSelectedItem(select);
            }
        } finally {
            updating = false;
        }
    }

    /** @return the rows selected, in view order */
    public List<TriageRow> selected() {
        List<TriageRow> out = new ArrayList<>();
        for (int v : table.getSelectedRows()) {
            int m = table.convertRowIndexToModel(v);
            if (m >= 0 && m < rows.getRowCount()) {
                out.add(rows.row(m));
            }
        }
        return out;
    }

    private List<String> selectedCases() {
        return selected().stream().filter(r -> r.kind() == TriageRow.Kind.CASE).map(TriageRow::id).toList();
    }

    private List<String> selectedCasesOrSay(String what) {
        List<String> ids = selectedCases();
        if (ids.isEmpty()) {
            model.services().status(what + ": choose one or more cases first");
        }
        return ids;
    }

    /** Opens the selected row's article (for a case, at its claim). */
    public void open() {
        List<TriageRow> sel = selected();
        if (sel.isEmpty()) {
            return;
        }
        TriageRow r = sel.get(0);
        model.openArticle(r.articleId()).thenAccept(a -> {
            if (r.kind() == TriageRow.Kind.CASE) {
                model.select(this, model.snapshot().find(r.id()).orElse(r.kase()));
                model.services().showView(StandardViews.INSPECTOR);
            }
        });
    }

    /** S: DETECTED -> SELECTED for the selected cases. */
    public void selectCases() {
        List<String> ids = selectedCasesOrSay("Select");
        List<String> detected = ids.stream().filter(id -> model.snapshot().find(id).map(c -> c.state() == CaseState.DETECTED).orElse(false)).toList();
        if (!ids.isEmpty() && detected.isEmpty()) {
            model.services().status("Only detected cases can be selected; " + String.join(", ", ids) + (ids.size() == 1 ? " is " : " are ")
                    + "past that");
        } else if (!detected.isEmpty()) {
            model.selectCases(detected);
        }
    }

    /** A: assign the selected cases to the person working. */
    public void assignToMe() {
        List<String> ids = selectedCasesOrSay("Assign to me");
        if (!ids.isEmpty()) {
            model.assignCases(ids, null);
        }
    }

    private void assignTo() {
        List<String> ids = selectedCasesOrSay("Assign");
        if (ids.isEmpty()) {
            return;
        }
        Dialogs.choosePerson(this, "Assign", "Assign " + String.join(", ", ids) + " to:", model.snapshot().people())
                .ifPresent(who -> model.assignCases(ids, who));
    }

    /** D / Shift+D: dismiss the selected cases from the inbox, or bring them back. */
    public void dismiss(boolean on) {
        List<String> ids = selectedCasesOrSay(on ? "Dismiss" : "Bring back");
        if (!ids.isEmpty()) {
            if (on && !dismissedToo.isSelected()) {
                moveSelectionPast(ids);
            }
            model.dismiss(ids, on);
        }
    }

    /** After a dismiss the rows vanish: the row below them gets the selection, so D can be pressed again. */
    private void moveSelectionPast(List<String> ids) {
        int last = -1;
        for (int v : table.getSelectedRows()) {
            last = Math.max(last, v);
        }
        for (int v = last + 1; v < table.getRowCount(); v++) {
            TriageRow r = rows.row(table.convertRowIndexToModel(v));
            if (!ids.contains(r.id())) {
                updating = true;
                try {
                    table.setRowSelectionInterval(v, v);
                } finally {
                    updating = false;
                }
                return;
            }
        }
    }

    private static DeskSnapshot.ArticleRef articleRef(TriageRow r) {
        return new DeskSnapshot.ArticleRef(r.articleId(), r.headline(), null, null, null, List.of());
    }

    /** @return the case rows' ids selected (tests) */
    public Optional<String> firstSelectedId() {
        return selected().stream().findFirst().map(TriageRow::id);
    }

    /** Article rows bold, dismissed rows dimmed and italic. */
    private final class RowRenderer extends DefaultTableCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean isSelected, boolean hasFocus, int row, int column) {
            Object shown = value instanceof Double d ? Texts.score(d) : value;
            Component c = super.getTableCellRendererComponent(t, shown, isSelected, hasFocus, row, column);
            TriageRow r = rows.row(t.convertRowIndexToModel(row));
            Font f = t.getFont();
            if (r.kind() == TriageRow.Kind.ARTICLE) {
                f = f.deriveFont(Font.BOLD);
            } else if (r.dismissed()) {
                f = f.deriveFont(Font.ITALIC);
                if (!isSelected) {
                    c.setForeground(Ui.dim());
                }
            }
            c.setFont(f);
            if (column == TriageTableModel.TEXT && r.kind() == TriageRow.Kind.CASE) {
                setToolTipText("<html><body style='width:420px'>" + escape(r.text()) + "</body></html>");
            } else {
                setToolTipText(null);
            }
            return c;
        }
    }

    static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Enum values in words in the combo boxes. */
    private static final class DefaultListRendererNamed extends javax.swing.DefaultListCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index, boolean isSelected, boolean cellHasFocus) {
            Object v = value;
            if (value instanceof CaseState s) {
                v = Texts.state(s);
            } else if (value instanceof TriageFilter.Show s) {
                v = switch (s) {
                    case ALL -> "Articles and cases";
                    case CASES -> "Cases";
                    case ARTICLES -> "Articles";
                };
            }
            return super.getListCellRendererComponent(list, v, index, isSelected, cellHasFocus);
        }
    }

    /** @return the button with that name (tests) */
    public JButton button(String name) {
        return Ui.find(this, name, JButton.class);
    }
}

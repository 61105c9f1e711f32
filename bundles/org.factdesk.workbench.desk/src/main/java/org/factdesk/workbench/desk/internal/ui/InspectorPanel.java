package org.factdesk.workbench.desk.internal.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Desktop;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;

import org.factdesk.api.check.Evidence;
import org.factdesk.api.check.Finding;
import org.factdesk.api.check.Provenance;
import org.factdesk.api.claim.Claim;
import org.factdesk.api.claim.Entity;
import org.factdesk.api.claim.Quantity;
import org.factdesk.api.claim.TimeReference;
import org.factdesk.api.desk.Case;
import org.factdesk.workbench.desk.internal.DeskModel;
import org.factdesk.workbench.desk.internal.DeskSnapshot;
import org.factdesk.workbench.desk.internal.FindingChange;
import org.factdesk.workbench.desk.internal.OpenArticle;
import org.factdesk.workbench.desk.internal.ReviewRules;
import org.factdesk.workbench.desk.internal.Texts;

/**
 * The claim in focus: its types, speaker, figures, times and names; each checker's findings with
 * stance, confidence and summary; the selected finding's explanation, evidence (links open in the
 * browser) and provenance (checker, version, configuration); and what the latest re-check changed
 * when a checker was installed, updated or removed.
 */
public final class InspectorPanel extends JPanel implements DeskPanel {

    private static final long serialVersionUID = 1L;

    private final DeskModel model;
    private final JLabel heading = new JLabel(" ");
    private final JTextArea claimText = new JTextArea(3, 40);
    private final FactsModel facts = new FactsModel();
    private final JTable factsTable = new JTable(facts);
    private final FindingsModel findings = new FindingsModel();
    private final JTable findingsTable = new JTable(findings);
    private final JTextArea explanation = new JTextArea(4, 40);
    private final EvidenceModel evidence = new EvidenceModel();
    private final JTable evidenceTable = new JTable(evidence);
    private final JLabel provenance = new JLabel(" ");
    private final DefaultListModel<String> changes = new DefaultListModel<>();
    private final JList<String> changeList = new JList<>(changes);
    private final JPanel changePanel = new JPanel(new BorderLayout());
    private final JButton attach;
    private final DeskModel.Listener listener;
    private Claim claim;
    private boolean quiet;

    /** @param model the views' model */
    public InspectorPanel(DeskModel model) {
        super(new BorderLayout());
        this.model = model;
        Ui.name(this, "inspector", "Claim inspector", "The selected claim and what the checkers found");
        heading.setFont(Ui.bold(heading.getFont()));
        Ui.name(heading, "inspector.heading", "Claim", null);
        claimText.setEditable(false);
        claimText.setLineWrap(true);
        claimText.setWrapStyleWord(true);
        Ui.name(claimText, "inspector.claim", "Claim text", null);
        Ui.name(factsTable, "inspector.facts", "What the claim holds", "Types, speaker, figures, time references and names");
        Ui.name(findingsTable, "inspector.findings", "Findings", "Each checker's finding; select one for its evidence");
        explanation.setEditable(false);
        explanation.setLineWrap(true);
        explanation.setWrapStyleWord(true);
        Ui.name(explanation, "inspector.explanation", "How the checker got there", null);
        Ui.name(evidenceTable, "inspector.evidence", "Evidence", "Enter or a double click opens the link");
        Ui.name(provenance, "inspector.provenance", "Provenance", null);
        Ui.name(changeList, "inspector.changes", "What the latest re-check changed", null);

        factsTable.setTableHeader(null);
        factsTable.setFillsViewportHeight(true);
        factsTable.getColumnModel().getColumn(0).setPreferredWidth(110);
        factsTable.getColumnModel().getColumn(1).setPreferredWidth(400);
        findingsTable.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        findingsTable.setFillsViewportHeight(true);
        findingsTable.setDefaultRenderer(Object.class, new FindingRenderer());
        int[] widths = {170, 70, 95, 60, 330, 90};
        for (int i = 0; i < widths.length; i++) {
            findingsTable.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        findingsTable.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                Finding f = selectedFinding();
                showFinding(f);
                if (f != null && !quiet) {
                    model.select(this, f);
                }
            }
        });
        evidenceTable.setFillsViewportHeight(true);
        Ui.onDoubleClick(evidenceTable, this::openEvidence);
        Ui.bind(evidenceTable, true, "ENTER", "inspector.openLink", () -> openEvidence(evidenceTable.getSelectedRow()));
        attach = Ui.button("inspector.attach", "Attach as evidence", 0, "Attach the selected finding to the case as evidence", this::attach);

        JPanel top = new JPanel(new BorderLayout(2, 2));
        top.setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        top.add(heading, BorderLayout.NORTH);
        top.add(new JScrollPane(claimText), BorderLayout.CENTER);
        JScrollPane factsScroll = new JScrollPane(factsTable);
        factsScroll.setPreferredSize(new java.awt.Dimension(400, 130));
        top.add(factsScroll, BorderLayout.SOUTH);

        JPanel findingPanel = new JPanel(new BorderLayout());
        findingPanel.setBorder(Ui.titled("Findings"));
        findingPanel.add(new JScrollPane(findingsTable), BorderLayout.CENTER);

        JPanel detail = new JPanel();
        detail.setLayout(new BoxLayout(detail, BoxLayout.Y_AXIS));
        detail.setBorder(Ui.titled("The finding"));
        JScrollPane ex = new JScrollPane(explanation);
        ex.setAlignmentX(LEFT_ALIGNMENT);
        detail.add(ex);
        JScrollPane ev = new JScrollPane(evidenceTable);
        ev.setPreferredSize(new java.awt.Dimension(400, 90));
        ev.setAlignmentX(LEFT_ALIGNMENT);
        detail.add(ev);
        provenance.setAlignmentX(LEFT_ALIGNMENT);
        detail.add(provenance);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 2));
        buttons.add(attach);
        buttons.setAlignmentX(LEFT_ALIGNMENT);
        detail.add(buttons);

        changePanel.setBorder(Ui.titled("What the latest re-check changed (a checker was installed, updated or removed)"));
        changeList.setVisibleRowCount(4);
        changePanel.add(new JScrollPane(changeList), BorderLayout.CENTER);
        changePanel.setVisible(false);

        JPanel lower = new JPanel(new BorderLayout());
        lower.add(detail, BorderLayout.CENTER);
        lower.add(changePanel, BorderLayout.SOUTH);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, findingPanel, lower);
        split.setResizeWeight(0.5);
        add(top, BorderLayout.NORTH);
        add(split, BorderLayout.CENTER);

        listener = new DeskModel.Listener() {
            @Override
            public void focusChanged(Object source, Object focus) {
                if (source != InspectorPanel.this && (focus instanceof Claim || focus instanceof Case)) {
                    showClaim(model.focusClaim().orElse(null));
                }
            }

            @Override
            public void articlesChanged(OpenArticle article) {
                if (claim != null && (article == null || DeskModel.articleOf(claim).equals(article.id()))) {
                    Claim again = article == null ? claim : article.claim(claim.id()).map(c -> c.claim()).orElse(claim);
                    showClaim(again);
                }
            }

            @Override
            public void snapshotChanged(DeskSnapshot s) {
                if (claim != null) {
                    showClaim(claim);
                }
            }

            @Override
            public void checkersChanged() {
                findingsTable.repaint();
            }

            @Override
            public void userChanged() {
                updateAttach();
            }
        };
        model.addListener(listener);
        showClaim(model.focusClaim().orElse(null));
    }

    /** Stops listening to the model. */
    public void dispose() {
        model.removeListener(listener);
    }

    /** @return the findings table (tests) */
    public JTable findingsTable() {
        return findingsTable;
    }

    /** @return the changes listed (tests) */
    public List<String> changesShown() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            out.add(changes.get(i));
        }
        return out;
    }

    /** @return the facts shown, "what: value" (tests) */
    public List<String> factsShown() {
        List<String> out = new ArrayList<>();
        for (String[] r : facts.rows) {
            out.add(r[0] + ": " + r[1]);
        }
        return out;
    }

    /**
     * Shows a claim.
     *
     * @param c the claim, or null for none
     */
    public void showClaim(Claim c) {
        Finding keep = selectedFinding();
        claim = c;
        if (c == null) {
            heading.setText("No claim selected: pick one in the article or in Triage");
            claimText.setText("");
            facts.set(List.of());
            findings.set(List.of());
            changes.clear();
            changePanel.setVisible(false);
            showFinding(null);
            return;
        }
        Optional<Case> k = model.snapshot().caseOf(c);
        heading.setText(k.map(x -> x.id() + "  " + Texts.state(x.state()) + (x.assignee() != null ? ", " + x.assignee() : "") + "  -  ").orElse("No case (below the import threshold)  -  ")
                + (c.types().isEmpty() ? "claim" : Texts.types(c.types())) + ", score " + Texts.score(c.score()));
        claimText.setText(c.text());
        claimText.setCaretPosition(0);
        facts.set(facts(c));
        findings.set(model.findings(c));
        List<FindingChange> ch = model.changes(c);
        changes.clear();
        ch.forEach(x -> changes.addElement(x.describe()));
        changePanel.setVisible(!ch.isEmpty());
        int again = keep == null ? -1 : findings.rows.indexOf(keep);
        quiet = true;
        try {
            if (again >= 0) {
                findingsTable.setRowSelectionInterval(again, again);
            } else if (findings.getRowCount() > 0) {
                findingsTable.setRowSelectionInterval(0, 0);
            } else {
                showFinding(null);
            }
        } finally {
            quiet = false;
        }
        revalidate();
    }

    /** @return the claim's facts, one row each */
    static List<String[]> facts(Claim c) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Types", c.types().isEmpty() ? "-" : Texts.types(c.types())});
        rows.add(new String[] {"Why", c.reason().isBlank() ? "-" : c.reason()});
        rows.add(new String[] {"Speaker", c.speaker() == null ? "-" : c.speaker()});
        if (c.attribution() != null) {
            rows.add(new String[] {"Attribution", c.attribution().kind().name().toLowerCase(Locale.ROOT) + ": \"" + c.attribution().phrase() + "\""
                    + (c.attribution().source() != null ? " (" + c.attribution().source() + ")" : "")});
        }
        for (Quantity q : c.quantities()) {
            rows.add(new String[] {"Figure", q.display() + (q.text().equals(q.display()) ? "" : "  (written \"" + q.text() + "\")")
                    + (q.unit().isEmpty() ? "" : ", " + q.unit()) + ", value " + q.value()});
        }
        for (TimeReference t : c.times()) {
            rows.add(new String[] {"Time", "\"" + t.text() + "\" -> " + t.normalized() + (t.relative() ? " (relative to when it was written)" : "")});
        }
        for (Entity e : c.entities()) {
            rows.add(new String[] {"Name", e.text() + " [" + e.kind().toLowerCase(Locale.ROOT) + "]"
                    + (e.canonical().equals(e.text()) ? "" : "  -> " + e.canonical() + " (spelling variant)")});
        }
        return rows;
    }

    private Finding selectedFinding() {
        int v = findingsTable.getSelectedRow();
        return v < 0 || v >= findings.rows.size() ? null : findings.rows.get(findingsTable.convertRowIndexToModel(v));
    }

    private void showFinding(Finding f) {
        if (f == null) {
            explanation.setText("");
            evidence.set(List.of());
            provenance.setText(" ");
            updateAttach();
            return;
        }
        explanation.setText(f.summary() + (f.explanation().isBlank() ? "" : "\n\n" + f.explanation()));
        explanation.setCaretPosition(0);
        evidence.set(f.evidence());
        Provenance p = f.provenance();
        provenance.setText("<html>" + TriagePanel.escape(f.checker() + " " + f.version())
                + (p == null ? "" : " &middot; bundle " + TriagePanel.escape(p.bundle() + " " + p.bundleVersion()) + " &middot; component "
                        + TriagePanel.escape(p.component()) + " &middot; configuration " + TriagePanel.escape(p.configHash()))
                + (model.isStale(f) ? " &middot; <b>stale</b>: this checker version is no longer running" : "") + "</html>");
        updateAttach();
    }

    private void updateAttach() {
        Finding f = selectedFinding();
        Optional<Case> k = claim == null ? Optional.empty() : model.snapshot().caseOf(claim);
        if (f == null || k.isEmpty()) {
            attach.setEnabled(false);
            attach.setToolTipText(k.isEmpty() ? "This claim has no case" : "Select a finding");
            return;
        }
        int index = k.get().suggestions().indexOf(f);
        boolean already = k.get().evidence().contains(f);
        ReviewRules.Decision d = model.allowed(ReviewRules.Action.ATTACH, k.get());
        attach.setEnabled(index >= 0 && !already && d.allowed());
        attach.setToolTipText(already ? "Already attached as evidence" : index < 0
                ? "Only findings recorded with the case (at import) can be attached; this one comes from a later check" : d.allowed() ? "Attach to " + k.get().id()
                        : d.reason());
    }

    private void attach() {
        Finding f = selectedFinding();
        Optional<Case> k = claim == null ? Optional.empty() : model.snapshot().caseOf(claim);
        if (f != null && k.isPresent()) {
            int index = k.get().suggestions().indexOf(f);
            if (index >= 0) {
                model.attach(k.get().id(), index + 1).thenAccept(c -> model.services().status("Evidence attached to " + c.id()));
            }
        }
    }

    private void openEvidence(int row) {
        if (row < 0 || row >= evidence.rows.size()) {
            return;
        }
        String url = evidence.rows.get(evidenceTable.convertRowIndexToModel(row)).url();
        if (url == null || url.isBlank()) {
            return;
        }
        Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(url), null);
        boolean web = url.startsWith("http://") || url.startsWith("https://");
        if (web && Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            Thread t = new Thread(() -> {
                try {
                    Desktop.getDesktop().browse(URI.create(url));
                } catch (Exception e) {
                    javax.swing.SwingUtilities.invokeLater(() -> model.services().status("Cannot open " + url + " (copied to the clipboard)"));
                }
            }, "FactDesk open link");
            t.setDaemon(true);
            t.start();
            model.services().status("Opening " + url + " (also copied to the clipboard)");
        } else {
            model.services().status("Copied to the clipboard: " + url);
        }
    }

    private final class FactsModel extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private List<String[]> rows = List.of();

        void set(List<String[]> r) {
            rows = r;
            fireTableDataChanged();
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return 2;
        }

        @Override
        public String getColumnName(int c) {
            return c == 0 ? "What" : "Value";
        }

        @Override
        public Object getValueAt(int r, int c) {
            return rows.get(r)[c];
        }
    }

    private final class FindingsModel extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private final String[] columns = {"Checker", "Version", "Stance", "Confidence", "Summary", "Status"};
        private List<Finding> rows = List.of();

        void set(List<Finding> r) {
            rows = List.copyOf(r);
            fireTableDataChanged();
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return columns.length;
        }

        @Override
        public String getColumnName(int c) {
            return columns[c];
        }

        @Override
        public Object getValueAt(int r, int c) {
            Finding f = rows.get(r);
            return switch (c) {
                case 0 -> f.checker();
                case 1 -> f.version();
                case 2 -> Texts.stance(f.stance());
                case 3 -> Texts.score(f.confidence());
                case 4 -> Texts.oneLine(f.summary(), 200);
                case 5 -> status(f);
                default -> "";
            };
        }

        String status(Finding f) {
            if (model.isStale(f)) {
                return "stale";
            }
            if (claim != null) {
                for (FindingChange ch : model.changes(claim)) {
                    if (ch.after() == f) {
                        return ch.kind() == FindingChange.Kind.NEW ? "new" : "changed";
                    }
                }
                Optional<Case> k = model.snapshot().caseOf(claim);
                if (k.isPresent() && k.get().evidence().contains(f)) {
                    return "evidence";
                }
            }
            return "";
        }
    }

    private final class FindingRenderer extends DefaultTableCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean sel, boolean focus, int row, int column) {
            Component c = super.getTableCellRendererComponent(t, value, sel, focus, row, column);
            Finding f = findings.rows.get(t.convertRowIndexToModel(row));
            boolean stale = model.isStale(f);
            c.setFont(stale ? t.getFont().deriveFont(Font.ITALIC) : t.getFont());
            if (stale && !sel) {
                c.setForeground(Ui.dim());
            }
            return c;
        }
    }

    private static final class EvidenceModel extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private final String[] columns = {"Source", "Quote or figure", "Date", "Link"};
        private List<Evidence> rows = List.of();

        void set(List<Evidence> r) {
            rows = List.copyOf(r);
            fireTableDataChanged();
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return columns.length;
        }

        @Override
        public String getColumnName(int c) {
            return columns[c];
        }

        @Override
        public Object getValueAt(int r, int c) {
            Evidence e = rows.get(r);
            return switch (c) {
                case 0 -> e.title() == null ? "" : e.title();
                case 1 -> e.quote() == null ? "" : Texts.oneLine(e.quote(), 200);
                case 2 -> e.date() == null ? "" : e.date();
                case 3 -> e.url() == null ? "" : e.url();
                default -> "";
            };
        }
    }
}

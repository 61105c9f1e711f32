package org.factdesk.workbench.desk.internal.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.event.KeyEvent;
import java.util.List;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;

import org.factdesk.api.store.AuditReport;
import org.factdesk.workbench.desk.internal.DeskModel;
import org.factdesk.workbench.desk.internal.DeskSnapshot;
import org.factdesk.workbench.desk.internal.Texts;

/**
 * The journal's verification, entry by entry, as {@code factdesk audit verify} does it: every entry's
 * hash chain and signature, the head hash to publish elsewhere, and the first entry that fails.
 * Verified again when the workspace changes.
 */
public final class AuditPanel extends JPanel implements DeskPanel {

    private static final long serialVersionUID = 1L;

    private final DeskModel model;
    private final EntriesModel entries = new EntriesModel();
    private final JTable table = new JTable(entries);
    private final JLabel summary = new JLabel("Not verified yet");
    private final DeskModel.Listener listener;
    private long verifiedAt = -1;

    /** @param model the views' model */
    public AuditPanel(DeskModel model) {
        super(new BorderLayout());
        this.model = model;
        Ui.name(this, "audit", "Audit", "The journal's verification, entry by entry");
        Ui.name(table, "audit.table", "Journal entries", "Each entry of the journal with its case, event and verification");
        Ui.name(summary, "audit.summary", "Verification result", null);
        table.setFillsViewportHeight(true);
        table.setAutoCreateRowSorter(true);
        table.getColumnModel().getColumn(4).setPreferredWidth(420);
        table.setDefaultRenderer(Object.class, new DefaultTableCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getTableCellRendererComponent(JTable t, Object value, boolean sel, boolean focus, int row, int column) {
                Component c = super.getTableCellRendererComponent(t, value, sel, focus, row, column);
                String verdict = String.valueOf(t.getModel().getValueAt(t.convertRowIndexToModel(row), 5));
                if (!sel) {
                    c.setForeground(verdict.startsWith("FIRST BAD") ? new Color(0xC6, 0x28, 0x28) : verdict.equals("verified") ? t.getForeground() : Ui.dim());
                }
                return c;
            }
        });
        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 2));
        top.add(Ui.button("audit.verify", "Verify journal", KeyEvent.VK_V, "Check every entry's hash chain and signature", this::verify));
        top.add(summary);
        add(top, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
        listener = new DeskModel.Listener() {
            @Override
            public void snapshotChanged(DeskSnapshot s) {
                if (isShowing()) {
                    verify();
                }
            }
        };
        model.addListener(listener);
        addHierarchyListener(e -> {
            if (isShowing() && verifiedAt < 0) {
                verify();
            }
        });
    }

    @Override
    public void dispose() {
        model.removeListener(listener);
    }

    /** @return the summary line (tests) */
    public String summary() {
        return summary.getText();
    }

    /** Verifies the journal as a job; the table and the summary follow. */
    public void verify() {
        verifiedAt = System.nanoTime();
        summary.setText("Verifying...");
        model.audit().thenAccept(r -> {
            entries.set(r.entries());
            AuditReport a = r.report();
            summary.setText(a.intact()
                    ? "Intact: " + a.entries() + " entries verified, head " + Texts.abbrev(a.head())
                    : "BROKEN at entry " + a.firstBad() + ": " + a.problem());
            summary.setToolTipText(a.head() == null ? null : "Head hash (publish it elsewhere to anchor the journal): " + a.head());
        }).exceptionally(e -> {
            summary.setText("Not verified: " + DeskModel.unwrap(e).getMessage());
            return null;
        });
    }

    private static final class EntriesModel extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private static final String[] COLUMNS = {"#", "Case", "When", "Who", "What", "Verification"};
        private List<DeskModel.AuditEntry> rows = List.of();

        void set(List<DeskModel.AuditEntry> r) {
            rows = List.copyOf(r);
            fireTableDataChanged();
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return COLUMNS.length;
        }

        @Override
        public String getColumnName(int c) {
            return COLUMNS[c];
        }

        @Override
        public Class<?> getColumnClass(int c) {
            return c == 0 ? Long.class : Object.class;
        }

        @Override
        public Object getValueAt(int r, int c) {
            DeskModel.AuditEntry e = rows.get(r);
            return switch (c) {
                case 0 -> e.seq();
                case 1 -> e.caseId() == null ? "(desk)" : e.caseId();
                case 2 -> e.event() == null ? "" : e.event().at().toString();
                case 3 -> e.event() == null ? "" : e.event().actor();
                case 4 -> e.event() == null ? "a desk entry (people, rules)" : e.event().type() + ": " + e.event().summary();
                default -> e.verdict();
            };
        }
    }
}

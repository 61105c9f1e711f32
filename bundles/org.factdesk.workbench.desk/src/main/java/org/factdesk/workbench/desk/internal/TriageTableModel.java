package org.factdesk.workbench.desk.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.swing.table.AbstractTableModel;

import org.factdesk.api.desk.Case;

/**
 * The triage table: the workspace's articles, each followed by the cases first seen in it, filtered
 * by a {@link TriageFilter}. Sorting is the table's (a row sorter over these columns).
 */
public final class TriageTableModel extends AbstractTableModel {

    private static final long serialVersionUID = 1L;

    /** The columns, in order. */
    public static final String[] COLUMNS = {"Id", "State", "Assignee", "Score", "Types", "Checker verdicts", "Age", "Claim or headline", "Article"};
    /** Column indexes. */
    public static final int ID = 0, STATE = 1, ASSIGNEE = 2, SCORE = 3, TYPES = 4, VERDICTS = 5, AGE = 6, TEXT = 7, ARTICLE = 8;

    private List<TriageRow> all = List.of();
    private List<TriageRow> shown = List.of();
    private TriageFilter filter = TriageFilter.DEFAULT;
    private Instant now = Instant.now();

    /**
     * The rows of a snapshot: each article, then its cases.
     *
     * @param snapshot  the workspace
     * @param dismissed ids of the cases this user dismissed
     * @return the rows
     */
    public static List<TriageRow> rows(DeskSnapshot snapshot, Set<String> dismissed) {
        List<TriageRow> out = new ArrayList<>();
        for (DeskSnapshot.ArticleRef a : snapshot.articles()) {
            out.add(TriageRow.of(a, dismissed));
            for (Case c : a.cases()) {
                if (c.appearance().articleId().equals(a.id())) {
                    out.add(TriageRow.of(c, a.headline(), dismissed.contains(c.id())));
                }
            }
        }
        return out;
    }

    /** @param rows every row, before filtering */
    public void setRows(List<TriageRow> rows) {
        all = List.copyOf(rows);
        now = Instant.now();
        apply();
    }

    /** @param f what to show */
    public void setFilter(TriageFilter f) {
        filter = f;
        apply();
    }

    /** @return what is shown */
    public TriageFilter filter() {
        return filter;
    }

    private void apply() {
        shown = all.stream().filter(filter).toList();
        fireTableDataChanged();
    }

    /** @return the row at a model index */
    public TriageRow row(int modelIndex) {
        return shown.get(modelIndex);
    }

    /** @return the rows shown, in model order */
    public List<TriageRow> shown() {
        return shown;
    }

    /** @return the model index of the row with this id */
    public Optional<Integer> indexOf(String id) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id().equals(id)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    @Override
    public int getRowCount() {
        return shown.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return COLUMNS[column];
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return switch (column) {
            case SCORE -> Double.class;
            case AGE -> Age.class;
            default -> String.class;
        };
    }

    /** An age cell: sorts by time, shows how long ago. */
    public record Age(Instant at, String text) implements Comparable<Age> {
        @Override
        public int compareTo(Age o) {
            // older first when ascending: a longer age is "more"
            return o.at.compareTo(at);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    @Override
    public Object getValueAt(int rowIndex, int column) {
        TriageRow r = shown.get(rowIndex);
        boolean article = r.kind() == TriageRow.Kind.ARTICLE;
        return switch (column) {
            case ID -> r.id();
            case STATE -> r.dismissed() ? r.status() + " (dismissed)" : r.status();
            case ASSIGNEE -> r.assignee() == null ? "" : r.assignee();
            case SCORE -> r.score();
            case TYPES -> Texts.types(r.types());
            case VERDICTS -> Texts.verdicts(r.findings());
            case AGE -> new Age(r.opened() == null ? now : r.opened(), Texts.age(r.opened(), now));
            case TEXT -> Texts.oneLine(r.text(), 200);
            case ARTICLE -> article ? "" : r.headline() == null ? r.articleId() : Texts.oneLine(r.headline(), 80);
            default -> "";
        };
    }
}

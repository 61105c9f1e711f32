package org.factdesk.workbench.desk.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.factdesk.api.check.Finding;
import org.factdesk.api.pipeline.ArticleReport;
import org.factdesk.api.pipeline.ClaimReport;

/**
 * What changed in one claim's findings between two checks of an article: a checker installed
 * (new findings), removed (findings gone) or updated (findings with another version, stance,
 * confidence or summary).
 *
 * @param kind    new, removed or changed
 * @param checker the checker's id
 * @param before  the finding before, or null for a new one
 * @param after   the finding after, or null for a removed one
 */
public record FindingChange(Kind kind, String checker, Finding before, Finding after) {

    /** How a finding changed. */
    public enum Kind {
        /** A finding that was not there before. */
        NEW,
        /** A finding that is gone. */
        REMOVED,
        /** The same checker's finding, now different. */
        CHANGED
    }

    /** @return one line for the inspector: {@code changed: org.x 1.0.0 -> 1.1.0: refutes -> supports, "..."} */
    public String describe() {
        return switch (kind) {
            case NEW -> "new: " + checker + " " + after.version() + ": " + Texts.stance(after.stance()) + ", " + Texts.oneLine(after.summary(), 80);
            case REMOVED -> "removed: " + checker + " " + before.version() + ": " + Texts.stance(before.stance()) + ", " + Texts.oneLine(before.summary(), 80);
            case CHANGED -> {
                List<String> what = new ArrayList<>();
                if (!Objects.equals(before.version(), after.version())) {
                    what.add(before.version() + " -> " + after.version());
                }
                if (before.stance() != after.stance()) {
                    what.add(Texts.stance(before.stance()) + " -> " + Texts.stance(after.stance()));
                }
                if (before.confidence() != after.confidence()) {
                    what.add(String.format(Locale.ROOT, "confidence %.2f -> %.2f", before.confidence(), after.confidence()));
                }
                if (!before.summary().equals(after.summary())) {
                    what.add("\"" + Texts.oneLine(before.summary(), 50) + "\" -> \"" + Texts.oneLine(after.summary(), 50) + "\"");
                }
                yield "changed: " + checker + ": " + String.join("; ", what);
            }
        };
    }

    /**
     * Compares two checks of one claim, checker by checker: the n-th finding of a checker before is
     * compared with its n-th finding after; what is left over is new or removed.
     *
     * @param before the findings before
     * @param after  the findings after
     * @return the changes, checker by checker; empty if nothing changed
     */
    public static List<FindingChange> diff(List<Finding> before, List<Finding> after) {
        Map<String, List<Finding>> old = byChecker(before);
        Map<String, List<Finding>> now = byChecker(after);
        Set<String> checkers = new LinkedHashSet<>(old.keySet());
        checkers.addAll(now.keySet());
        List<FindingChange> out = new ArrayList<>();
        for (String checker : checkers) {
            List<Finding> o = old.getOrDefault(checker, List.of());
            List<Finding> n = now.getOrDefault(checker, List.of());
            for (int i = 0; i < Math.max(o.size(), n.size()); i++) {
                Finding b = i < o.size() ? o.get(i) : null;
                Finding a = i < n.size() ? n.get(i) : null;
                if (b == null) {
                    out.add(new FindingChange(Kind.NEW, checker, null, a));
                } else if (a == null) {
                    out.add(new FindingChange(Kind.REMOVED, checker, b, null));
                } else if (!same(b, a)) {
                    out.add(new FindingChange(Kind.CHANGED, checker, b, a));
                }
            }
        }
        return out;
    }

    /**
     * Compares two checks of an article, claim by claim (claims are matched by id: the same text at
     * the same place).
     *
     * @param before the earlier report
     * @param after  the later report
     * @return claim id to its changes; claims without changes are left out
     */
    public static Map<String, List<FindingChange>> diff(ArticleReport before, ArticleReport after) {
        Map<String, List<Finding>> old = new LinkedHashMap<>();
        for (ClaimReport c : before.claims()) {
            old.put(c.claim().id(), c.findings());
        }
        Map<String, List<FindingChange>> out = new LinkedHashMap<>();
        for (ClaimReport c : after.claims()) {
            List<FindingChange> changes = diff(old.getOrDefault(c.claim().id(), List.of()), c.findings());
            if (!changes.isEmpty()) {
                out.put(c.claim().id(), List.copyOf(changes));
            }
        }
        return out;
    }

    private static boolean same(Finding a, Finding b) {
        return Objects.equals(a.version(), b.version()) && a.stance() == b.stance() && a.confidence() == b.confidence()
                && a.summary().equals(b.summary());
    }

    private static Map<String, List<Finding>> byChecker(List<Finding> findings) {
        Map<String, List<Finding>> m = new LinkedHashMap<>();
        for (Finding f : findings) {
            m.computeIfAbsent(String.valueOf(f.checker()), k -> new ArrayList<>()).add(f);
        }
        return m;
    }
}

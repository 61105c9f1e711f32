package org.factdesk.workbench.desk.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.factdesk.api.check.Finding;
import org.factdesk.api.check.Stance;
import org.factdesk.api.claim.ClaimType;
import org.factdesk.api.desk.CaseState;
import org.factdesk.api.desk.Role;

/** How the views word things: the same words as the command line where it has them. */
public final class Texts {

    private Texts() {
    }

    /** @return {@code in-review}, as {@code factdesk case list} prints it */
    public static String state(CaseState s) {
        return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @return {@code fact-checker}, as {@code factdesk user list} prints it */
    public static String role(Role r) {
        return r.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @return the text on one line, cut to {@code max} characters with "..." */
    public static String oneLine(String s, int max) {
        if (s == null) {
            return "";
        }
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= max ? t : t.substring(0, Math.max(0, max - 3)) + "...";
    }

    /** @return "5 min", "3 h", "2 d": how long ago, for a table column */
    public static String age(Instant since, Instant now) {
        if (since == null) {
            return "";
        }
        Duration d = Duration.between(since, now);
        if (d.isNegative() || d.toMinutes() < 1) {
            return "now";
        }
        if (d.toHours() < 1) {
            return d.toMinutes() + " min";
        }
        if (d.toDays() < 1) {
            return d.toHours() + " h";
        }
        return d.toDays() + " d";
    }

    /** @return the types as a short list: {@code NUMERIC, QUOTE} */
    public static String types(List<ClaimType> types) {
        return types.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    /**
     * The checkers' verdicts in one cell: how many findings of each stance, strongest first.
     *
     * @param findings the findings
     * @return for example {@code "refutes 1, needs context 2, info 3"}; empty when there are none
     */
    public static String verdicts(List<Finding> findings) {
        Map<Stance, Integer> count = new EnumMap<>(Stance.class);
        for (Finding f : findings) {
            count.merge(f.stance(), 1, Integer::sum);
        }
        return List.of(Stance.REFUTES, Stance.SUPPORTS, Stance.NEEDS_CONTEXT, Stance.INFO).stream().filter(count::containsKey)
                .map(s -> stance(s) + " " + count.get(s)).collect(Collectors.joining(", "));
    }

    /** @return {@code needs context} */
    public static String stance(Stance s) {
        return s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** @return {@code 0.87} */
    public static String score(double score) {
        return String.format(Locale.ROOT, "%.2f", score);
    }

    /** @return a hash shortened for display: {@code 3fa4c2d19b0e...} */
    public static String abbrev(String hash) {
        return hash == null ? "" : hash.length() > 12 ? hash.substring(0, 12) + "..." : hash;
    }
}

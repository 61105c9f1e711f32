package org.factdesk.workbench.desk.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.factdesk.api.claim.ClaimType;
import org.factdesk.api.desk.CaseState;

/**
 * What the triage table shows: which rows (articles, cases or both), in which state, of which
 * claim type, matching which words, with or without dismissed cases. Saved filters are this,
 * written with {@link #encode()}.
 *
 * @param show      articles, cases or both
 * @param state     only cases in this state; null for any (articles always pass)
 * @param openOnly  only cases that are not published
 * @param type      only rows with this claim type; null for any
 * @param text      words that must all appear (id, claim, headline, assignee, speaker, findings); blank for any
 * @param mine      only cases assigned to this user; null for anyone
 * @param dismissed true to show dismissed cases too
 */
public record TriageFilter(Show show, CaseState state, boolean openOnly, ClaimType type, String text, String mine, boolean dismissed)
        implements Predicate<TriageRow> {

    /** Which rows. */
    public enum Show {
        /** Articles and their cases. */
        ALL,
        /** Cases only. */
        CASES,
        /** Articles only. */
        ARTICLES
    }

    /** Everything except dismissed cases. */
    public static final TriageFilter DEFAULT = new TriageFilter(Show.ALL, null, false, null, "", null, false);

    /** Normalises the text. */
    public TriageFilter {
        show = show == null ? Show.ALL : show;
        text = text == null ? "" : text.strip();
    }

    @Override
    public boolean test(TriageRow row) {
        if (row.kind() == TriageRow.Kind.ARTICLE && show == Show.CASES || row.kind() == TriageRow.Kind.CASE && show == Show.ARTICLES) {
            return false;
        }
        if (row.kind() == TriageRow.Kind.CASE) {
            if (row.dismissed() && !dismissed) {
                return false;
            }
            if (state != null && row.state() != state) {
                return false;
            }
            if (openOnly && row.state() == CaseState.PUBLISHED) {
                return false;
            }
            if (mine != null && !mine.equals(row.assignee())) {
                return false;
            }
        }
        if (type != null && !row.types().contains(type)) {
            return false;
        }
        if (!text.isEmpty()) {
            String hay = row.searchable();
            for (String word : text.toLowerCase(Locale.ROOT).split("\\s+")) {
                if (!hay.contains(word)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** @param t the text @return this filter with that text */
    public TriageFilter withText(String t) {
        return new TriageFilter(show, state, openOnly, type, t, mine, dismissed);
    }

    /** @return this filter, one line: {@code show=cases;state=DETECTED;type=NUMERIC;text=dollar%20figures} */
    public String encode() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("show", show.name().toLowerCase(Locale.ROOT));
        if (state != null) {
            m.put("state", state.name());
        }
        if (openOnly) {
            m.put("open", "true");
        }
        if (type != null) {
            m.put("type", type.name());
        }
        if (!text.isEmpty()) {
            m.put("text", text);
        }
        if (mine != null) {
            m.put("mine", mine);
        }
        if (dismissed) {
            m.put("dismissed", "true");
        }
        StringBuilder b = new StringBuilder();
        m.forEach((k, v) -> b.append(b.length() == 0 ? "" : ";").append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return b.toString();
    }

    /**
     * @param line what {@link #encode()} wrote
     * @return the filter; unknown keys and values are ignored (a filter saved by a newer version)
     */
    public static TriageFilter decode(String line) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String part : line.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                m.put(part.substring(0, eq), URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        Show show = Show.ALL;
        try {
            show = Show.valueOf(m.getOrDefault("show", "all").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // keep all
        }
        return new TriageFilter(show, parse(CaseState.class, m.get("state")), "true".equals(m.get("open")), parse(ClaimType.class, m.get("type")),
                m.getOrDefault("text", ""), m.get("mine"), "true".equals(m.get("dismissed")));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

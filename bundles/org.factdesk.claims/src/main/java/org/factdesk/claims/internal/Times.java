package org.factdesk.claims.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factdesk.api.claim.TimeReference;

/**
 * Times a claim refers to: dates, months, quarters, fiscal and calendar years, and relative
 * references ("current financial year", "last year"), resolved against the article's
 * publication year when it is known.
 */
final class Times {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final Pattern PATTERN = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2}),?\\s+((?:19|20)\\d\\d)\\b"                     // 1-3: September 1, 2015
                    + "|\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+((?:19|20)\\d\\d)\\b"            // 4-6: 1 September 2015
                    + "|\\b" + MONTH + "\\s+((?:19|20)\\d\\d)\\b"                           // 7-8: January 2025
                    + "|\\b(?:Q([1-4])|(first|second|third|fourth) quarter)(?:\\s+of)?\\s+((?:19|20)\\d\\d)\\b" // 9-11
                    + "|\\b(?:FY\\s?|fiscal(?: year)?\\s+)((?:19|20)\\d\\d|'?\\d\\d)\\b"      // 12: FY2025, fiscal 2025
                    + "|\\b((?:current|this|last|next|previous|coming) (?:financial|fiscal) year)\\b" // 13
                    + "|\\b((?:this|last|next|previous) (?:year|month|week|quarter)|yesterday|today|tomorrow)\\b" // 14
                    + "|\\b((?:19|20)\\d\\d)\\b",                                               // 15: 2025
            Pattern.CASE_INSENSITIVE);

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3),
            Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Map<String, Integer> QUARTERS = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4);

    private Times() {
    }

    /** References in {@code text[from, to)}; {@code year} is the publication year, or 0 if unknown. */
    private static final Pattern CHEAP = Pattern.compile("\\d|year|quarter|month|week|today|tomorrow|yesterday|fiscal|FY",
            Pattern.CASE_INSENSITIVE);

    static List<TimeReference> find(String text, int from, int to, int year) {
        List<TimeReference> out = new ArrayList<>();
        if (!CHEAP.matcher(text).region(from, to).find()) {
            return out; // every reference holds a digit or one of these words
        }
        Matcher m = PATTERN.matcher(text).region(from, to);
        while (m.find()) {
            String normalized;
            boolean relative = false;
            if (m.group(1) != null && Character.isUpperCase(m.group(1).charAt(0))) {
                normalized = String.format(Locale.ROOT, "%s-%02d-%02d", m.group(3), month(m.group(1)), Integer.parseInt(m.group(2)));
            } else if (m.group(5) != null && Character.isUpperCase(m.group(5).charAt(0))) {
                normalized = String.format(Locale.ROOT, "%s-%02d-%02d", m.group(6), month(m.group(5)), Integer.parseInt(m.group(4)));
            } else if (m.group(7) != null && Character.isUpperCase(m.group(7).charAt(0))) {
                normalized = String.format(Locale.ROOT, "%s-%02d", m.group(8), month(m.group(7)));
            } else if (m.group(11) != null) {
                int q = m.group(9) != null ? Integer.parseInt(m.group(9)) : QUARTERS.get(m.group(10).toLowerCase(Locale.ROOT));
                normalized = m.group(11) + "-Q" + q;
            } else if (m.group(12) != null) {
                String y = m.group(12).replace("'", "");
                normalized = "FY" + (y.length() == 2 ? "20" + y : y);
            } else if (m.group(13) != null) {
                relative = true;
                normalized = relativeFinancialYear(m.group(13).toLowerCase(Locale.ROOT), year);
            } else if (m.group(14) != null) {
                relative = true;
                normalized = relativeCalendar(m.group(14).toLowerCase(Locale.ROOT), year);
            } else if (m.group(15) != null) {
                normalized = m.group(15);
            } else {
                continue; // a lower-case month word ("may") without a date around it
            }
            out.add(new TimeReference(m.group(), m.start(), m.end(), normalized, relative));
        }
        return out;
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
    }

    private static String relativeFinancialYear(String phrase, int year) {
        String which = phrase.startsWith("last") || phrase.startsWith("previous") ? "previous"
                : phrase.startsWith("next") || phrase.startsWith("coming") ? "next" : "current";
        // fiscal years differ by company and country: say which one relative to what, not a guessed date
        return which + "-financial-year" + (year > 0 ? "-of-" + year : "");
    }

    private static String relativeCalendar(String phrase, int year) {
        if (year > 0 && phrase.endsWith("year")) {
            int offset = phrase.startsWith("last") || phrase.startsWith("previous") ? -1 : phrase.startsWith("next") ? 1 : 0;
            return String.valueOf(year + offset);
        }
        return phrase.replace(' ', '-');
    }
}

package org.factdesk.claims.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factdesk.api.claim.Attribution;
import org.factdesk.api.claim.Attribution.Kind;

/** Whom a sentence attributes its statement to, and how identifiable that source is. */
final class Attributions {

    private static final Pattern ANONYMOUS = Pattern.compile(
            "(?:according to |citing |said |told )?(?:\\w+ ){0,2}?(?:sources?|people|persons|officials?|insiders?|"
                    + "individuals?|a source|an official)\\s+(?:familiar with[^,.;]*|close to[^,.;]*|with knowledge of[^,.;]*|"
                    + "who (?:asked|spoke|declined|requested)[^,.;]*)"
                    + "|citing (?:unnamed |anonymous )?sources"
                    + "|on (?:the )?condition of anonymity"
                    + "|(?:unnamed|anonymous) (?:sources?|officials?|people)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VAGUE = Pattern.compile(
            "\\b(?:some |many |most |several |other )?(?:experts|observers|analysts|critics|economists|scientists|"
                    + "commentators|researchers|officials|insiders)\\s+(?:have\\s+)?(?:argue|argued|say|said|believe|believed|"
                    + "claim|claimed|warn|warned|suggest|suggested|questioned|think|fear|feared)\\b"
                    + "|\\bit (?:is|was|has been) (?:said|believed|reported|claimed|alleged)\\b"
                    + "|\\b(?:reportedly|allegedly)\\b"
                    + "|\\baccording to (?:the |a |an )?(?:[a-z][\\w’']*\\s){0,2}?(?:report|reports|study|survey|agency|"
                    + "agency’s report|agency's report|document|documents|estimates|data|analysis)\\b"
                    + "|\\bthe report (?:also )?(?:states|said|says|stated|found|shows)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED = Pattern.compile(
            "\\baccording to ((?:[A-Z][\\p{L}’'.-]+\\s?)+)"
                    + "|\\bas ([A-Z][\\p{L}.-]+(?:\\s[A-Z][\\p{L}.-]+)*) (?:has been told|reported|reports|said)"
                    + "|\\b([A-Z][\\p{L}.-]+(?:\\s[A-Z][\\p{L}.-]+)*) (?:reported|reports|told|said|says|stated|announced)\\b");

    private Attributions() {
    }

    private static final List<String> ANONYMOUS_ANCHORS = List.of("source", "people", "person", "official", "insider", "individual",
            "anonym", "unnamed");
    private static final List<String> VAGUE_ANCHORS = List.of("expert", "observer", "analyst", "critic", "economist", "scientist",
            "commentator", "researcher", "official", "insider", "it is", "it was", "it has been", "reportedly", "allegedly",
            "according to", "report");

    private static final List<String> NAMED_ANCHORS = List.of("according to", "as ", "report", "told", "said", "says", "stated",
            "announced");

    /** The strongest attribution in {@code text[from, to)}: anonymous before vague before named. */
    static Attribution find(String text, int from, int to) {
        String lower = text.substring(from, to).toLowerCase(java.util.Locale.ROOT);
        // the patterns are costly on long text: run each only where one of its words occurs
        Matcher m = ANONYMOUS.matcher(text).region(from, to);
        if (ANONYMOUS_ANCHORS.stream().anyMatch(lower::contains) && m.find()) {
            return new Attribution(m.group().strip(), m.start(), m.end(), named(text, from, to), Kind.ANONYMOUS);
        }
        m = VAGUE.matcher(text).region(from, to);
        if (VAGUE_ANCHORS.stream().anyMatch(lower::contains) && m.find()) {
            return new Attribution(m.group().strip(), m.start(), m.end(), null, Kind.VAGUE);
        }
        if (NAMED_ANCHORS.stream().noneMatch(lower::contains)) {
            return null;
        }
        m = NAMED.matcher(text).region(from, to);
        while (m.find()) {
            String who = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            who = who.strip();
            if (!who.equals("He") && !who.equals("She") && !who.equals("It") && !who.equals("They")) {
                return new Attribution(m.group().strip(), m.start(), m.end(), who, Kind.NAMED);
            }
        }
        return null;
    }

    /** A named outlet passing on anonymous sources ("as Bloomberg reported"). */
    private static String named(String text, int from, int to) {
        Matcher m = NAMED.matcher(text).region(from, to);
        while (m.find()) {
            String who = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            if (who != null && !who.isBlank()) {
                return who.strip();
            }
        }
        return null;
    }
}

package org.factdesk.claims.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentence boundaries in news prose. Splits after {@code . ! ?} (and closing quotes or
 * brackets) when what follows starts a sentence, except after abbreviations and initials,
 * and never inside a quotation that closes later in the paragraph.
 */
final class Sentences {

    /** A sentence as a half-open range into the text. */
    record Span(int start, int end) {
    }

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep",
            "rev", "hon", "pres", "inc", "corp", "co", "ltd", "plc", "llc", "bros", "dept", "univ", "assn",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "no", "nos", "vol", "vols", "fig", "p", "pp", "ch", "sec", "art", "approx", "est", "vs", "v", "etc",
            "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "d.c", "n.y", "l.a", "ph.d", "mt", "ft", "ave", "blvd");

    private Sentences() {
    }

    /** A dateline ("Tuesday, September 1, 2015") is a sentence of its own, even without punctuation around it. */
    private static final Pattern DATELINE = Pattern.compile(
            "\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\\s+(?:January|February|March|April|May|June|July|"
                    + "August|September|October|November|December)\\s+\\d{1,2},\\s+\\d{4}\\b");

    /** Sentences of {@code text} within {@code [from, to)}, trimmed of surrounding whitespace. */
    static List<Span> split(String text, int from, int to) {
        List<Span> out = new ArrayList<>();
        if (indexOf(text, "day,", from, to) < 0) {
            return splitSegment(text, from, to); // every dateline names a weekday ("Tuesday,")
        }
        Matcher m = DATELINE.matcher(text).region(from, to);
        int segment = from;
        while (m.find()) {
            if (m.start() > segment) {
                out.addAll(splitSegment(text, segment, m.start()));
            }
            out.add(new Span(m.start(), m.end()));
            segment = m.end();
        }
        if (segment < to) {
            out.addAll(splitSegment(text, segment, to));
        }
        return out;
    }

    private static List<Span> splitSegment(String text, int from, int to) {
        List<Span> out = new ArrayList<>();
        int start = skipSpace(text, from, to);
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '“') {
                int close = indexOf(text, '”', i + 1, to);
                if (close > 0) {
                    i = endOfQuote(text, i, close, to, start, out);
                    if (i < 0) {
                        // the quotation ended a sentence: endOfQuote recorded it
                        start = skipSpace(text, -i, to);
                        i = start;
                        continue;
                    }
                    continue;
                }
            }
            if ((c == '.' || c == '!' || c == '?' || c == '…') && isBoundary(text, i, to, start)) {
                int end = afterClosers(text, i + 1, to);
                out.add(new Span(start, end));
                start = skipSpace(text, end, to);
                i = start;
                continue;
            }
            i++;
        }
        start = skipSpace(text, start, to);
        int end = trimEnd(text, start, to);
        if (end > start) {
            out.add(new Span(start, end));
        }
        return out;
    }

    /**
     * Moves past a quotation. Sentence ends inside it do not split; the sentence ends at the
     * closing quote only when the quote itself ends with a terminator and a new sentence follows.
     * Returns the next index to scan, or minus the next sentence start if a sentence ended.
     */
    private static int endOfQuote(String text, int open, int close, int to, int start, List<Span> out) {
        char last = close > 0 ? text.charAt(close - 1) : ' ';
        if ((last == '.' || last == '!' || last == '?') && startsSentence(text, close + 1, to)) {
            int end = close + 1;
            out.add(new Span(start, end));
            return -end;
        }
        return close + 1;
    }

    private static boolean isBoundary(String text, int dot, int to, int sentenceStart) {
        if (text.charAt(dot) == '.') {
            // decimals and version numbers: 6.5, v1.2
            if (dot + 1 < to && Character.isDigit(text.charAt(dot + 1))) {
                return false;
            }
            String word = wordBefore(text, dot, sentenceStart).toLowerCase();
            if (ABBREVIATIONS.contains(word)) {
                return false;
            }
            // initials: "J. R. R. Tolkien"
            if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
                return false;
            }
        }
        int next = afterClosers(text, dot + 1, to);
        if (next >= to) {
            return true;
        }
        return startsSentence(text, next, to);
    }

    /** Whitespace, then something a sentence starts with. */
    private static boolean startsSentence(String text, int i, int to) {
        if (i >= to) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(i))) {
            return false;
        }
        int j = skipSpace(text, i, to);
        if (j >= to) {
            return true;
        }
        char c = text.charAt(j);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '“' || c == '"' || c == '‘' || c == '('
                || c == '[' || c == '#' || c == '$' || c == '€' || c == '£';
    }

    /** The letters (and inner dots) immediately before {@code dot}: "U.S" for "U.S.". */
    private static String wordBefore(String text, int dot, int floor) {
        int i = dot;
        while (i > floor && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
            i--;
        }
        return text.substring(i, dot);
    }

    /**
     * {@code text.indexOf(c, from)} searched only up to {@code to}: an unbounded search runs on to the end of
     * the text each time it fails, which made splitting quadratic in the number of paragraphs.
     */
    static int indexOf(String text, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** {@code text.indexOf(s, from)} for a match that lies within {@code [from, to)}, or -1. */
    static int indexOf(String text, String s, int from, int to) {
        for (int i = from, last = to - s.length(); i <= last; i++) {
            if (text.startsWith(s, i)) {
                return i;
            }
        }
        return -1;
    }

    private static int afterClosers(String text, int i, int to) {
        while (i < to) {
            char c = text.charAt(i);
            if (c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '.' || c == '!' || c == '?') {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int from, int to) {
        int e = to;
        while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}

package org.factdesk.checker.quotes.internal;

import java.util.ArrayList;
import java.util.List;

/** Finds the quoted passages in a claim's text. */
final class Quotes {

    /** A quoted passage: its text without the quote marks, and where it stands in the claim text. */
    record Passage(String text, int start, int end) {
    }

    /** Fewer words than this is a scare quote or a single term ("‘very heavy’"), not a quotation to look up. */
    static final int MIN_WORDS = 3;

    private Quotes() {
    }

    /**
     * Double-quoted passages (“…”, "…", „…“, «…»); single-quoted ones (‘…’) only when there are no
     * double quotes, since inside a double quote they mark a quote within the quote. A quote left
     * open runs to the end of the text, as when a quotation continues into the next paragraph.
     */
    static List<Passage> passages(String text) {
        List<Passage> doubles = scan(text, "\u201c\"\u201e\u00ab", "\u201d\"\u201c\u00bb");
        return doubles.isEmpty() ? scan(text, "\u2018", "\u2019") : doubles;
    }

    private static List<Passage> scan(String text, String opens, String closes) {
        List<Passage> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int kind = opens.indexOf(text.charAt(i));
            if (kind < 0 || (opens.charAt(kind) == '\u2018' && isApostrophe(text, i))) {
                i++;
                continue;
            }
            char close = closes.charAt(kind);
            int end = i + 1;
            while (end < text.length() && (text.charAt(end) != close || (close == '\u2019' && isApostrophe(text, end)))) {
                end++;
            }
            add(text, i + 1, end, out);
            i = end + 1;
        }
        return out;
    }

    /** ’ between two letters is an apostrophe (“it’s”), not a closing quote. */
    private static boolean isApostrophe(String text, int i) {
        return i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
    }

    private static void add(String text, int start, int end, List<Passage> out) {
        String inner = text.substring(start, end);
        int lead = inner.length() - inner.stripLeading().length();
        String stripped = inner.strip();
        if (Normalizer.tokens(stripped).size() >= MIN_WORDS) {
            out.add(new Passage(stripped, start + lead, start + lead + stripped.length()));
        }
    }
}

package org.factdesk.importer.support;

import java.util.ArrayList;
import java.util.List;

import org.factdesk.api.article.Paragraph;

/**
 * Paragraph boundaries in plain text, as offsets into the text itself (nothing is rewritten, so a
 * claim's offsets point at what a person sees in the file). Each paragraph starts at its first and
 * ends after its last non-white-space character.
 */
public final class Paragraphs {

    private Paragraphs() {
    }

    /**
     * The plain-text importer's rule. Blank lines separate paragraphs when the paragraphs they give
     * are hard-wrapped prose (some have line breaks inside, and lines are short: fewer than 100
     * characters on average); otherwise (one paragraph per line, as in the demo article, or text
     * without blank lines) each line is a paragraph.
     *
     * @param text the text, with {@code \n} line ends
     * @return the paragraphs, in order; empty if the text is blank
     */
    public static List<Paragraph> of(String text) {
        List<Paragraph> blocks = byBlankLines(text);
        boolean wrapped = blocks.stream().anyMatch(p -> text.substring(p.start(), p.end()).indexOf('\n') >= 0)
                && averageLineLength(text) < 100;
        return wrapped ? blocks : byLines(text);
    }

    /**
     * Blank lines separate paragraphs if the text has any blank line between its lines; a text
     * without one has a paragraph per line.
     *
     * @param text the text, with {@code \n} line ends
     * @return the paragraphs, in order; empty if the text is blank
     */
    public static List<Paragraph> byBlankLinesOrLines(String text) {
        return hasBlankLine(text) ? byBlankLines(text) : byLines(text);
    }

    /**
     * @param text the text, with {@code \n} line ends
     * @return the runs of text between blank lines (lines holding only spaces and tabs count as blank)
     */
    public static List<Paragraph> byBlankLines(String text) {
        return split(text, true);
    }

    /**
     * @param text the text, with {@code \n} line ends
     * @return every line that is not blank
     */
    public static List<Paragraph> byLines(String text) {
        return split(text, false);
    }

    /**
     * @param text the text, with {@code \n} line ends
     * @return whether a blank line stands between two lines with text
     */
    public static boolean hasBlankLine(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        while (nl >= 0) {
            int j = nl + 1;
            while (j < t.length() && (t.charAt(j) == ' ' || t.charAt(j) == '\t' || t.charAt(j) == '\r')) {
                j++;
            }
            if (j < t.length() && t.charAt(j) == '\n') {
                return true;
            }
            nl = t.indexOf('\n', j);
        }
        return false;
    }

    private static List<Paragraph> split(String text, boolean byBlankLines) {
        List<Paragraph> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            int end = byBlankLines ? blankLineAfter(text, start) : text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            int e = end;
            while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            out.add(new Paragraph(start, e));
            i = end;
        }
        return out;
    }

    private static int blankLineAfter(String text, int from) {
        int nl = text.indexOf('\n', from);
        while (nl >= 0) {
            int j = nl + 1;
            while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                j++;
            }
            if (j >= text.length() || text.charAt(j) == '\n') {
                return nl;
            }
            nl = text.indexOf('\n', j);
        }
        return -1;
    }

    private static double averageLineLength(String text) {
        long chars = 0;
        int count = 0;
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                chars += line.length();
                count++;
            }
        }
        return count == 0 ? 0 : (double) chars / count;
    }
}

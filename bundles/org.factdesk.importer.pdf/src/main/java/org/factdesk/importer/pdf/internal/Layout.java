package org.factdesk.importer.pdf.internal;

import java.util.ArrayList;
import java.util.List;

import org.factdesk.importer.support.ArticleText;

/**
 * Turns PDFTextStripper output (lines, paragraph and page markers) into article text: lines of a
 * paragraph joined with a space, a word hyphenated at a line end joined again, paragraphs
 * separated by a blank line, and a paragraph broken by a page end mended.
 */
final class Layout {

    private Layout() {
    }

    static ArticleText paragraphs(String raw) {
        List<String> paras = new ArrayList<>();
        boolean lastEndedPage = false;
        StringBuilder para = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == PdfImporter.PARA || c == PdfImporter.PAGE) {
                String p = join(para.toString());
                para.setLength(0);
                if (!p.isEmpty()) {
                    if (lastEndedPage && !paras.isEmpty() && continues(paras.get(paras.size() - 1), p)) {
                        paras.set(paras.size() - 1, glue(paras.get(paras.size() - 1), p));
                    } else {
                        paras.add(p);
                    }
                    lastEndedPage = false;
                }
                if (c == PdfImporter.PAGE) {
                    lastEndedPage = true;
                }
            } else {
                para.append(c);
            }
        }
        String rest = join(para.toString());
        if (!rest.isEmpty()) {
            paras.add(rest);
        }
        ArticleText.Builder text = ArticleText.builder();
        paras.forEach(text::add);
        return text.build();
    }

    /** A paragraph cut by a page end: the first part has no closing punctuation, the rest starts in lower case. */
    private static boolean continues(String before, String after) {
        char last = before.charAt(before.length() - 1);
        return ".!?:;\"'\u201d\u2019)]".indexOf(last) < 0 && Character.isLowerCase(after.codePointAt(0));
    }

    /** Lines of one paragraph as one line of text. */
    static String join(String lines) {
        StringBuilder out = new StringBuilder();
        for (String line : lines.split("\n")) {
            String l = collapse(line);
            if (l.isEmpty()) {
                continue;
            }
            if (out.length() == 0) {
                out.append(l);
            } else {
                String glued = glue(out.toString(), l);
                out.setLength(0);
                out.append(glued);
            }
        }
        return out.toString();
    }

    /** Joins two pieces of a paragraph, undoing a hyphenation at the break. */
    private static String glue(String before, String after) {
        int n = before.length();
        char last = before.charAt(n - 1);
        if (last == '\u00ad') {
            return before.substring(0, n - 1) + after; // soft hyphen: always a line-break hyphen
        }
        // "infor-" + "mation": a hyphen after a letter, continued in lower case, was put there by the line break.
        if ((last == '-' || last == '\u2010') && n >= 2 && Character.isLetter(before.charAt(n - 2))
                && Character.isLowerCase(after.codePointAt(0))) {
            return before.substring(0, n - 1) + after;
        }
        return before + " " + after;
    }

    private static String collapse(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c < 0x20) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }
}

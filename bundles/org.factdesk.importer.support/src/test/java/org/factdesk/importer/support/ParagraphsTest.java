package org.factdesk.importer.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.factdesk.api.article.Paragraph;
import org.junit.jupiter.api.Test;

class ParagraphsTest {

    private static List<String> texts(String text, List<Paragraph> ps) {
        return ps.stream().map(p -> p.in(text)).toList();
    }

    @Test
    void blankLinesSeparateHardWrappedProse() {
        String t = "Title\n\nfirst line\ncontinues here.\n \t\nSecond para.  \n";
        assertThat(texts(t, Paragraphs.of(t))).containsExactly("Title", "first line\ncontinues here.", "Second para.");
        assertThat(texts(t, Paragraphs.byBlankLines(t))).containsExactly("Title", "first line\ncontinues here.", "Second para.");
    }

    @Test
    void longLinesAreParagraphsOfTheirOwnEvenBetweenBlankLines() {
        String longLine = "word ".repeat(30).strip();
        String t = longLine + "\n" + longLine + "\n\n" + longLine;
        assertThat(Paragraphs.of(t)).hasSize(3);
        assertThat(Paragraphs.byBlankLinesOrLines(t)).hasSize(2);
    }

    @Test
    void withoutBlankLinesTheRulesDiffer() {
        String t = "Line one.\nLine two.\n";
        // the plain-text importer reads short lines without blank lines as one wrapped paragraph
        assertThat(texts(t, Paragraphs.of(t))).containsExactly("Line one.\nLine two.");
        assertThat(texts(t, Paragraphs.byBlankLinesOrLines(t))).containsExactly("Line one.", "Line two.");
        assertThat(texts(t, Paragraphs.byLines(t))).containsExactly("Line one.", "Line two.");
    }

    @Test
    void offsetsPointIntoTheTextAsGiven() {
        String t = "  \n  Indented start.\n\n\n   Next.   ";
        List<Paragraph> ps = Paragraphs.byBlankLines(t);
        assertThat(ps).containsExactly(new Paragraph(5, 20), new Paragraph(26, 31));
        assertThat(texts(t, ps)).containsExactly("Indented start.", "Next.");
    }

    @Test
    void blankTextHasNoParagraphs() {
        assertThat(Paragraphs.of("")).isEmpty();
        assertThat(Paragraphs.of(" \n\t\n")).isEmpty();
        assertThat(Paragraphs.byBlankLinesOrLines("\n\n")).isEmpty();
    }

    @Test
    void blankLineMeansBetweenTwoLinesWithText() {
        assertThat(Paragraphs.hasBlankLine("a\n\nb")).isTrue();
        assertThat(Paragraphs.hasBlankLine("a\n \t\r\nb")).isTrue();
        assertThat(Paragraphs.hasBlankLine("\n\na\nb\n\n")).isFalse();
    }
}

package org.factdesk.importer.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlParagraphsTest {

    private static final HtmlParagraphs STANDARD = HtmlParagraphs.standard();

    private static List<String> paragraphs(ArticleText t) {
        return t.paragraphs().stream().map(p -> p.in(t.text())).toList();
    }

    @Test
    void blocksAreParagraphsAndInlineMarkupCollapses() {
        ArticleText t = STANDARD.html("<h2>Sub</h2><p>One  <b>bold</b>\n word.</p><ul><li>Item</li></ul><script>x()</script>");
        assertThat(t.text()).isEqualTo("Sub\n\nOne bold word.\n\nItem");
        assertThat(paragraphs(t)).containsExactly("Sub", "One bold word.", "Item");
    }

    @Test
    void lineBreaksStayInTheParagraphAndTwoInARowSplitIt() {
        ArticleText t = STANDARD.html("First line <br> second line<br><br>\n Next paragraph.");
        assertThat(paragraphs(t)).containsExactly("First line\nsecond line", "Next paragraph.");
    }

    @Test
    void noBreakSpacesAndEntitiesAreWhiteSpaceAndText() {
        ArticleText t = STANDARD.html("<p>5&nbsp;%&nbsp;&nbsp;more &amp; less</p>");
        assertThat(t.text()).isEqualTo("5 % more & less");
    }

    @Test
    void noBreakSpacesCanBeKept() {
        HtmlParagraphs keeping = STANDARD.keepingNoBreakSpaces();
        assertThat(keeping.html("<p>25&nbsp;000 people,  Dr.&nbsp;Smith</p>").text()).isEqualTo("25\u00a0000 people, Dr.\u00a0Smith");
        assertThat(keeping.paragraphs(List.of("a\u00a0 b")).text()).isEqualTo("a\u00a0 b");
        assertThat(keeping.withoutHeadline("A\u00a0title").html("<p>a\u00a0title</p><p>Text.</p>").text()).isEqualTo("Text.");
        assertThat(STANDARD.withoutHeadline("A\u00a0title").keepingNoBreakSpaces().html("<p>a&nbsp;title</p><p>Text.</p>").text())
                .isEqualTo("Text.");
        assertThat(STANDARD.withoutHeadline("A\u00a0title").html("<p>a title</p><p>Text.</p>").text()).isEqualTo("Text.");
    }

    @Test
    void preformattedTextKeepsItsWordsButNotItsIndentation() {
        ArticleText t = STANDARD.html("<pre>  a   b\n    c</pre>");
        assertThat(paragraphs(t)).containsExactly("a   b\nc");
    }

    @Test
    void scriptsStylesEmbedsAndFormsAreNeverText() {
        ArticleText t = STANDARD.html("<p>Kept.</p><style>p{}</style><iframe>frame</iframe><form><button>Go</button></form>"
                + "<svg><text>chart</text></svg><noscript>enable js</noscript><!-- comment -->");
        assertThat(t.text()).isEqualTo("Kept.");
    }

    @Test
    void noTextGivesTheEmptyText() {
        assertThat(STANDARD.html("")).isEqualTo(ArticleText.EMPTY);
        assertThat(STANDARD.html("<div> <br> </div><script>only()</script>").paragraphs()).isEmpty();
    }

    @Test
    void articleRulesDropTheTitleHeadlineLinkListsAndLabels() {
        Document page = Jsoup.parse("<article><h1>Mayor cuts budget</h1><p>Mayor cuts  budget</p>"
                + "<p>The mayor cut the budget by 5%, her office said.</p><p>Advertisement</p>"
                + "<ul><li><a href=/1>Related one</a></li><li><a href=/2>Related two</a></li></ul>"
                + "<p>See <a href=/x>the report</a> for the figures and more.</p><h1>Later heading</h1></article>");
        HtmlParagraphs rules = STANDARD.withoutLeadingHeading().withoutHeadline(" Mayor  cuts budget ").withoutLinkLists(0.5)
                .without(p -> p.equals("Advertisement"));
        ArticleText t = rules.collect(List.of(page.body()));
        assertThat(paragraphs(t)).containsExactly("The mayor cut the budget by 5%, her office said.",
                "See the report for the figures and more.", "Later heading");
        // the standard rules keep all of it
        assertThat(paragraphs(STANDARD.collect(List.of(page.body())))).hasSize(8);
    }

    @Test
    void rulesAreCopiesAndDropAddsUp() {
        HtmlParagraphs one = STANDARD.without(p -> p.startsWith("A"));
        HtmlParagraphs two = one.without(p -> p.startsWith("B"));
        assertThat(paragraphs(STANDARD.paragraphs(List.of("A1", "B2", "C3")))).containsExactly("A1", "B2", "C3");
        assertThat(paragraphs(one.paragraphs(List.of("A1", "B2", "C3")))).containsExactly("B2", "C3");
        assertThat(paragraphs(two.paragraphs(List.of("A1", "B2", "C3")))).containsExactly("C3");
    }

    @Test
    void plainParagraphsAreCollapsedStrippedAndEmptyOnesDropped() {
        ArticleText t = STANDARD.paragraphs(List.of("  First\n  paragraph. ", " ", "Second\u00a0one."));
        assertThat(t.text()).isEqualTo("First paragraph.\n\nSecond one.");
    }

    @Test
    void deeplyNestedMarkupDoesNotOverflowTheStack() {
        ArticleText t = STANDARD.html("<span>".repeat(50_000) + "deep text" + "</span>".repeat(50_000));
        assertThat(t.text()).isEqualTo("deep text");
    }

    @Test
    void looksLikeHtmlByTagsOrCharacterReferences() {
        assertThat(HtmlParagraphs.looksLikeHtml("<p>x</p>")).isTrue();
        assertThat(HtmlParagraphs.looksLikeHtml("a </b>")).isTrue();
        assertThat(HtmlParagraphs.looksLikeHtml("Q&amp;A")).isTrue();
        assertThat(HtmlParagraphs.looksLikeHtml("caf&#233;")).isTrue();
        assertThat(HtmlParagraphs.looksLikeHtml("AT&T rose 5% as 1 < 2")).isFalse();
    }

    @Test
    void collapseAndEscape() {
        assertThat(HtmlParagraphs.collapseWhitespace(" a \t\n b\u00a0 ")).isEqualTo(" a b ");
        assertThat(HtmlParagraphs.collapseWhitespace("   ")).isEqualTo(" ");
        assertThat(HtmlParagraphs.escape("<a href=\"x\">&</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
    }
}

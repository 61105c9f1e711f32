package org.factdesk.importer.html.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.factdesk.api.article.Article;
import org.factdesk.api.article.ImportException;
import org.factdesk.api.article.ImportSource;
import org.factdesk.importer.support.Dates;
import org.factdesk.importer.support.Languages;
import org.factdesk.importer.testkit.Fixtures;
import org.factdesk.importer.testkit.ImportChecks;
import org.factdesk.importer.testkit.Sources;
import org.factdesk.importer.testkit.Wikinews;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlImporterTest {

    private final HtmlImporter importer = new HtmlImporter(1 << 20);

    private Article read(String name, byte[] bytes) throws ImportException {
        List<Article> articles = importer.read(ImportSource.of(name, bytes));
        assertThat(articles).hasSize(1);
        Article a = articles.get(0);
        ImportChecks.assertWellFormed(a);
        return a;
    }

    private Article read(String name, String html) throws ImportException {
        return read(name, html.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> paragraphs(Article a) {
        return a.paragraphs().stream().map(p -> p.in(a.text())).toList();
    }

    @Test
    void modernPageGivesExactlyTheArticleParagraphsAndItsMetadata() throws Exception {
        Article a = read("nasa.html", Fixtures.bytes("/nasa.html"));
        List<String> expected = Wikinews.body("GUM_news_nasa");
        assertThat(paragraphs(a)).containsExactlyElementsOf(expected);
        assertThat(a.text()).isEqualTo(String.join("\n\n", expected));
        assertThat(a.headline()).isEqualTo(Wikinews.headline("GUM_news_nasa"));
        assertThat(a.byline()).isEqualTo("Wikinews");
        assertThat(a.published()).isEqualTo("2011-04-13T14:30:00Z");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.format()).isEqualTo("html");
        assertThat(a.metadata()).containsEntry("canonical", "https://en.wikinews.org/wiki/NASA_celebrates_30th_anniversary_"
                + "of_first_shuttle_launch;_announces_new_homes_for_retired_shuttles")
                .containsEntry("extraction", "article").containsEntry("siteName", "Wikinews").doesNotContainKey("warning");
        assertThat(a.text()).doesNotContain("cookies", "Advertisement", "Related stories", "First!", "Main page",
                "googletag", "editor: check", "Share on Facebook", "Filed under", "Creative Commons");
    }

    @Test
    void pageWithoutArticleElementIsFoundByScore() throws Exception {
        Article a = read("warhol.html", Fixtures.bytes("/warhol.html"));
        assertThat(paragraphs(a)).containsExactlyElementsOf(Wikinews.body("GUM_news_warhol"));
        assertThat(a.metadata()).containsEntry("extraction", "score");
        // No OpenGraph or JSON-LD: the page's <h1>, not its <title> with the site name.
        assertThat(a.headline()).isEqualTo(Wikinews.headline("GUM_news_warhol"));
        assertThat(a.metadata()).containsEntry("title", Wikinews.headline("GUM_news_warhol") + " | University News");
        assertThat(a.text()).doesNotContain("Campus news", "newsletter", "Lecture:", "All rights reserved", "Next");
    }

    @Test
    void legacyPageInWindows1252WithLineBreakParagraphs() throws Exception {
        Article a = read("ants.html", Fixtures.bytes("/ants.html"));
        assertThat(paragraphs(a)).containsExactlyElementsOf(Wikinews.body("GUM_interview_ants"));
        assertThat(a.byline()).isEqualTo("Wikinews, Nick Bos");
        assertThat(a.published()).isEqualTo("2015-09-01");
        assertThat(a.language()).isEqualTo("en-GB");
        assertThat(a.metadata()).containsEntry("encoding", "windows-1252").containsKey("canonical");
    }

    @Test
    void sameInputGivesSameTextAndOffsets() throws Exception {
        byte[] page = Fixtures.bytes("/nasa.html");
        Article a = read("one.html", page);
        Article b = read("two.html", page);
        assertThat(b.text()).isEqualTo(a.text());
        assertThat(b.paragraphs()).isEqualTo(a.paragraphs());
        assertThat(b.id()).isEqualTo(a.id());
    }

    @Test
    void headlineIsKeptOutOfTheText() throws Exception {
        Article a = read("h.html", "<html><body><article><h1>Mayor cuts budget</h1><p>The mayor cut the budget by 5% on "
                + "Monday, her office said in a statement.</p><p>Opponents called the cut reckless and promised to fight "
                + "it in the council.</p></article></body></html>");
        assertThat(a.headline()).isEqualTo("Mayor cuts budget");
        assertThat(a.text()).startsWith("The mayor cut").doesNotContain("Mayor cuts budget");
        assertThat(a.paragraphs()).hasSize(2);
    }

    @Test
    void jsonLdArticleBodyIsUsedWhenThePageIsAnEmptyShell() throws Exception {
        Article a = read("app.html", "<!doctype html><html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"headline\":\"H\",\"datePublished\":\"2024-02-03T04:05:06+01:00\",\"author\":{\"name\":\"A. Writer\"},"
                + "\"articleBody\":\"First paragraph.\\n\\nSecond paragraph.\"}</script></head>"
                + "<body><div id=\"root\"></div><script>render()</script></body></html>");
        assertThat(paragraphs(a)).containsExactly("First paragraph.", "Second paragraph.");
        assertThat(a.published()).isEqualTo("2024-02-03T04:05:06+01:00");
        assertThat(a.byline()).isEqualTo("A. Writer");
        assertThat(a.metadata()).containsEntry("extraction", "json-ld articleBody");
    }

    @Test
    void truncatedPageGivesItsTextAndAWarning() throws Exception {
        String page = Fixtures.text("/nasa.html");
        Article a = read("cut.html", page.substring(0, page.indexOf("NASA held a ceremony") + 40));
        assertThat(paragraphs(a)).first().isEqualTo(Wikinews.body("GUM_news_nasa").get(0));
        assertThat(a.metadata().get("warning")).contains("truncated");
    }

    @Test
    void unclosedCommentSwallowsTheRestAndSaysSo() throws Exception {
        Article a = read("c.html", "<html><body><article><p>The first paragraph is long enough to be an article on its own, "
                + "with commas, and more words.</p><!-- TODO fix <p>Lost paragraph.</p></article></body></html>");
        assertThat(a.text()).startsWith("The first paragraph").doesNotContain("Lost");
        assertThat(a.metadata().get("warning")).contains("ends inside a comment");
        Article s = read("s.html", "<html><body><p>Visible paragraph that is long enough to count, with a comma.</p>"
                + "<script>var x = 1; <p>Gone.</p></body></html>");
        assertThat(s.metadata().get("warning")).contains("<script> element that is never closed");
    }

    @Test
    void wrongDeclaredEncodingIsReadRightWithAWarning() throws Exception {
        String page = "<html><head><meta charset=\"utf-8\"></head><body><article><p>Caf\u00e9 prices rose 5% \u2013 the "
                + "\u201cbiggest\u201d rise in a decade, the statistics office said on Monday.</p></article></body></html>";
        Article cp = read("cp.html", page.getBytes(Charset.forName("windows-1252")));
        assertThat(cp.text()).startsWith("Caf\u00e9 prices rose 5% \u2013 the \u201cbiggest\u201d");
        assertThat(cp.metadata().get("warning")).contains("declares UTF-8");
        Article utf = read("u.html", page.replace("utf-8", "iso-8859-1").getBytes(StandardCharsets.UTF_8));
        assertThat(utf.text()).startsWith("Caf\u00e9 prices");
        assertThat(utf.metadata()).containsEntry("encoding", "UTF-8");
        assertThat(utf.metadata().get("warning")).contains("is UTF-8");
    }

    @Test
    void emptyFileIsRefusedWithItsName() {
        assertThatThrownBy(() -> read("empty.html", new byte[0])).isInstanceOf(ImportException.class)
                .extracting(e -> ((ImportException) e).describe()).isEqualTo("empty.html: html: file is empty");
    }

    @Test
    void pageWithoutTextIsRefusedWithItsName() {
        assertThatThrownBy(() -> read("nav.html", "<html><body><nav><a href=/>Home</a></nav><script>x()</script></body></html>"))
                .isInstanceOf(ImportException.class).hasMessage("no article text found in this page")
                .extracting(e -> ((ImportException) e).describe()).asString().startsWith("nav.html: html:");
    }

    @Test
    void binaryIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThat(importer.sniff(png, "x.html")).isZero();
        assertThatThrownBy(() -> read("x.html", png)).isInstanceOf(ImportException.class).hasMessageContaining("binary data");
    }

    @Test
    void oversizedInputIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.html");
        Files.write(big, new byte[3 << 20]);
        assertThatThrownBy(() -> importer.read(ImportSource.of(big))).isInstanceOf(ImportException.class)
                .hasMessage("file is 3 MiB, larger than the 1 MiB limit (maxSizeMiB)");
        // a stream of unknown size is cut off one byte past the limit
        ImportSource stream = Sources.unknownSize("-", new byte[(1 << 20) + 10]);
        assertThatThrownBy(() -> importer.read(stream)).hasMessageContaining("larger than the 1 MiB limit");
    }

    @Test
    void sniffsHtmlAboveTextAndLeavesFeedsAlone() {
        assertThat(importer.sniff("<!DOCTYPE html>\n<html>".getBytes(), "-")).isEqualTo(90);
        assertThat(importer.sniff("\uFEFF  <HTML lang=en>".getBytes(StandardCharsets.UTF_8), "-")).isEqualTo(90);
        assertThat(importer.sniff("<?xml version=\"1.0\"?>\n<!-- x -->\n<html xmlns=\"http://www.w3.org/1999/xhtml\">".getBytes(), "-"))
                .isEqualTo(90);
        assertThat(importer.sniff("<meta charset=utf-8><head><title>x</title></head>".getBytes(), "-")).isEqualTo(70);
        assertThat(importer.sniff("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><description>&lt;body&gt;".getBytes(), "-"))
                .isZero();
        assertThat(importer.sniff("Just a line of text.".getBytes(), "a.txt")).isZero();
        assertThat(importer.sniff(new byte[0], "-")).isZero();
        byte[] utf16 = "\uFEFF<!doctype html><html>".getBytes(StandardCharsets.UTF_16LE);
        assertThat(importer.sniff(utf16, "-")).isEqualTo(90);
    }

    @Test
    void utf16PageWithBom() throws Exception {
        byte[] bytes = "\uFEFF<html><body><p>Prices rose 5% in March, the office said, more than forecast.</p></body></html>"
                .getBytes(StandardCharsets.UTF_16BE);
        assertThat(read("u16.html", bytes).text()).isEqualTo("Prices rose 5% in March, the office said, more than forecast.");
    }

    @Test
    void deeplyNestedMarkupDoesNotOverflowTheStack() throws Exception {
        String open = "<div>".repeat(20_000);
        Article a = read("deep.html", "<html><body>" + open + "<p>Deep text that is long enough to count as an article.</p>"
                + "</body></html>");
        assertThat(a.text()).contains("Deep text");
    }

    /** Unclosed {@code <div><b>} pairs: each sentence nests one level deeper, and every level scores the same. */
    private static String nestedFormatting(int sentences, String attributes) {
        StringBuilder sb = new StringBuilder("<html><head><title>Nested</title></head><body>");
        for (int i = 0; i < sentences; i++) {
            sb.append("<div").append(attributes).append("><b>Sentence number ").append(i)
                    .append(" says that spending rose sharply in the year before the vote. ");
        }
        return sb.append("</body></html>").toString();
    }

    @Test
    void deeplyNestedFormattingGivesAllItsTextTheSameOnEveryRead() throws Exception {
        String html = nestedFormatting(3_000, "");
        Article first = read("nested.html", html);
        // Every level of the nesting scores alike: the outermost one (the first in page order) is the article.
        assertThat(first.metadata()).containsEntry("extraction", "score");
        assertThat(first.text()).startsWith("Sentence number 0 says").contains("Sentence number 1500 says")
                .endsWith("Sentence number 2999 says that spending rose sharply in the year before the vote.");
        for (int run = 0; run < 3; run++) { // new elements, new identity hashes: the same article
            Article again = read("nested.html", html);
            assertThat(again.text()).isEqualTo(first.text());
            assertThat(again.paragraphs()).isEqualTo(first.paragraphs());
            assertThat(again.id()).isEqualTo(first.id());
        }
    }

    @Test
    void nestedBoilerplateNamesAndNestedArticlesAreJudgedWithoutRecursion() throws Exception {
        // Class names that look like boilerplate at every level, read on a thread with a small stack.
        String html = nestedFormatting(5_000, " class=\"share-tools\"").replace("<body>", "<body><article>")
                .replace("<div class=\"share-tools\"><b>Sentence number 7 ", "<article><div><b>Sentence number 7 ");
        Article[] out = new Article[1];
        Throwable[] failed = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                out[0] = read("boilerplate.html", html);
            } catch (Throwable e) {
                failed[0] = e;
            }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        assertThat(failed[0]).isNull();
        assertThat(out[0].metadata()).containsEntry("extraction", "article");
        assertThat(out[0].text()).startsWith("Sentence number 0 says").contains("Sentence number 4999 says");
    }

    @Test
    void textMeasuresMatchJsoupsText() {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse("<body><div id=d>  One, <b>two</b>\n <a href=x>three,"
                + " four</a><p>five</p>six <br>seven  </div></body>");
        MainText.TextStats stats = MainText.TextStats.measure(doc);
        org.jsoup.nodes.Element d = doc.getElementById("d");
        assertThat(stats.length(d)).isEqualTo(d.text().length());
        assertThat(stats.commas(d)).isEqualTo(2);
        assertThat(stats.linkDensity(d)).isEqualTo((double) "three, four".length() / d.text().length());
        org.jsoup.nodes.Element p = doc.selectFirst("p");
        assertThat(stats.length(p)).isEqualTo(4);
        org.jsoup.nodes.Element b = doc.selectFirst("b"); // not scored: measured on its own
        assertThat(stats.length(b)).isEqualTo(3);
    }

    private static final String PLAIN_PAGE = "<html><head><meta charset=\"%s\"><title>T</title></head><body><article>"
            + "<p>The council said on Tuesday that spending rose by 12 percent, to 4.5 million euros, in 2023.</p>"
            + "<p>Caf\u00e9 owners said the new rules would cost them \u20ac300 a month, the chamber reported.</p>"
            + "</article></body></html>";

    @Test
    void utf16AndUtf32PagesWithoutAByteOrderMarkAreRead() throws Exception {
        for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, Charset.forName("UTF-32LE"),
                Charset.forName("UTF-32BE")}) {
            Article a = read("wide.html", String.format(PLAIN_PAGE, cs.name()).getBytes(cs));
            assertThat(a.metadata()).as(cs.name()).containsEntry("encoding", cs.name()).doesNotContainKey("warning");
            assertThat(a.text()).as(cs.name()).contains("Caf\u00e9 owners", "\u20ac300", "spending rose by 12 percent");
            assertThat(importer.sniff(String.format(PLAIN_PAGE, cs.name()).getBytes(cs), "wide.html")).isEqualTo(90);
        }
    }

    @Test
    void aPageDeclaringUtf32InAsciiIsReadAsUtf8WithAWarning() throws Exception {
        Article a = read("declared.html", String.format(PLAIN_PAGE, "utf-32").getBytes(StandardCharsets.UTF_8));
        assertThat(a.text()).contains("Caf\u00e9 owners", "\u20ac300");
        assertThat(a.metadata()).containsEntry("encoding", "UTF-8")
                .containsEntry("warning", "the page declares UTF-32 but its bytes are not UTF-32; read as UTF-8");
    }

    @Test
    void languageTagsAreNormalised() {
        assertThat(Languages.tag("en_us")).isEqualTo("en-US");
        assertThat(Languages.tag("de-DE, en")).isEqualTo("de-DE");
        assertThat(Languages.tag("not a language")).isNull();
        assertThat(Arrays.asList(Dates.iso("Wed, 13 Apr 2011 09:00:00 GMT"), Dates.iso("2011-04-13"),
                Dates.iso("2011-04-13T10:00:00"), Dates.iso("yesterday")))
                .containsExactly("2011-04-13T09:00:00Z", "2011-04-13", "2011-04-13T10:00", null);
    }
}

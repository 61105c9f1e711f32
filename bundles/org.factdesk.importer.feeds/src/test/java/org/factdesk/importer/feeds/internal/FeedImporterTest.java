package org.factdesk.importer.feeds.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.factdesk.api.article.Article;
import org.factdesk.api.article.ImportException;
import org.factdesk.api.article.ImportSource;
import org.factdesk.importer.support.Dates;
import org.factdesk.importer.testkit.Fixtures;
import org.factdesk.importer.testkit.GeneratedFeeds;
import org.factdesk.importer.testkit.ImportChecks;
import org.factdesk.importer.testkit.Sources;
import org.factdesk.importer.testkit.Wikinews;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedImporterTest {

    private final FeedImporter importer = new FeedImporter(1 << 20, 50_000);

    private List<Article> read(String name, String xml) throws ImportException {
        return read(importer, name, xml.getBytes(StandardCharsets.UTF_8));
    }

    static List<Article> read(FeedImporter importer, String name, byte[] bytes) throws ImportException {
        List<Article> articles = importer.read(ImportSource.of(name, bytes));
        assertThat(articles).isNotEmpty();
        for (Article a : articles) {
            assertThat(a.text()).isNotBlank();
            ImportChecks.assertWellFormed(a);
        }
        return articles;
    }

    private static List<String> paragraphs(Article a) {
        return a.paragraphs().stream().map(p -> p.in(a.text())).toList();
    }

    private static String rss(String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>T</title>" + items
                + "</channel></rss>";
    }

    @Test
    void rssItemsCarryTheWikinewsParagraphsExactly() throws Exception {
        List<Article> items = read("wikinews.rss", Fixtures.text("/wikinews.rss"));
        assertThat(items).hasSize(3);
        String[] names = {"GUM_news_iodine", "GUM_news_nasa", "GUM_news_flag"};
        for (int i = 0; i < 3; i++) {
            Article a = items.get(i);
            assertThat(paragraphs(a)).containsExactlyElementsOf(Wikinews.body(names[i]));
            assertThat(a.text()).isEqualTo(String.join("\n\n", Wikinews.body(names[i])));
            assertThat(a.headline()).isEqualTo(Wikinews.headline(names[i]));
            assertThat(a.byline()).isEqualTo("Wikinews");
            assertThat(a.language()).isEqualTo("en-US");
            assertThat(a.source()).startsWith("https://en.wikinews.org/wiki/");
            assertThat(a.metadata()).containsEntry("feed", "wikinews.rss").containsEntry("feedTitle", "Wikinews")
                    .doesNotContainKey("warning");
            assertThat(a.format()).isEqualTo("feed");
        }
        assertThat(items.get(0).published()).isEqualTo("2006-02-23T09:00:00Z");
    }

    @Test
    void atomEntriesInHtmlXhtmlAndTextCarryTheParagraphsExactly() throws Exception {
        List<Article> entries = read("wikinews.atom", Fixtures.text("/wikinews.atom"));
        assertThat(entries).hasSize(3);
        String[] names = {"GUM_news_warhol", "GUM_news_iodine", "GUM_interview_ants"};
        for (int i = 0; i < 3; i++) {
            assertThat(paragraphs(entries.get(i))).as(names[i]).containsExactlyElementsOf(Wikinews.body(names[i]));
            assertThat(entries.get(i).headline()).isEqualTo(Wikinews.headline(names[i]));
        }
        Article warhol = entries.get(0);
        assertThat(warhol.published()).isEqualTo("2014-01-28T10:15:00Z");
        assertThat(warhol.metadata()).containsEntry("updated", "2014-04-15T08:00:00Z");
        assertThat(warhol.language()).isEqualTo("en");
        assertThat(entries.get(1).published()).isEqualTo("2006-02-23T12:00:00+11:00"); // only <updated>
        assertThat(entries.get(2).language()).isEqualTo("en-GB");
        assertThat(entries.get(2).source()).isEqualTo(
                "https://en.wikinews.org/wiki/Biologist_Nick_Bos_tells_Wikinews_about_%27self-medicating%27_ants");
    }

    @Test
    void sameFeedGivesSameTextsAndOffsets() throws Exception {
        List<Article> a = read("a.rss", Fixtures.text("/wikinews.rss"));
        List<Article> b = read("b.rss", Fixtures.text("/wikinews.rss"));
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i).text()).isEqualTo(a.get(i).text());
            assertThat(b.get(i).paragraphs()).isEqualTo(a.get(i).paragraphs());
        }
    }

    @Test
    void rssDetails() throws Exception {
        List<Article> items = read("d.rss", rss("<item><title>Only a title</title><link>https://x.example/1</link>"
                + "<author>jo@example.org (Jo Bloggs)</author><pubDate>Tue, 3 Jun 2008 11:05:30 EST</pubDate></item>"
                + "<item><description>Plain first.\n\nPlain second.</description><guid>abc</guid></item>"));
        assertThat(items.get(0).text()).isEqualTo("Only a title");
        assertThat(items.get(0).metadata().get("warning")).contains("no body");
        assertThat(items.get(0).byline()).isEqualTo("Jo Bloggs");
        assertThat(items.get(0).published()).isEqualTo("2008-06-03T11:05:30-05:00");
        assertThat(paragraphs(items.get(1))).containsExactly("Plain first.", "Plain second.");
        assertThat(items.get(1).source()).isEqualTo("d.rss#item2");
    }

    @Test
    void rss10RdfFeed() throws Exception {
        List<Article> items = read("r.rdf", "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                + "xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>C</title></channel>"
                + "<item><title>One</title><link>https://x.example/1</link><description>Body one.</description>"
                + "<dc:creator>Ann</dc:creator><dc:date>2020-01-02T03:04:05Z</dc:date></item></rdf:RDF>");
        assertThat(items.get(0).byline()).isEqualTo("Ann");
        assertThat(items.get(0).published()).isEqualTo("2020-01-02T03:04:05Z");
        assertThat(items.get(0).text()).isEqualTo("Body one.");
    }

    @Test
    void billionLaughsIsRefusedQuickly() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
        }
        String xml = dtd + "]>\n<rss version=\"2.0\"><channel><item><title>&lol9;</title><description>x</description></item></channel></rss>";
        assertThat(importer.sniff(xml.getBytes(), "-")).isEqualTo(95);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> read("lol.rss", xml)).isInstanceOf(ImportException.class)
                        .hasMessageContaining("declares entities").hasMessageContaining("refused"));
    }

    @Test
    void externalEntityIsNeverRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<rss><channel><item><title>t</title><description>&xxe;</description></item></channel></rss>";
        assertThatThrownBy(() -> read("xxe.rss", xxe)).isInstanceOf(ImportException.class)
                .hasMessageNotContaining("TOP-SECRET").hasMessageContaining("refused");
        // An external DTD reference is not fetched, and entities from it are not defined.
        String external = "<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"" + secret.toUri() + "\">"
                + "<rss><channel><item><title>t</title><description>a &xxe; b</description></item></channel></rss>";
        assertThatThrownBy(() -> read("ext.rss", external)).isInstanceOf(ImportException.class)
                .hasMessageContaining("entity &xxe; is not defined").hasMessageNotContaining("TOP-SECRET")
                .satisfies(e -> assertThat(((ImportException) e).line()).isEqualTo(1));
        // A plain RSS 0.91 DOCTYPE is harmless and accepted.
        String rss091 = "<?xml version=\"1.0\"?><!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" "
                + "\"http://my.netscape.com/publish/formats/rss-0.91.dtd\"><rss version=\"0.91\"><channel><item><title>t</title>"
                + "<description>Body.</description></item></channel></rss>";
        assertThat(read("old.rss", rss091).get(0).text()).isEqualTo("Body.");
    }

    @Test
    void truncatedFeedNamesLineAndColumn() {
        String feed = Fixtures.text("/wikinews.rss");
        String cut = feed.substring(0, feed.indexOf("<dc:creator>") + 5);
        assertThatThrownBy(() -> read("cut.rss", cut)).isInstanceOf(ImportException.class)
                .hasMessageContaining("truncated")
                .satisfies(e -> {
                    ImportException ie = (ImportException) e;
                    assertThat(ie.line()).isPositive();
                    assertThat(ie.column()).isPositive();
                    assertThat(ie.describe()).startsWith("cut.rss:" + ie.line() + ":" + ie.column() + ": feed: ");
                });
        assertThatThrownBy(() -> read("bad.rss", rss("<item><title>a</b></item>"))).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("malformed XML: ").satisfies(e -> assertThat(((ImportException) e).line()).isEqualTo(2));
    }

    @Test
    void wrongDeclaredEncodingIsReadAsWindows1252WithAWarning() throws Exception {
        byte[] cp = rss("<item><title>Caf\u00e9</title><description>Prices \u2013 up 5% at the caf\u00e9.</description></item>")
                .getBytes(Charset.forName("windows-1252"));
        Article a = read(importer, "cp.rss", cp).get(0);
        assertThat(a.text()).isEqualTo("Prices \u2013 up 5% at the caf\u00e9.");
        assertThat(a.metadata().get("warning")).contains("not valid UTF-8");
        byte[] latin1 = rss("<item><description>caf\u00e9</description></item>").replace("UTF-8", "ISO-8859-1")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(read(importer, "l.rss", latin1).get(0).text()).isEqualTo("caf\u00e9");
        byte[] utf16 = ("\uFEFF" + rss("<item><description>\u00fcber</description></item>").replace("UTF-8", "UTF-16"))
                .getBytes(StandardCharsets.UTF_16LE);
        assertThat(read(importer, "u.rss", utf16).get(0).text()).isEqualTo("\u00fcber");
    }

    @Test
    void tenThousandItemsImportQuickly() throws Exception {
        String feed = GeneratedFeeds.rss(10_000, 3);
        long t0 = System.nanoTime();
        List<Article> items = read(importer.getClass().cast(new FeedImporter(64L << 20, 50_000)), "big.rss",
                feed.getBytes(StandardCharsets.UTF_8));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(items).hasSize(10_000);
        assertThat(items.get(9_999).paragraphs()).hasSize(3);
        assertThat(ms).as("ms for 10,000 items").isLessThan(20_000);
    }

    @Test
    void moreItemsThanTheLimitAreRefused() {
        FeedImporter small = new FeedImporter(64L << 20, 100);
        assertThatThrownBy(() -> read(small, "many.rss", GeneratedFeeds.rss(101, 1).getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportException.class)
                .hasMessage("the feed has more than 100 items, the configured limit (maxItems)");
    }

    @Test
    void oversizedInputIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.rss");
        Files.write(big, new byte[3 << 20]);
        assertThatThrownBy(() -> importer.read(ImportSource.of(big))).isInstanceOf(ImportException.class)
                .hasMessage("file is 3 MiB, larger than the 1 MiB limit (maxSizeMiB)");
        ImportSource stream = Sources.unknownSize("-", GeneratedFeeds.rss(10_000, 2).getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> importer.read(stream)).isInstanceOf(ImportException.class)
                .hasMessage("input is larger than the 1 MiB limit (maxSizeMiB)");
    }

    @Test
    void emptyBinaryAndNonFeedsAreRefused() {
        assertThatThrownBy(() -> read(importer, "e.rss", new byte[0])).hasMessage("file is empty");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        assertThat(importer.sniff(png, "x.rss")).isZero();
        assertThatThrownBy(() -> read(importer, "x.rss", png)).hasMessageContaining("binary data");
        assertThatThrownBy(() -> read("h.xml", "<html><body>x</body></html>")).hasMessageContaining("not a feed");
        assertThatThrownBy(() -> read("n.rss", rss(""))).hasMessage("the feed has no items or entries");
        assertThatThrownBy(() -> read("v.rss", rss("<item><link>https://x.example/</link></item><item/>")))
                .hasMessage("none of the feed's 2 items has a title or text");
        assertThatThrownBy(() -> read("t.rss", "just text")).hasMessageStartingWith("malformed XML");
    }

    @Test
    void sniffsFeeds() {
        assertThat(importer.sniff("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">".getBytes(), "-")).isEqualTo(95);
        assertThat(importer.sniff("\uFEFF<feed xmlns=\"http://www.w3.org/2005/Atom\">".getBytes(StandardCharsets.UTF_8), "-"))
                .isEqualTo(95);
        assertThat(importer.sniff("<!-- c --><rdf:RDF xmlns=\"http://purl.org/rss/1.0/\">".getBytes(), "-")).isEqualTo(90);
        assertThat(importer.sniff("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss>".getBytes(StandardCharsets.UTF_16BE), "-"))
                .isEqualTo(95);
        assertThat(importer.sniff("<!DOCTYPE html><html>".getBytes(), "-")).isZero();
        assertThat(importer.sniff("<rsst>".getBytes(), "-")).isZero();
        assertThat(importer.sniff("plain text".getBytes(), "a.xml")).isZero();
    }

    @Test
    void datesBecomeIso8601() {
        assertThat(Dates.iso("Wed, 13 Apr 2011 09:00:00 GMT")).isEqualTo("2011-04-13T09:00:00Z");
        assertThat(Dates.iso("Wed, 13 Apr 2011 09:00:00 +0200")).isEqualTo("2011-04-13T09:00:00+02:00");
        assertThat(Dates.iso("13 Apr 2011 09:00 PST")).isEqualTo("2011-04-13T09:00:00-08:00");
        assertThat(Dates.iso("2011-04-13T09:00:00.5+02:00")).isEqualTo("2011-04-13T09:00:00.5+02:00");
        assertThat(Dates.iso("2011-04-13")).isEqualTo("2011-04-13");
        assertThat(Dates.iso("soon")).isNull();
    }
}

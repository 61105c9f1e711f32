package org.factdesk.importer.ninjs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.factdesk.api.article.Article;
import org.factdesk.api.article.ImportException;
import org.factdesk.api.article.ImportSource;
import org.factdesk.importer.testkit.Ninjs;
import org.factdesk.importer.testkit.Sources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NinjsImporterTest {

    private final NinjsImporter importer = new NinjsImporter(1 << 20, true, null);

    private Article one(Path file) throws ImportException {
        List<Article> list = importer.read(ImportSource.of(file));
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    private Article one(String json) throws ImportException {
        List<Article> list = importer.read(ImportSource.of("t.json", json.getBytes(StandardCharsets.UTF_8)));
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    static Stream<Path> examples() {
        return Ninjs.examples().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyIptcAndAgencyExampleImportsWithoutAVersionHint(Path file) throws Exception {
        List<Article> articles = importer.read(ImportSource.of(file));
        assertThat(articles).isNotEmpty();
        for (Article a : articles) {
            assertThat(a.id()).hasSize(16);
            a.paragraphs().forEach(p -> assertThat(p.in(a.text())).isNotBlank().isEqualTo(p.in(a.text()).strip()));
        }
    }

    @Test
    void dpaHtmlBodyBecomesParagraphs() throws Exception {
        Article a = one(Ninjs.resolve("examples/3.0/dpa_text.json"));
        assertThat(a.language()).isEqualTo("de");
        assertThat(a.headline()).isNotBlank();
        assertThat(a.byline()).isNotBlank();
        assertThat(a.text()).doesNotContain("<p>").contains("Lucien Favre");
        assertThat(a.paragraphs().size()).isGreaterThan(3);
        assertThat(a.paragraphs().get(0).in(a.text())).startsWith("Für Lucien Favre war es");
        assertThat(a.metadata()).containsEntry("ninjsVersion", "3.1").containsEntry("textFrom", "body");
        assertThat(a.published()).isEqualTo("2019-05-10T16:02:28+02:00");
    }

    @Test
    void ntbItemWithoutBodyUsesItsDescription() throws Exception {
        Article a = one(Ninjs.resolve("examples/2.1/ntb_text.json"));
        assertThat(a.headline()).isEqualTo("Google har kjøpt giganttomt i Skien");
        assertThat(a.language()).isEqualTo("nb-NO");
        assertThat(a.byline()).isEqualTo("NTB");
        assertThat(a.published()).isEqualTo("2019-08-09T09:30:04Z");
        assertThat(a.text()).startsWith("IT-giganten Google");
        assertThat(a.metadata()).containsEntry("textFrom", "description").containsEntry("ninjsVersion", "2.2")
                .containsEntry("uri", "urn:8d19cf88-b3ab-4972-8fec-1207599f2872");
    }

    @Test
    void apAndTtItemsImport() throws Exception {
        for (String f : List.of("examples/2.1/ap_image.json", "examples/3.0/ap_video.json", "examples/3.0/ap_audio.json",
                "examples/2.1/tt_text_image_2.json", "examples/3.0/tt_text_image_3.json")) {
            Article a = one(Ninjs.resolve(f));
            assertThat(a.headline()).as(f).isNotBlank();
            assertThat(a.language()).as(f).isNotBlank();
        }
    }

    @Test
    void ninjs1PlainBodyKeepsItsText() throws Exception {
        Article a = one("{\"uri\":\"u1\",\"headline\":\"Rates rise\",\"byline\":\"A. Writer\",\"language\":\"en\","
                + "\"versioncreated\":\"2024-01-02T03:04:05Z\",\"body_text\":\"First para.\\n\\nSecond para says 5%.\"}");
        assertThat(a.text()).isEqualTo("First para.\n\nSecond para says 5%.");
        assertThat(a.paragraphs()).extracting(p -> p.in(a.text())).containsExactly("First para.", "Second para says 5%.");
        assertThat(a.headline()).isEqualTo("Rates rise");
        assertThat(a.byline()).isEqualTo("A. Writer");
        assertThat(a.published()).isEqualTo("2024-01-02T03:04:05Z");
        assertThat(a.metadata()).containsEntry("ninjsVersion", "1.6");
    }

    @Test
    void ninjs2MainHeadlineAndHtmlBody() throws Exception {
        Article a = one("{\"uri\":\"u2\",\"headlines\":[{\"role\":\"short\",\"value\":\"S\"},{\"role\":\"main\",\"value\":\"Main one\"}],"
                + "\"bodies\":[{\"role\":\"main\",\"contenttype\":\"text/html\",\"value\":\"<h2>Sub</h2><p>One  <b>bold</b>\\n word.</p>"
                + "<ul><li>Item</li></ul><script>x()</script>\"}]}");
        assertThat(a.headline()).isEqualTo("Main one");
        assertThat(a.text()).isEqualTo("Sub\n\nOne bold word.\n\nItem");
        assertThat(a.paragraphs()).hasSize(3);
    }

    @Test
    void collectionGivesOneArticlePerItem() throws Exception {
        // IPTC's event-timeline sample predates ninjs 3.0 (events as an object, estimatedStartDate):
        // validated it is refused, naming the item; without validation each item is an article.
        Path file = Ninjs.resolve("examples/3.0/collection/20231016-event-timeline-sample.json");
        assertThatThrownBy(() -> importer.read(ImportSource.of(file)))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("not valid ninjs 3.1")
                .satisfies(e -> assertThat(((ImportException) e).location()).endsWith("[0]"));
        List<Article> list = new NinjsImporter(1 << 20, false, null).read(ImportSource.of(file));
        assertThat(list).hasSize(14);
        assertThat(list.get(3).source()).endsWith("[3]");
    }

    @Test
    void invalidItemNamesTheSchemaViolation() {
        assertThatThrownBy(() -> one("{\"uri\":\"x\",\"type\":\"invalid\"}"))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("not valid ninjs 1.6").hasMessageContaining("type");
        assertThatThrownBy(() -> one("{\"headline\":\"no uri\"}")).hasMessageContaining("uri");
    }

    @Test
    void validationCanBeSwitchedOff() throws Exception {
        NinjsImporter lax = new NinjsImporter(1 << 20, false, null);
        Article a = lax.read(ImportSource.of("t.json", "{\"headline\":\"no uri\",\"body_text\":\"B.\"}".getBytes())).get(0);
        assertThat(a.text()).isEqualTo("B.");
    }

    @Test
    void sniffPrefersNinjsOverPlainTextAndLeavesOtherJsonAlone() {
        assertThat(importer.sniff("{\"uri\":\"a\",\"headline\":\"h\",\"body_text\":\"b\"}".getBytes(), "-")).isGreaterThanOrEqualTo(90);
        assertThat(importer.sniff("{\"uri\":\"a\",\"versionCreated\":\"2020\"}".getBytes(), "-")).isGreaterThan(10);
        assertThat(importer.sniff("[{\"uri\":\"a\",\"headlines\":[],\"bodies\":[".getBytes(), "-")).isGreaterThan(10);
        assertThat(importer.sniff("{\"name\":\"package\",\"dependencies\":{}}".getBytes(), "package.json")).isZero();
        assertThat(importer.sniff("Plain text, not JSON.".getBytes(), "a.txt")).isZero();
        assertThat(importer.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "x.png")).isZero();
        assertThat(importer.sniff(new byte[0], "x.json")).isZero();
    }

    @Test
    void sniffRecognisesEveryExample() throws Exception {
        for (Path f : examples().toList()) {
            byte[] head;
            try (InputStream in = Files.newInputStream(f)) {
                head = in.readNBytes(8192);
            }
            assertThat(importer.sniff(head, f.toString())).as(f.toString()).isGreaterThan(10);
        }
    }

    @Test
    void emptyWhitespaceAndScalarsAreRefused() {
        assertThatThrownBy(() -> one("")).hasMessage("file is empty");
        assertThatThrownBy(() -> one(" \n ")).hasMessageContaining("no JSON");
        assertThatThrownBy(() -> one("42")).hasMessageContaining("not ninjs");
        assertThatThrownBy(() -> one("[]")).hasMessageContaining("no ninjs items");
        assertThatThrownBy(() -> one("[1]")).hasMessageContaining("not a ninjs item");
    }

    @Test
    void truncatedJsonGivesLineAndColumn() {
        assertThatThrownBy(() -> one("{\n  \"uri\": \"x\",\n  \"headline\": \"cut"))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("malformed JSON")
                .satisfies(e -> {
                    ImportException ie = (ImportException) e;
                    assertThat(ie.line()).isEqualTo(3);
                    assertThat(ie.column()).isGreaterThan(1);
                    assertThat(ie.describe()).startsWith("t.json:3:");
                });
        assertThatThrownBy(() -> one("{\"uri\":\"x\",}")).hasMessageStartingWith("malformed JSON")
                .satisfies(e -> assertThat(((ImportException) e).line()).isEqualTo(1));
        assertThatThrownBy(() -> one("{\"uri\":\"x\"} trailing")).hasMessageStartingWith("malformed JSON");
    }

    @Test
    void wrongEncodingAndBinaryAreRefused() {
        byte[] latin1 = "{\"uri\":\"x\",\"headline\":\"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> importer.read(ImportSource.of("l.json", latin1)))
                .isInstanceOf(ImportException.class).hasMessageContaining("UTF-8");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        assertThatThrownBy(() -> importer.read(ImportSource.of("x.png", png))).isInstanceOf(ImportException.class);
    }

    @Test
    void utf16WithBomIsRead() throws Exception {
        byte[] utf16 = ("\uFEFF{\"uri\":\"x\",\"headline\":\"Caf\u00e9\",\"body_text\":\"B\"}").getBytes(StandardCharsets.UTF_16BE);
        assertThat(importer.read(ImportSource.of("u.json", utf16)).get(0).headline()).isEqualTo("Café");
    }

    @Test
    void deepNestingIsRefusedNotAStackOverflow() {
        String deep = "{\"uri\":\"x\",\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertThatThrownBy(() -> one(deep)).isInstanceOf(ImportException.class).hasMessageContaining("nested");
    }

    @Test
    void oversizedIsRefusedBeforeReadingItAll() {
        NinjsImporter small = new NinjsImporter(100, true, null);
        byte[] big = ("{\"uri\":\"x\",\"body_text\":\"" + "a".repeat(1000) + "\"}").getBytes();
        assertThatThrownBy(() -> small.read(ImportSource.of("big.json", big))).hasMessageContaining("limit");
        // A stream of unknown size: refused after cap + 1 bytes, not read to the end.
        AtomicLong read = new AtomicLong();
        assertThatThrownBy(() -> small.read(Sources.endless("-", read))).hasMessageContaining("limit");
        assertThat(read.get()).isLessThanOrEqualTo(101);
    }

    @Test
    void unknownConfiguredVersionFailsActivation() {
        assertThatThrownBy(() -> new NinjsImporter(1 << 20, true, "9.9")).hasMessageContaining("unknown ninjs version");
    }

    private static final String ITEM_20 = "{%s\"uri\":\"http://example.com/1\",\"standard\":{\"name\":\"ninjs\",\"version\":\"2.0\"},"
            + "\"headlines\":[{\"role\":\"main\",\"value\":\"Council spending\"}],"
            + "\"bodies\":[{\"role\":\"main\",\"contenttype\":\"text/plain\",\"value\":\"Spending rose by 12 percent.\"}]%s}";

    @Test
    void anItemDeclaringItsOwnSchemaIsImportedWithAWarningThatNamesThePropertyAndItsPointer() throws Exception {
        Article a = one(String.format(ITEM_20, "\"$schema\":\"http://www.iptc.org/std/ninjs/ninjs-schema_2.0.json\",", ""));
        assertThat(a.text()).isEqualTo("Spending rose by 12 percent.");
        assertThat(a.metadata()).containsEntry("ninjsVersion", "2.0").containsEntry("warning",
                "not valid ninjs 2.0 in properties FactDesk does not read: /$schema: property '$schema' is not allowed by ninjs 2.0");
    }

    @Test
    void strictRefusesWhatWouldBeImportedWithAWarning() {
        NinjsImporter strict = new NinjsImporter(1 << 20, true, null, true);
        String json = String.format(ITEM_20, "", ",\"x-agency\":{\"desk\":\"metro\"}");
        assertThatThrownBy(() -> strict.read(ImportSource.of("item.json", json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ImportException.class)
                .hasMessage("not valid ninjs 2.0 (nor 2.2, 2.1, 3.1): /x-agency: property 'x-agency' is not allowed by ninjs 2.0");
    }

    @Test
    void violationsInWhatFactDeskReadsAreRefusedWithTheirPointers() {
        String json = String.format(ITEM_20, "", "").replace("\"role\":\"main\",\"contenttype\"", "\"role\":7,\"contenttype\"");
        assertThatThrownBy(() -> one(json)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("not valid ninjs 2.0 (nor 2.2, 2.1, 3.1): /bodies/0/role: an integer where ninjs 2.0 wants a string");
        assertThatThrownBy(() -> one("{\"uri\":\"x\",\"type\":\"invalid\",\"urgency\":\"high\"}"))
                .hasMessageContaining("/type: \"invalid\" is not one of the values ninjs 1.6 allows")
                .hasMessageContaining("/urgency: a string where ninjs 1.6 wants a number");
        assertThatThrownBy(() -> one("{\"headline\":\"no uri\"}"))
                .hasMessageContaining("/uri: property 'uri' is missing; ninjs 1.6 requires it");
    }

    @Test
    void aThreeOneItemWithExtensionsIsImportedWithAWarning() throws Exception {
        Article a = one("{\"$schema\":\"x\",\"uri\":\"http://example.com/2\",\"type\":\"text\",\"firstCreated\":\"2020-01-01T00:00:00Z\","
                + "\"headlines\":[{\"role\":\"main\",\"value\":\"H\"}],\"bodies\":[{\"role\":\"main\",\"contentType\":\"text/plain\","
                + "\"value\":\"Prices rose.\"}],\"foo/bar\":1}");
        assertThat(a.metadata().get("warning")).startsWith("not valid ninjs 3.1 in properties FactDesk does not read: ")
                .contains("/$schema: property '$schema' is not allowed by ninjs 3.1", "/foo~1bar: property 'foo/bar' is not allowed");
    }
}

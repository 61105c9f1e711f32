package org.factdesk.importer.text.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.factdesk.api.article.Article;
import org.factdesk.api.article.ImportException;
import org.factdesk.api.article.ImportSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextImporterTest {

    private final TextImporter importer = new TextImporter(1 << 20, 200);

    private Article read(String name, byte[] bytes) throws ImportException {
        List<Article> articles = importer.read(ImportSource.of(name, bytes));
        assertThat(articles).hasSize(1);
        return articles.get(0);
    }

    @Test
    void demoArticleKeepsItsTextHeadlineAndOneParagraphPerLine() throws Exception {
        byte[] bytes = getClass().getResourceAsStream("/demo.txt").readAllBytes();
        Article a = read("demo.txt", bytes);
        assertThat(a.text()).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
        assertThat(a.headline()).startsWith("Microsoft and Meta protected AI investments").endsWith("Mint");
        assertThat(a.paragraphs()).hasSize(11);
        assertThat(a.paragraphs().get(1).in(a.text())).startsWith("In view of the success");
        assertThat(a.id()).hasSize(16).isEqualTo(read("again", bytes).id());
    }

    @Test
    void blankLinesSeparateHardWrappedParagraphs() throws Exception {
        Article a = read("w.txt", "Title\n\nfirst line\ncontinues here.\n\nSecond para.\n".getBytes(StandardCharsets.UTF_8));
        assertThat(a.paragraphs()).extracting(p -> p.in(a.text()))
                .containsExactly("Title", "first line\ncontinues here.", "Second para.");
    }

    @Test
    void decodesUtf16WithBomAndWindows1252() throws Exception {
        String s = "Caf\u00e9 prices \u2013 up 5%\n\nBody \u201cquoted\u201d.";
        byte[] utf16 = ("\uFEFF" + s).getBytes(StandardCharsets.UTF_16LE);
        assertThat(read("a.txt", utf16).text()).isEqualTo(s);
        Article cp = read("b.txt", s.getBytes(Charset.forName("windows-1252")));
        assertThat(cp.text()).isEqualTo(s);
        assertThat(cp.metadata()).containsEntry("encoding", "windows-1252");
    }

    @Test
    void utf16TextWithBomIsSniffedAsText() {
        // it used to count UTF-16's NUL bytes as control characters and bid 0 for text it reads well
        assertThat(importer.sniff("\uFEFFPrices rose 5%.\n".getBytes(StandardCharsets.UTF_16LE), "notes")).isEqualTo(10);
        assertThat(importer.sniff("\uFEFFPrices rose 5%.\n".getBytes(StandardCharsets.UTF_16BE), "notes")).isEqualTo(10);
    }

    @Test
    void crlfIsNormalised() throws Exception {
        assertThat(read("c.txt", "Head\r\n\r\nBody text.\r\n".getBytes(StandardCharsets.US_ASCII)).text())
                .isEqualTo("Head\n\nBody text.\n");
    }

    @Test
    void emptyFileIsRefusedWithItsName() {
        assertThatThrownBy(() -> read("empty.txt", new byte[0])).isInstanceOf(ImportException.class)
                .hasMessage("file is empty")
                .extracting(e -> ((ImportException) e).describe()).isEqualTo("empty.txt: text: file is empty");
    }

    @Test
    void whitespaceOnlyIsRefused() {
        assertThatThrownBy(() -> read("ws.txt", " \n\t\n".getBytes())).hasMessageContaining("only whitespace");
    }

    @Test
    void binaryIsRefusedWithTheOffset() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        assertThat(importer.sniff(png, "x.png")).isZero();
        assertThatThrownBy(() -> read("x.png", png)).hasMessageContaining("binary data").hasMessageContaining("offset 8");
    }

    @Test
    void tooLargeIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        TextImporter small = new TextImporter(10, 200);
        assertThatThrownBy(() -> small.read(ImportSource.of("big.txt", "0123456789ABC".getBytes())))
                .hasMessageContaining("limit");
    }

    @Test
    void missingFileNamesTheFile(@TempDir Path dir) {
        Path missing = dir.resolve("nope.txt");
        assertThatThrownBy(() -> importer.read(ImportSource.of(missing)))
                .isInstanceOf(ImportException.class).hasMessageContaining("cannot read");
    }

    @Test
    void utf16AndUtf32WithoutBomAreReadNotCalledBinary() throws Exception {
        String s = "Caf\u00e9 prices \u2013 up 5%\n\nThe council said spending rose by 12 percent in 2023.";
        for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, Charset.forName("UTF-32LE"),
                Charset.forName("UTF-32BE")}) {
            byte[] bytes = s.getBytes(cs);
            assertThat(importer.sniff(bytes, "a.txt")).as(cs.name()).isEqualTo(10);
            Article a = read("a.txt", bytes);
            assertThat(a.text()).as(cs.name()).isEqualTo(s);
            assertThat(a.metadata()).as(cs.name()).containsEntry("encoding", cs.name());
        }
        byte[] utf32Bom = ("\uFEFF" + s).getBytes(Charset.forName("UTF-32LE"));
        assertThat(read("b.txt", utf32Bom).text()).isEqualTo(s);
    }
}

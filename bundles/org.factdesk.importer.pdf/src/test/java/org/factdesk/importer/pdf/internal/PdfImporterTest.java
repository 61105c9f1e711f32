package org.factdesk.importer.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.factdesk.api.article.Article;
import org.factdesk.api.article.ImportException;
import org.factdesk.api.article.ImportSource;
import org.factdesk.importer.testkit.PdfLayout;
import org.factdesk.importer.testkit.Wikinews;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PdfImporterTest {

    private final PdfImporter importer = new PdfImporter(64L << 20, 1000);

    private Article read(byte[] pdf) throws ImportException {
        List<Article> list = importer.read(ImportSource.of("t.pdf", pdf));
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    static Stream<Path> wikinews() {
        return Wikinews.articles().stream();
    }

    @Test
    void fixturesSpanSeveralPagesAndCharactersHelveticaCannotShow() throws Exception {
        // what the Wikinews fixtures are chosen to exercise: page breaks, and text the font cannot encode
        Article warhol = read(PdfFixtures.article(Wikinews.article("GUM_news_warhol")));
        assertThat(Integer.parseInt(warhol.metadata().get("pages"))).isGreaterThan(1);
        Article licen = read(PdfFixtures.article(Wikinews.article("GUM_interview_licen")));
        assertThat(Wikinews.text("GUM_interview_licen")).contains("\u010d");
        assertThat(licen.text()).doesNotContain("\u010d").contains("Li?en");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wikinews")
    void wikinewsArticleParagraphsAreReproduced(Path file) throws Exception {
        List<String> expected = PdfFixtures.paragraphs(file).stream()
                .map(p -> PdfLayout.encodable(PdfLayout.font(), p)).toList();
        Article a = read(PdfFixtures.article(file));
        assertThat(a.paragraphs()).extracting(p -> p.in(a.text())).containsExactlyElementsOf(expected);
        assertThat(a.headline()).isEqualTo(expected.get(0));
        assertThat(a.byline()).isEqualTo("Wikinews");
        assertThat(a.published()).isEqualTo("2017-07-21T09:30Z");
        assertThat(a.format()).isEqualTo("pdf");
        assertThat(a.metadata()).containsKey("pages");
    }

    @Test
    void hyphenatedLineEndsAreJoinedAndRealHyphensKept() throws Exception {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        String[] lines = {"The ministry published the infor-", "mation on Monday, citing a well-", "Known source."};
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.setFont(PdfLayout.font(), 11);
            float y = 700;
            for (String l : lines) {
                cs.beginText();
                cs.newLineAtOffset(72, y);
                cs.showText(l);
                cs.endText();
                y -= 14;
            }
        }
        Article a = read(PdfFixtures.bytes(doc));
        assertThat(a.text()).isEqualTo("The ministry published the information on Monday, citing a well- Known source.");
        assertThat(a.paragraphs()).hasSize(1);
    }

    @Test
    void readingOrderFollowsPositionNotDrawingOrder() throws Exception {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.setFont(PdfLayout.font(), 11);
            // drawn bottom paragraph first
            for (Object[] l : new Object[][] {{"Second paragraph.", 600f}, {"First paragraph.", 700f}}) {
                cs.beginText();
                cs.newLineAtOffset(72, (Float) l[1]);
                cs.showText((String) l[0]);
                cs.endText();
            }
        }
        Article a = read(PdfFixtures.bytes(doc));
        assertThat(a.paragraphs()).extracting(p -> p.in(a.text())).containsExactly("First paragraph.", "Second paragraph.");
    }

    @Test
    void encryptedPdfNeedsAPassword() throws Exception {
        byte[] pdf = PdfFixtures.encrypted(List.of("Confidential figures: 42 million."), "user-secret");
        assertThatThrownBy(() -> read(pdf)).isInstanceOf(ImportException.class).hasMessage("encrypted, needs a password");
    }

    @Test
    void ownerPasswordOnlyPdfStillImports() throws Exception {
        byte[] pdf = PdfFixtures.encrypted(List.of("Open to read: 42 million."), "");
        Article a = read(pdf);
        assertThat(a.text()).isEqualTo("Open to read: 42 million.");
        assertThat(a.metadata()).containsKey("encrypted");
    }

    @Test
    void imageOnlyPdfSaysOcrIsNeeded() throws Exception {
        assertThatThrownBy(() -> read(PdfFixtures.imageOnly())).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("no text layer: scanned images, OCR needed");
    }

    @Test
    void truncatedPdfIsAClearError() throws Exception {
        byte[] pdf = PdfFixtures.bytes(PdfFixtures.document(List.of("Some text.", "More text."), "T"));
        byte[] cut = Arrays.copyOf(pdf, pdf.length / 2);
        assertThatThrownBy(() -> read(cut)).isInstanceOf(ImportException.class).hasMessageContaining("truncated");
    }

    @Test
    void corruptPdfIsAClearError() {
        byte[] junk = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes();
        assertThatThrownBy(() -> read(junk)).isInstanceOf(ImportException.class);
    }

    @Test
    void emptyAndNonPdfAreRefused() {
        assertThatThrownBy(() -> read(new byte[0])).hasMessage("file is empty");
        assertThatThrownBy(() -> read("just text".getBytes())).hasMessageStartingWith("not a PDF");
    }

    @Test
    void sizeAndPageCapsAreEnforced() throws Exception {
        byte[] pdf = PdfFixtures.bytes(PdfFixtures.document(List.of("One.", "Two."), "T"));
        assertThatThrownBy(() -> new PdfImporter(100, 1000).read(ImportSource.of("big.pdf", pdf))).hasMessageContaining("limit");
        PDDocument doc = new PDDocument();
        for (int i = 0; i < 3; i++) {
            doc.addPage(new PDPage());
        }
        byte[] three = PdfFixtures.bytes(doc);
        assertThatThrownBy(() -> new PdfImporter(1 << 20, 2).read(ImportSource.of("p.pdf", three)))
                .hasMessageContaining("3 pages, more than the 2-page limit");
    }

    @Test
    void sniffLooksForTheHeader() {
        assertThat(importer.sniff("%PDF-1.7\n".getBytes(), "x")).isEqualTo(100);
        assertThat(importer.sniff("junk\n%PDF-1.4".getBytes(), "x")).isEqualTo(80);
        assertThat(importer.sniff("plain text".getBytes(), "x.pdf")).isZero();
    }

    @Test
    void aPdfThatDecompressesPastTheBudgetIsRefusedInOneLine() throws Exception {
        byte[] bomb = PdfFixtures.inflationBomb(8 << 20); // 8 MiB of content from a few KiB
        assertThat(bomb.length).isLessThan(100 << 10);
        PdfImporter small = new PdfImporter(64L << 20, 1000, 16L << 20, 1L << 20);
        assertThatThrownBy(() -> small.read(ImportSource.of("bomb.pdf", bomb))).isInstanceOf(ImportException.class)
                .hasMessage("decompresses to more than 1 MiB, the limit for one PDF (maxDecodedMiB); skipped")
                .satisfies(e -> assertThat(((ImportException) e).location()).isEqualTo("bomb.pdf"));
    }

    @Test
    void aPdfWithinTheDecompressionBudgetIsRead() throws Exception {
        byte[] pdf = PdfFixtures.inflationBomb(512 << 10);
        PdfImporter small = new PdfImporter(64L << 20, 1000, 16L << 20, 1L << 20);
        Article a = small.read(ImportSource.of("fine.pdf", pdf)).get(0);
        assertThat(a.text()).isEqualTo("Profits rose by 12 percent, the company said.");
    }

    @Test
    void pdfboxsFontCacheIsKeptOutOfTheHomeFolder() {
        PdfImporter.keepFontCacheOutOfHome();
        String dir = System.getProperty(PdfImporter.FONT_CACHE);
        assertThat(dir).isNotNull().startsWith(System.getProperty("java.io.tmpdir")).doesNotStartWith(System.getProperty("user.home"));
        assertThat(java.nio.file.Path.of(dir)).isDirectory();
    }
}

package org.factdesk.importer.pdf.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.factdesk.importer.testkit.PdfLayout;
import org.factdesk.importer.testkit.Wikinews;

/** Builds test PDFs with PDFBox itself: Wikinews articles laid out as a simple report. */
final class PdfFixtures {

    private PdfFixtures() {
    }

    /** Paragraphs of a Wikinews text file (blank-line separated), whitespace collapsed. */
    static List<String> paragraphs(Path file) {
        return Wikinews.paragraphs(file).stream().map(p -> p.replaceAll("\\s+", " ")).toList();
    }

    /** {@link PdfLayout#document} with a title, author and creation date. */
    static PDDocument document(List<String> paragraphs, String title) throws IOException {
        PDDocument doc = PdfLayout.document(paragraphs);
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor("Wikinews");
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.clear();
        created.set(2017, Calendar.JULY, 21, 9, 30, 0);
        info.setCreationDate(created);
        return doc;
    }

    static byte[] bytes(PDDocument doc) throws IOException {
        try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A Wikinews article laid out as a PDF report, its headline as the title. */
    static byte[] article(Path file) throws IOException {
        List<String> paras = paragraphs(file);
        return bytes(document(paras, PdfLayout.encodable(PdfLayout.font(), paras.get(0))));
    }

    static byte[] encrypted(List<String> paragraphs, String userPassword) throws IOException {
        PDDocument doc = document(paragraphs, "Secret");
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
        return bytes(doc);
    }

    /** A scanned page: the words are pixels in an image, there is no text layer. */
    static byte[] imageOnly() throws IOException {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        BufferedImage img = new BufferedImage(400, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 100);
        g.setColor(Color.BLACK);
        g.drawString("Scanned press release: profits rose 12%", 10, 50);
        g.dispose();
        PDImageXObject x = LosslessFactory.createFromImage(doc, img);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.drawImage(x, 72, 600, 400, 100);
        }
        return bytes(doc);
    }

    /**
     * An inflation bomb: one page whose FlateDecode content stream shows a line of text and then
     * {@code spaces} bytes of white space, which deflate to about a thousandth of that; and a large
     * image, which text extraction never decodes.
     */
    static byte[] inflationBomb(int spaces) throws IOException {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        org.apache.pdfbox.pdmodel.common.PDStream contents = new org.apache.pdfbox.pdmodel.common.PDStream(doc);
        try (java.io.OutputStream out = contents.createOutputStream(org.apache.pdfbox.cos.COSName.FLATE_DECODE)) {
            out.write("BT /F1 12 Tf 72 700 Td (Profits rose by 12 percent, the company said.) Tj ET\n"
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            byte[] blank = new byte[1 << 16];
            java.util.Arrays.fill(blank, (byte) ' ');
            for (int left = spaces; left > 0; left -= blank.length) {
                out.write(blank, 0, Math.min(left, blank.length));
            }
        }
        page.setContents(contents);
        org.apache.pdfbox.pdmodel.PDResources resources = new org.apache.pdfbox.pdmodel.PDResources();
        resources.put(org.apache.pdfbox.cos.COSName.getPDFName("F1"),
                new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA));
        page.setResources(resources);
        return bytes(doc);
    }
}

package org.factdesk.importer.testkit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Paragraphs laid out as a simple A4 report with PDFBox: the PDFs the PDF importer's tests and its throughput benchmark read. */
public final class PdfLayout {

    public static final float SIZE = 11;
    public static final float LEADING = 14;
    public static final float MARGIN = 72;

    private PdfLayout() {
    }

    /** @return Helvetica, one of the standard 14 fonts (no font file embedded) */
    public static PDType1Font font() {
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    }

    /** Characters Helvetica (WinAnsi) cannot show become '?', in the PDF and in the expectation alike. */
    public static String encodable(PDType1Font font, String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            try {
                font.encode(c);
                b.append(c);
            } catch (IllegalArgumentException | IOException e) {
                b.append('?');
            }
        });
        return b.toString();
    }

    /** Lays out paragraphs on A4 pages: wrapped lines, a blank line between paragraphs, kept on one page. */
    public static PDDocument document(List<String> paragraphs) throws IOException {
        PDDocument doc = new PDDocument();
        PDType1Font font = font();
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        float top = PDRectangle.A4.getHeight() - MARGIN;
        PDPageContentStream cs = null;
        float y = 0;
        for (String para : paragraphs) {
            List<String> lines = wrap(font, encodable(font, para), width);
            if (cs == null || y - lines.size() * LEADING < MARGIN) {
                if (cs != null) {
                    cs.close();
                }
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                cs = new PDPageContentStream(doc, page);
                cs.setFont(font, SIZE);
                y = top;
            }
            for (String line : lines) {
                cs.beginText();
                cs.newLineAtOffset(MARGIN, y);
                cs.showText(line);
                cs.endText();
                y -= LEADING;
            }
            y -= LEADING; // the blank line between paragraphs
        }
        if (cs != null) {
            cs.close();
        }
        return doc;
    }

    /** @return {@code text} broken into lines no wider than {@code width} points at {@link #SIZE} */
    public static List<String> wrap(PDType1Font font, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && font.getStringWidth(candidate) / 1000 * SIZE > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}

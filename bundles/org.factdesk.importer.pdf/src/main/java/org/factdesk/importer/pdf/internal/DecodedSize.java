package org.factdesk.importer.pdf.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * How large a PDF's streams are decoded, measured before PDFBox reads them: PDFBox decodes each
 * stream whole into memory, so a few MiB of FlateDecode zeros (an "inflation bomb") cost it minutes
 * and a GiB of heap. Every stream that text extraction may decode (contents, forms, fonts, CMaps,
 * object streams) is decoded here into a counter, not kept, and the sum stops at the budget.
 * Images and attached files are left out: text extraction never decodes them.
 */
final class DecodedSize {

    /** The budget is spent: the PDF decodes to more than it. */
    static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded() {
            super(null, null, false, false);
        }
    }

    /** Image codecs: a stream using one is an image, whatever its dictionary says. */
    private static final Set<COSName> IMAGE_FILTERS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
            COSName.JPX_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION, COSName.JBIG2_DECODE);

    private final long max;
    private long used;

    private DecodedSize(long max) {
        this.max = max;
    }

    /**
     * @param doc the loaded (not yet read) document
     * @param max the most bytes its streams may decode to, all together
     * @throws Exceeded if they decode to more
     */
    static void check(COSDocument doc, long max) {
        DecodedSize budget = new DecodedSize(max);
        for (Map.Entry<COSObjectKey, Long> e : new ArrayList<>(doc.getXrefTable().entrySet())) {
            if (e.getValue() == null || e.getValue() <= 0) {
                continue; // inside an object stream (never a stream itself), or free
            }
            COSBase object;
            try {
                COSObject o = doc.getObjectFromPool(e.getKey());
                object = o == null ? null : o.getObject();
            } catch (RuntimeException unreadable) {
                continue; // PDFBox deals with broken objects in its lenient way
            }
            if (object instanceof COSStream stream) {
                budget.count(stream);
            }
        }
    }

    private void count(COSStream stream) {
        if (COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))
                || COSName.EMBEDDED_FILE.equals(stream.getCOSName(COSName.TYPE))) {
            return;
        }
        List<COSName> names = filters(stream.getFilters());
        if (names.isEmpty() || names.stream().anyMatch(IMAGE_FILTERS::contains)) {
            used += Math.max(0, stream.getLength()); // stored as is: already within the size limit
            checkUsed();
            return;
        }
        try (InputStream raw = stream.createRawInputStream()) {
            InputStream in = raw;
            for (int i = 0; i < names.size(); i++) {
                Filter filter = FilterFactory.INSTANCE.getFilter(names.get(i));
                boolean last = i == names.size() - 1;
                // The last filter's output is only counted; a chain's intermediate output is kept (it is within the budget).
                Counting out = new Counting(last ? OutputStream.nullOutputStream() : new ByteArrayOutputStream());
                filter.decode(in, out, stream, i);
                if (last) {
                    break;
                }
                in = new ByteArrayInputStream(((ByteArrayOutputStream) out.target).toByteArray());
                used -= out.written; // intermediate output is not what the stream decodes to
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof Exceeded exceeded) {
                throw exceeded;
            }
            // a corrupt or unsupported stream: PDFBox reads what it can of it, or skips it
        }
        checkUsed();
    }

    private void checkUsed() {
        if (used > max) {
            throw new Exceeded();
        }
    }

    private static List<COSName> filters(COSBase f) {
        List<COSName> names = new ArrayList<>();
        if (f instanceof COSName n) {
            names.add(n);
        } else if (f instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.getObject(i) instanceof COSName n) {
                    names.add(n);
                }
            }
        }
        return names;
    }

    /** Counts into the budget as it is written, and stops the decoder as soon as the budget is spent. */
    private final class Counting extends OutputStream {
        final OutputStream target;
        long written;

        Counting(OutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            add(1);
            target.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            add(len);
            target.write(b, off, len);
        }

        private void add(long n) {
            written += n;
            used += n;
            checkUsed();
        }
    }
}

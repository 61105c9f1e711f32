package org.factdesk.importer.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factdesk.api.article.Article;
import org.factdesk.api.article.ArticleImporter;
import org.factdesk.api.article.ImportException;
import org.factdesk.api.article.ImportSource;
import org.factdesk.importer.support.ArticleText;
import org.factdesk.importer.support.SizeLimit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * PDF reports and press releases, read with Apache PDFBox: text in reading order (sorted by
 * position), paragraphs rebuilt from vertical gaps and indents, words hyphenated at line ends
 * joined again, title/author/dates from the document information.
 */
@Component(property = {ArticleImporter.FORMAT + "=pdf", ArticleImporter.EXTENSIONS + "=pdf"})
@Designate(ocd = PdfImporter.Config.class)
public class PdfImporter implements ArticleImporter {

    @ObjectClassDefinition(name = "FactDesk PDF importer")
    public @interface Config {
        @AttributeDefinition(description = "Largest file imported, in MiB; larger ones are refused rather than read.")
        int maxSizeMiB() default 100;

        @AttributeDefinition(description = "Documents with more pages are refused (a report, not a book).")
        int maxPages() default 1000;

        @AttributeDefinition(description = "Main memory PDFBox may use per document for decoded streams, in MiB; "
                + "beyond it, it spills to temp files. 0: temp files only.")
        int maxMainMemoryMiB() default 16;

        @AttributeDefinition(description = "Most a document's streams (other than images and attached files) may "
                + "decompress to, all together, in MiB; a PDF that decompresses to more (an inflation bomb) is refused "
                + "before it is read.")
        int maxDecodedMiB() default 256;
    }

    static final String FORMAT = "pdf";
    /** Marks page ends in the stripper output; never occurs in extracted text. */
    static final char PAGE = '\f';
    /** Marks paragraph ends in the stripper output. */
    static final char PARA = '\u2029';

    private final SizeLimit limit;
    private final int maxPages;
    private final MemoryUsageSetting memory;
    private final long maxDecoded;

    @Activate
    public PdfImporter(Config config) {
        this((long) config.maxSizeMiB() << 20, config.maxPages(), (long) config.maxMainMemoryMiB() << 20,
                (long) config.maxDecodedMiB() << 20);
    }

    PdfImporter(long maxBytes, int maxPages) {
        this(maxBytes, maxPages, 16L << 20, 256L << 20);
    }

    PdfImporter(long maxBytes, int maxPages, long maxMainMemory, long maxDecoded) {
        keepFontCacheOutOfHome();
        this.limit = new SizeLimit(FORMAT, maxBytes, "maxSizeMiB");
        this.maxPages = maxPages;
        this.maxDecoded = maxDecoded;
        // Bounded memory, then temp files: however large the PDF, the heap use per import stays capped.
        this.memory = maxMainMemory <= 0 ? MemoryUsageSetting.setupTempFileOnly() : MemoryUsageSetting.setupMixed(maxMainMemory);
    }

    @Override
    public int sniff(byte[] head, String location) {
        int at = indexOf(head, "%PDF-", 1024);
        return at == 0 ? 100 : at > 0 ? 80 : 0; // the spec allows junk before the header
    }

    @Override
    public List<Article> read(ImportSource source) throws ImportException {
        String where = source.location();
        Path tmp = null;
        try {
            tmp = spool(source);
            long size = Files.size(tmp);
            if (size == 0) {
                throw new ImportException(where, FORMAT, "file is empty");
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(tmp)) {
                head = in.readNBytes(1024);
            }
            if (indexOf(head, "%PDF-", 1024) < 0) {
                throw new ImportException(where, FORMAT, "not a PDF: no %PDF- header in the first 1 KiB");
            }
            if (!endsWithEof(tmp, size)) {
                // PDFBox would quietly rebuild a cut-off file and give part of the text; say so instead.
                throw new ImportException(where, FORMAT, "truncated PDF: no %%EOF marker at the end of the file");
            }
            return List.of(load(where, tmp));
        } catch (IOException e) {
            throw new ImportException(where, FORMAT, "cannot read: " + e.getMessage(), -1, -1, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temp file left behind is harmless; the import result is what matters
                }
            }
        }
    }

    private Article load(String where, Path file) throws ImportException {
        // A buffered file reader (not the whole file in memory) and a capped stream cache.
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(file), "", null, null, memory.streamCache)) {
            int pages = doc.getNumberOfPages();
            if (pages > maxPages) {
                throw new ImportException(where, FORMAT, "has " + pages + " pages, more than the " + maxPages + "-page limit");
            }
            if (pages == 0) {
                throw new ImportException(where, FORMAT, "has no pages");
            }
            try {
                DecodedSize.check(doc.getDocument(), maxDecoded);
            } catch (DecodedSize.Exceeded e) {
                throw new ImportException(where, FORMAT, "decompresses to more than " + mib(maxDecoded)
                        + ", the limit for one PDF (maxDecodedMiB); skipped");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // reading order, not content-stream order (columns, headers)
            stripper.setLineSeparator("\n");
            stripper.setParagraphStart("");
            stripper.setParagraphEnd(String.valueOf(PARA));
            stripper.setPageStart("");
            stripper.setPageEnd(String.valueOf(PAGE));
            stripper.setAddMoreFormatting(false);
            String raw = stripper.getText(doc);
            ArticleText text = Layout.paragraphs(raw);
            if (text.text().isBlank()) {
                throw new ImportException(where, FORMAT,
                        "no text layer: scanned images, OCR needed (" + pages + (pages == 1 ? " page" : " pages") + ")");
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            Map<String, String> meta = new LinkedHashMap<>();
            meta.put("pages", Integer.toString(pages));
            put(meta, "title", info.getTitle());
            put(meta, "author", info.getAuthor());
            put(meta, "subject", info.getSubject());
            put(meta, "keywords", info.getKeywords());
            put(meta, "producer", info.getProducer());
            put(meta, "created", iso(info.getCreationDate()));
            put(meta, "modified", iso(info.getModificationDate()));
            if (doc.isEncrypted()) {
                meta.put("encrypted", "owner password only");
            }
            String headline = blankToNull(info.getTitle());
            if (headline == null && text.paragraphs().size() > 1) {
                String first = text.paragraphs().get(0).in(text.text());
                headline = first.length() <= 200 ? first : null;
            }
            String language = blankToNull(doc.getDocumentCatalog().getLanguage());
            return new Article(Article.contentId(text.text()), where, FORMAT, headline, blankToNull(info.getAuthor()),
                    iso(info.getCreationDate()), language, text.text(), text.paragraphs(), meta);
        } catch (InvalidPasswordException e) {
            throw new ImportException(where, FORMAT, "encrypted, needs a password", -1, -1, e);
        } catch (IOException e) {
            throw new ImportException(where, FORMAT, "corrupt or truncated PDF: " + e.getMessage(), -1, -1, e);
        } catch (RuntimeException | StackOverflowError e) {
            // PDFBox is lenient and mostly throws IOException; hostile files can still trip it elsewhere.
            throw new ImportException(where, FORMAT, "corrupt PDF: the parser failed (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", -1, -1, e);
        }
    }

    private static boolean endsWithEof(Path file, long size) throws IOException {
        int tail = (int) Math.min(size, 16 * 1024);
        try (java.nio.channels.SeekableByteChannel ch = Files.newByteChannel(file)) {
            ch.position(size - tail);
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(tail);
            while (buf.hasRemaining() && ch.read(buf) > 0) {
                // fill the buffer
            }
            return indexOf(buf.array(), "%%EOF", tail) >= 0;
        }
    }

    /** Copies the input to a temp file, refusing it as soon as it exceeds the size cap. */
    private Path spool(ImportSource source) throws ImportException, IOException {
        limit.check(source);
        Path tmp = Files.createTempFile("factdesk-pdf-", ".pdf");
        boolean ok = false;
        // Written into the temp file as created (readable by this user only), not replaced by a new one.
        try (InputStream in = limit.limit(source.open()); OutputStream out = Files.newOutputStream(tmp)) {
            in.transferTo(out);
            ok = true;
            return tmp;
        } catch (SizeLimit.TooLarge e) {
            throw limit.tooLarge(source.location());
        } finally {
            if (!ok) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** PDFBox's font cache file, unless the JVM names one: under the temp folder, not in the user's home. */
    static final String FONT_CACHE = "pdfbox.fontcache";

    /**
     * PDFBox writes {@code .pdfbox.cache} (the fonts it found on this machine) into the user's home
     * folder unless the system property {@value #FONT_CACHE} names a folder: one of FactDesk's own
     * under the temp folder, per user, is named here (before PDFBox first looks for a font).
     */
    static synchronized void keepFontCacheOutOfHome() {
        if (System.getProperty(FONT_CACHE) != null) {
            return;
        }
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "factdesk-pdfbox-" + user);
        try {
            Files.createDirectories(dir);
            System.setProperty(FONT_CACHE, dir.toString());
        } catch (IOException | SecurityException e) {
            // PDFBox falls back to the home folder, then the temp folder, itself
        }
    }

    private static String mib(long bytes) {
        return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB" : bytes + " bytes";
    }

    private static String iso(Calendar c) {
        if (c == null) {
            return null;
        }
        int offset = c.getTimeZone().getOffset(c.getTimeInMillis()) / 1000;
        return c.toInstant().atOffset(ZoneOffset.ofTotalSeconds(offset)).toString();
    }

    private static void put(Map<String, String> meta, String key, String value) {
        if (value != null && !value.isBlank()) {
            meta.put(key, value.strip());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static int indexOf(byte[] data, String ascii, int within) {
        byte[] needle = ascii.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int last = Math.min(data.length, within) - needle.length;
        outer:
        for (int i = 0; i <= last; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

package org.factdesk.importer.text.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.factdesk.api.article.Article;
import org.factdesk.api.article.ArticleImporter;
import org.factdesk.api.article.ImportException;
import org.factdesk.api.article.ImportSource;
import org.factdesk.api.article.Paragraph;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Plain-text articles. The text is decoded (UTF-8, UTF-16 with BOM, else Windows-1252), line
 * ends are normalised to {@code \n}, and nothing else is changed, so claim offsets point into
 * the text a person sees in the file.
 */
@Component(property = {ArticleImporter.FORMAT + "=text", ArticleImporter.EXTENSIONS + "=txt",
        ArticleImporter.EXTENSIONS + "=text"})
@Designate(ocd = TextImporter.Config.class)
public class TextImporter implements ArticleImporter {

    @ObjectClassDefinition(name = "FactDesk plain-text importer")
    public @interface Config {
        @AttributeDefinition(description = "Largest file imported, in MiB; larger ones are refused rather than read.")
        int maxSizeMiB() default 64;

        @AttributeDefinition(description = "A first line at most this long, followed by a blank line, is taken as the headline.")
        int maxHeadlineLength() default 200;
    }

    static final String FORMAT = "text";

    private final long maxBytes;
    private final int maxHeadlineLength;

    @org.osgi.service.component.annotations.Activate
    public TextImporter(Config config) {
        this((long) config.maxSizeMiB() << 20, config.maxHeadlineLength());
    }

    TextImporter(long maxBytes, int maxHeadlineLength) {
        this.maxBytes = maxBytes;
        this.maxHeadlineLength = maxHeadlineLength;
    }

    @Override
    public int sniff(byte[] head, String location) {
        if (head.length == 0 || Binary.looksBinary(head)) {
            return 0;
        }
        // Any readable text is plain text; formats with structure (HTML, JSON, XML) outbid this.
        return 10;
    }

    @Override
    public List<Article> read(ImportSource source) throws ImportException {
        byte[] bytes = readAll(source);
        String where = source.location();
        if (bytes.length == 0) {
            throw new ImportException(where, FORMAT, "file is empty");
        }
        int nul = Binary.firstNul(bytes);
        if (nul >= 0 && !hasUtf16Bom(bytes)) {
            throw new ImportException(where, FORMAT, "binary data, not text (NUL byte at offset " + nul + ")");
        }
        Decoded decoded = decode(bytes);
        String text = decoded.text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw new ImportException(where, FORMAT, "file has no text (only whitespace)");
        }
        if (Binary.controlRatio(text) > 0.05) {
            throw new ImportException(where, FORMAT, "binary data, not text (too many control characters)");
        }
        List<Paragraph> paragraphs = Paragraphs.of(text);
        String headline = headline(text, paragraphs);
        return List.of(new Article(Article.contentId(text), where, FORMAT, headline, null, null, null, text,
                paragraphs, Map.of("encoding", decoded.charset.name())));
    }

    private byte[] readAll(ImportSource source) throws ImportException {
        long size = source.size();
        if (size > maxBytes) {
            throw new ImportException(source.location(), FORMAT,
                    "file is " + (size >> 20) + " MiB, larger than the " + (maxBytes >> 20) + " MiB limit");
        }
        try (InputStream in = source.open()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new ImportException(source.location(), FORMAT,
                        "input is larger than the " + (maxBytes >> 20) + " MiB limit");
            }
            return bytes;
        } catch (IOException e) {
            throw new ImportException(source.location(), FORMAT, "cannot read: " + e.getMessage(), -1, -1, e);
        }
    }

    /** The first paragraph, when it is one short line: plain-text articles put the headline there. */
    private String headline(String text, List<Paragraph> paragraphs) {
        if (paragraphs.size() < 2) {
            return null;
        }
        String first = paragraphs.get(0).in(text).strip();
        return first.length() <= maxHeadlineLength && first.indexOf('\n') < 0 ? first : null;
    }

    private record Decoded(String text, Charset charset) {
    }

    static Decoded decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (hasUtf16Bom(bytes)) {
            Charset cs = (bytes[0] & 0xFF) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            return new Decoded(new String(bytes, 2, bytes.length - 2, cs), cs);
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(s, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            // Not valid UTF-8: newsroom files that are not UTF-8 are nearly always Windows-1252.
            Charset cp1252 = Charset.forName("windows-1252");
            return new Decoded(new String(bytes, cp1252), cp1252);
        }
    }

    private static boolean hasUtf16Bom(byte[] b) {
        return b.length >= 2 && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
                || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE));
    }

    /** Paragraph boundaries in plain text. */
    static final class Paragraphs {
        private Paragraphs() {
        }

        /**
         * Blank lines separate paragraphs. Where a text has no blank lines between its lines
         * (one paragraph per line, as in the demo article), each line is a paragraph.
         */
        static List<Paragraph> of(String text) {
            List<Paragraph> blocks = split(text, true);
            boolean wrapped = blocks.stream().anyMatch(p -> text.substring(p.start(), p.end()).indexOf('\n') >= 0)
                    && averageLineLength(text) < 100;
            return wrapped ? blocks : split(text, false);
        }

        private static List<Paragraph> split(String text, boolean byBlankLines) {
            List<Paragraph> out = new ArrayList<>();
            int n = text.length();
            int i = 0;
            while (i < n) {
                while (i < n && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                int start = i;
                int end;
                if (byBlankLines) {
                    int blank = blankLineAfter(text, start);
                    end = blank < 0 ? n : blank;
                } else {
                    int nl = text.indexOf('\n', start);
                    end = nl < 0 ? n : nl;
                }
                int e = end;
                while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                out.add(new Paragraph(start, e));
                i = end;
            }
            return out;
        }

        private static int blankLineAfter(String text, int from) {
            int nl = text.indexOf('\n', from);
            while (nl >= 0) {
                int j = nl + 1;
                while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                    j++;
                }
                if (j >= text.length() || text.charAt(j) == '\n') {
                    return nl;
                }
                nl = text.indexOf('\n', j);
            }
            return -1;
        }

        private static double averageLineLength(String text) {
            String[] lines = text.split("\n");
            long chars = 0;
            int count = 0;
            for (String line : lines) {
                if (!line.isBlank()) {
                    chars += line.length();
                    count++;
                }
            }
            return count == 0 ? 0 : (double) chars / count;
        }
    }

    /** Tells text from binary data. */
    static final class Binary {
        private Binary() {
        }

        static int firstNul(byte[] b) {
            for (int i = 0; i < b.length; i++) {
                if (b[i] == 0) {
                    return i;
                }
            }
            return -1;
        }

        static boolean looksBinary(byte[] head) {
            return (firstNul(head) >= 0 && !hasUtf16Bom(head)) || controlRatio(new String(head, StandardCharsets.ISO_8859_1)) > 0.05;
        }

        /** Share of characters that are control characters other than tab, line feed, carriage return, form feed. */
        static double controlRatio(CharSequence s) {
            if (s.length() == 0) {
                return 0;
            }
            int control = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                    control++;
                }
            }
            return (double) control / s.length();
        }
    }
}

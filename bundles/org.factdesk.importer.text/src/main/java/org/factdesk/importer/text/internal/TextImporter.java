package org.factdesk.importer.text.internal;

import java.util.List;
import java.util.Map;

import org.factdesk.api.article.Article;
import org.factdesk.api.article.ArticleImporter;
import org.factdesk.api.article.ImportException;
import org.factdesk.api.article.ImportSource;
import org.factdesk.api.article.Paragraph;
import org.factdesk.importer.support.Binary;
import org.factdesk.importer.support.Decoding;
import org.factdesk.importer.support.Paragraphs;
import org.factdesk.importer.support.SizeLimit;
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

    private final SizeLimit limit;
    private final int maxHeadlineLength;

    @org.osgi.service.component.annotations.Activate
    public TextImporter(Config config) {
        this((long) config.maxSizeMiB() << 20, config.maxHeadlineLength());
    }

    TextImporter(long maxBytes, int maxHeadlineLength) {
        this.limit = new SizeLimit(FORMAT, maxBytes, "maxSizeMiB");
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
        byte[] bytes = limit.readAll(source);
        String where = source.location();
        if (bytes.length == 0) {
            throw new ImportException(where, FORMAT, "file is empty");
        }
        int nul = Binary.firstNulOutsideUtf16(bytes);
        if (nul >= 0) {
            throw new ImportException(where, FORMAT, "binary data, not text (NUL byte at offset " + nul + ")");
        }
        Decoding.Decoded decoded = Decoding.decode(bytes);
        String text = decoded.text().replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw new ImportException(where, FORMAT, "file has no text (only whitespace)");
        }
        if (Binary.hasTooManyControls(text)) {
            throw new ImportException(where, FORMAT, "binary data, not text (too many control characters)");
        }
        List<Paragraph> paragraphs = Paragraphs.of(text);
        String headline = headline(text, paragraphs);
        return List.of(new Article(Article.contentId(text), where, FORMAT, headline, null, null, null, text,
                paragraphs, Map.of("encoding", decoded.charset().name())));
    }

    /** The first paragraph, when it is one short line: plain-text articles put the headline there. */
    private String headline(String text, List<Paragraph> paragraphs) {
        if (paragraphs.size() < 2) {
            return null;
        }
        String first = paragraphs.get(0).in(text).strip();
        return first.length() <= maxHeadlineLength && first.indexOf('\n') < 0 ? first : null;
    }
}

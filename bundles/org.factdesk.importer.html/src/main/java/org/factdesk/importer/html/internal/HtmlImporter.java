package org.factdesk.importer.html.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.factdesk.api.article.Article;
import org.factdesk.api.article.ArticleImporter;
import org.factdesk.api.article.ImportException;
import org.factdesk.api.article.ImportSource;
import org.factdesk.importer.support.Binary;
import org.factdesk.importer.support.Decoding;
import org.factdesk.importer.support.SizeLimit;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Article pages saved from the web. Navigation, ads, scripts, comments, related links and
 * footers are dropped; the main text is found through {@code <article>}, schema.org markup,
 * {@code <main>} or, failing those, a readability-style score. The text is the body paragraphs
 * joined by a blank line; the headline is kept apart in {@link Article#headline()}.
 */
@Component(property = {ArticleImporter.FORMAT + "=html", ArticleImporter.EXTENSIONS + "=html",
        ArticleImporter.EXTENSIONS + "=htm"})
@Designate(ocd = HtmlImporter.Config.class)
public class HtmlImporter implements ArticleImporter {

    @ObjectClassDefinition(name = "FactDesk HTML importer")
    public @interface Config {
        @AttributeDefinition(description = "Largest page imported, in MiB; larger ones are refused rather than read.")
        int maxSizeMiB() default 64;
    }

    static final String FORMAT = "html";

    private final SizeLimit limit;

    @Activate
    public HtmlImporter(Config config) {
        this((long) config.maxSizeMiB() << 20);
    }

    HtmlImporter(long maxBytes) {
        this.limit = new SizeLimit(FORMAT, maxBytes, "maxSizeMiB");
    }

    @Override
    public int sniff(byte[] head, String location) {
        return Sniffer.score(head);
    }

    @Override
    public List<Article> read(ImportSource source) throws ImportException {
        String where = source.location();
        byte[] bytes = limit.readAll(source);
        if (bytes.length == 0) {
            throw new ImportException(where, FORMAT, "file is empty");
        }
        int nul = Binary.firstNulOutsideUtf16(bytes);
        if (nul >= 0) {
            throw new ImportException(where, FORMAT, "binary data, not an HTML page (NUL byte at offset " + nul + ")");
        }
        List<String> warnings = new ArrayList<>();
        Decoding.Decoded decoded = Charsets.decode(bytes, warnings);
        if (Binary.hasTooManyControls(decoded.text())) {
            throw new ImportException(where, FORMAT, "binary data, not an HTML page (too many control characters)");
        }

        Document doc = Parser.htmlParser().parseInput(decoded.text(), "");
        // Only the faults that lose text are worth a warning; most pages have harmless syntax errors.
        String unclosed = Truncation.unclosed(decoded.text());
        if (unclosed != null) {
            warnings.add("the page ends inside " + unclosed + "; the text after it is lost");
        } else if (Truncation.looksTruncated(decoded.text())) {
            warnings.add("the page looks truncated (it does not end with </html> or </body>); text may be missing at the end");
        }

        PageMetadata meta = PageMetadata.of(doc);
        MainText.Body body = MainText.extract(doc, meta.headline());
        if (body.paragraphs().isEmpty() && meta.articleBody() != null) {
            // The visible page has no text (an app shell filled by script), but the JSON-LD carries it.
            body = MainText.fromPlainText(meta.articleBody(), "json-ld articleBody");
        }
        if (body.paragraphs().isEmpty()) {
            throw new ImportException(where, FORMAT, "no article text found in this page");
        }

        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("encoding", decoded.charset().name());
        metadata.put("extraction", body.method());
        put(metadata, "canonical", meta.canonical());
        put(metadata, "title", meta.title());
        put(metadata, "siteName", meta.siteName());
        put(metadata, "publishedRaw", meta.published() == null ? meta.publishedRaw() : null);
        if (!warnings.isEmpty()) {
            metadata.put("warning", String.join("; ", warnings));
        }
        return List.of(new Article(Article.contentId(body.text()), where, FORMAT, meta.headline(), meta.byline(),
                meta.published(), meta.language(), body.text(), body.paragraphs(), metadata));
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }

    /** Whether a page was cut off: it opened {@code <html>} or {@code <body>} but never closed it. */
    static final class Truncation {
        private Truncation() {
        }

        static boolean looksTruncated(String html) {
            int n = html.length();
            boolean opensHtml = indexOfIgnoreCase(html, "<html", 0, Math.min(n, 4096)) >= 0;
            if (opensHtml) {
                return indexOfIgnoreCase(html, "</html", Math.max(0, n - 4096), n) < 0;
            }
            return indexOfIgnoreCase(html, "<body", 0, n) >= 0 && indexOfIgnoreCase(html, "</body", Math.max(0, n - 4096), n) < 0;
        }

        /** What an unterminated comment, script or style swallows (a browser shows nothing after it), or null. */
        static String unclosed(String html) {
            if (html.lastIndexOf("<!--") > html.lastIndexOf("-->")) {
                return "a comment (<!-- without -->)";
            }
            for (String tag : new String[] {"script", "style"}) {
                if (lastIndexOfIgnoreCase(html, "<" + tag) > lastIndexOfIgnoreCase(html, "</" + tag)) {
                    return "a <" + tag + "> element that is never closed";
                }
            }
            return null;
        }

        private static int lastIndexOfIgnoreCase(String s, String what) {
            for (int i = s.lastIndexOf('<'); i >= 0; i = i == 0 ? -1 : s.lastIndexOf('<', i - 1)) {
                if (s.regionMatches(true, i, what, 0, what.length())) {
                    return i;
                }
            }
            return -1;
        }

        /** Case-insensitive search for a tag in [from, to), without copying the page. */
        private static int indexOfIgnoreCase(String s, String what, int from, int to) {
            for (int i = s.indexOf('<', from); i >= 0 && i < to; i = s.indexOf('<', i + 1)) {
                if (s.regionMatches(true, i, what, 0, what.length())) {
                    return i;
                }
            }
            return -1;
        }
    }
}

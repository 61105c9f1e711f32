package org.factdesk.importer.ninjs.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.factdesk.api.article.Article;
import org.factdesk.importer.support.ArticleText;
import org.factdesk.importer.support.HtmlParagraphs;
import org.factdesk.importer.support.Paragraphs;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Maps a (valid) ninjs item of any version to an {@link Article}. 1.x spells fields
 * {@code headline}, {@code body_text}; 2.x uses arrays ({@code headlines[]}, {@code bodies[]});
 * 3.x the same arrays with camelCase names ({@code versionCreated}).
 */
final class NinjsMapping {

    /**
     * The top-level properties the mapping reads (1.x, 2.x and 3.x spellings) and the version
     * declaration: a schema violation anywhere else does not change the article.
     */
    static final java.util.Set<String> READ = java.util.Set.of("uri", "type", "versioncreated", "versionCreated",
            "firstcreated", "firstCreated", "contentcreated", "contentCreated", "pubstatus", "pubStatus", "copyrightholder",
            "copyrightHolder", "slugline", "language", "headline", "headlines", "title", "byline", "by", "authors",
            "creators", "bodies", "descriptions", "standard", "$standard");
    /** Families of read properties: body_text, body_html ..., headline_main, description_text ... */
    static final java.util.List<String> READ_PREFIXES = java.util.List.of("body_", "headline_", "description_");


    /** Agencies bind numbers and names with no-break spaces ("25&nbsp;000"): they stay in the text. */
    private static final HtmlParagraphs HTML = HtmlParagraphs.standard().keepingNoBreakSpaces();

    private NinjsMapping() {
    }

    static Article toArticle(String where, String format, String version, JsonNode item) {
        ArticleText body = body(item);
        String textFrom = "body";
        if (body == null) {
            // Pictures, audio and events have no body; their description (caption) is what gets checked.
            body = description(item);
            textFrom = body == null ? "none" : "description";
        }
        if (body == null) {
            body = ArticleText.EMPTY;
        }
        Map<String, String> meta = NinjsImporter.meta();
        meta.put("ninjsVersion", version);
        meta.put("textFrom", textFrom);
        put(meta, "uri", str(item, "uri"));
        put(meta, "type", str(item, "type"));
        put(meta, "versionCreated", str(item, "versioncreated", "versionCreated"));
        put(meta, "firstCreated", str(item, "firstcreated", "firstCreated"));
        put(meta, "contentCreated", str(item, "contentcreated", "contentCreated"));
        put(meta, "pubStatus", str(item, "pubstatus", "pubStatus"));
        put(meta, "copyrightHolder", str(item, "copyrightholder", "copyrightHolder"));
        put(meta, "slugline", str(item, "slugline"));
        // Publication: when the content first appeared, else when it was created, else this version.
        String published = first(str(item, "firstcreated", "firstCreated"), str(item, "contentcreated", "contentCreated"),
                str(item, "versioncreated", "versionCreated"));
        return new Article(Article.contentId(body.text()), where, format, headline(item), byline(item), published,
                str(item, "language"), body.text(), body.paragraphs(), meta);
    }

    private static String headline(JsonNode item) {
        String h = str(item, "headline");
        if (h == null) {
            h = str(item, "headline_main");
        }
        if (h == null) {
            JsonNode main = byRole(item.get("headlines"), "main");
            h = main == null ? null : str(main, "value");
        }
        if (h == null) {
            h = str(item, "title"); // events and planning items have a title, no headline
        }
        return h == null || h.isBlank() ? null : HtmlParagraphs.looksLikeHtml(h) ? fromHtml(h).text() : h.strip();
    }

    private static String byline(JsonNode item) {
        String b = first(str(item, "byline"), str(item, "by"));
        if (b != null && !b.isBlank()) {
            return b.strip();
        }
        // Later drafts and some agencies list people instead: authors[] / creators[] with a name.
        List<String> names = new ArrayList<>();
        for (String key : List.of("authors", "creators")) {
            JsonNode arr = item.get(key);
            if (arr != null && arr.isArray()) {
                for (JsonNode a : arr) {
                    String n = a.isTextual() ? a.asText() : str(a, "name");
                    if (n != null && !n.isBlank()) {
                        names.add(n.strip());
                    }
                }
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static ArticleText body(JsonNode item) {
        // 1.x: body_text, body_html, body_xhtml, body_<anything> (1.6 guide uses body_main, body_richtext).
        String plain = str(item, "body_text");
        if (plain == null) {
            plain = str(item, "body_main");
        }
        if (plain != null && !plain.isBlank()) {
            return plain(plain);
        }
        for (String key : List.of("body_html", "body_xhtml", "body_richtext")) {
            String html = str(item, key);
            if (html != null && !html.isBlank()) {
                return fromHtml(html);
            }
        }
        for (Iterator<String> it = item.fieldNames(); it.hasNext();) {
            String key = it.next();
            String v = key.startsWith("body_") ? str(item, key) : null;
            if (v != null && !v.isBlank()) {
                return HtmlParagraphs.looksLikeHtml(v) ? fromHtml(v) : plain(v);
            }
        }
        return fromArray(item.get("bodies"));
    }

    private static ArticleText description(JsonNode item) {
        String plain = str(item, "description_text");
        if (plain != null && !plain.isBlank()) {
            return plain(plain);
        }
        for (Iterator<String> it = item.fieldNames(); it.hasNext();) {
            String key = it.next();
            String v = key.startsWith("description_") ? str(item, key) : null;
            if (v != null && !v.isBlank()) {
                return HtmlParagraphs.looksLikeHtml(v) ? fromHtml(v) : plain(v);
            }
        }
        return fromArray(item.get("descriptions"));
    }

    /** From bodies[] or descriptions[]: plain text before HTML, the main role before others. */
    private static ArticleText fromArray(JsonNode arr) {
        if (arr == null || !arr.isArray() || arr.isEmpty()) {
            return null;
        }
        JsonNode best = null;
        int bestRank = Integer.MAX_VALUE;
        for (JsonNode b : arr) {
            String value = str(b, "value");
            if (value == null || value.isBlank()) {
                continue;
            }
            String type = first(str(b, "contenttype"), str(b, "contentType"));
            String role = str(b, "role");
            boolean html = type != null ? type.toLowerCase(Locale.ROOT).contains("html") : HtmlParagraphs.looksLikeHtml(value);
            boolean main = role == null || role.equalsIgnoreCase("main") || role.equalsIgnoreCase("text")
                    || role.equalsIgnoreCase("html") || role.equalsIgnoreCase("body");
            int rank = (main ? 0 : 2) + (html ? 1 : 0);
            if (rank < bestRank) {
                best = b;
                bestRank = rank;
            }
        }
        if (best == null) {
            return null;
        }
        String value = str(best, "value");
        return bestRank % 2 == 1 ? fromHtml(value) : plain(value);
    }

    private static ArticleText plain(String value) {
        String text = value.replace("\r\n", "\n").replace('\r', '\n');
        return new ArticleText(text, Paragraphs.byBlankLinesOrLines(text));
    }

    /** HTML bodies to plain text: one paragraph per block element, white space collapsed as a browser shows it. */
    private static ArticleText fromHtml(String markup) {
        return HTML.html(markup);
    }

    private static JsonNode byRole(JsonNode arr, String role) {
        if (arr == null || !arr.isArray() || arr.isEmpty()) {
            return null;
        }
        for (JsonNode n : arr) {
            if (role.equalsIgnoreCase(str(n, "role"))) {
                return n;
            }
        }
        return arr.get(0);
    }

    private static String str(JsonNode node, String... keys) {
        for (String k : keys) {
            JsonNode v = node.get(k);
            if (v != null && v.isValueNode() && !v.isNull()) {
                return v.asText();
            }
        }
        return null;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static void put(Map<String, String> meta, String key, String value) {
        if (value != null && !value.isBlank()) {
            meta.put(key, value);
        }
    }
}

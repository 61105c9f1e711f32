package org.factdesk.importer.html.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.factdesk.importer.support.Dates;
import org.factdesk.importer.support.Languages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a page says about its article, from the most deliberate source down: schema.org JSON-LD,
 * OpenGraph and article meta tags, then the page's own markup.
 */
record PageMetadata(String headline, String byline, String published, String publishedRaw, String language,
        String canonical, String title, String siteName, String articleBody) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "blogposting", "report",
            "scholarlyarticle", "techarticle", "liveblogposting");

    static PageMetadata of(Document doc) {
        Map<String, String> metas = metas(doc);
        JsonNode ld = jsonLdArticle(doc);
        String title = clean(doc.title());
        // Suppliers: the later sources cost a walk over the page each, and are rarely needed.
        String headline = first(() -> text(ld, "headline"), () -> metas.get("og:title"), () -> metas.get("twitter:title"),
                () -> firstText(doc, "article h1, [itemprop=headline], h1"), () -> title);
        String byline = first(() -> authors(ld), () -> metas.get("author"), () -> notUrl(metas.get("article:author")),
                () -> metas.get("dc.creator"), () -> firstText(doc,
                        "[itemprop=author] [itemprop=name], [itemprop=author], [rel=author], .byline, .author"));
        String rawDate = first(() -> text(ld, "datePublished"), () -> metas.get("article:published_time"),
                () -> metas.get("datepublished"), () -> attr(doc, "[itemprop=datePublished]", "content", "datetime"),
                () -> metas.get("dc.date"), () -> metas.get("date"),
                () -> attr(doc, "article time[datetime], time[pubdate]", "datetime"), () -> text(ld, "dateCreated"));
        Element html = doc.firstElementChild();
        String language = first(() -> html == null ? null : html.attr("lang"), () -> text(ld, "inLanguage"),
                () -> metas.get("http-equiv:content-language"), () -> locale(metas.get("og:locale")));
        String canonical = first(() -> attr(doc, "link[rel~=(?i)^canonical$]", "href"), () -> metas.get("og:url"),
                () -> text(ld, "url"),
                () -> ld != null && ld.path("mainEntityOfPage").isTextual() ? ld.get("mainEntityOfPage").asText() : null,
                () -> ld == null ? null : text(ld.path("mainEntityOfPage"), "@id"));
        JsonNode bodyNode = ld == null ? null : ld.get("articleBody");
        String body = bodyNode != null && bodyNode.isTextual() && !bodyNode.asText().isBlank() ? bodyNode.asText() : null;
        return new PageMetadata(headline, byline, Dates.iso(rawDate), rawDate, Languages.tag(language), canonical,
                title, metas.get("og:site_name"), body);
    }

    /** Every meta tag's content by its lower-case property, name, itemprop or "http-equiv:" name; the first one wins. */
    private static Map<String, String> metas(Document doc) {
        Map<String, String> out = new HashMap<>();
        for (Element m : doc.getElementsByTag("meta")) {
            String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name")
                    : m.hasAttr("itemprop") ? m.attr("itemprop")
                    : m.hasAttr("http-equiv") ? "http-equiv:" + m.attr("http-equiv") : null;
            String value = clean(m.attr("content"));
            if (key != null && value != null) {
                out.putIfAbsent(key.toLowerCase(Locale.ROOT), value);
            }
        }
        return out;
    }

    /** article:author may be a profile link instead of a name. */
    private static String notUrl(String s) {
        return s == null || s.startsWith("http") ? null : s;
    }

    /** The first schema.org object of an article type, looking into arrays and {@code @graph}. */
    private static JsonNode jsonLdArticle(Document doc) {
        for (Element script : doc.getElementsByTag("script")) {
            if (!script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                continue;
            }
            try {
                JsonNode found = findArticle(JSON.readTree(script.data()), 0);
                if (found != null) {
                    return found;
                }
            } catch (JsonProcessingException broken) {
                // Broken JSON-LD is common; the other sources still describe the page.
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node, int depth) {
        if (node == null || depth > 4) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode found = findArticle(n, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        JsonNode type = node.path("@type");
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
            String name = t.asText("").toLowerCase(Locale.ROOT);
            if (ARTICLE_TYPES.contains(name.substring(name.lastIndexOf('/') + 1))) {
                return node;
            }
        }
        return findArticle(node.get("@graph"), depth + 1);
    }

    private static String authors(JsonNode ld) {
        if (ld == null) {
            return null;
        }
        JsonNode a = ld.path("author");
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode n : a.isArray() ? a : List.of(a)) {
            String name = n.isTextual() ? n.asText() : n.path("name").asText("");
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode v = node.get(field);
        if (v != null && v.isArray() && !v.isEmpty()) {
            v = v.get(0);
        }
        return v != null && v.isValueNode() ? clean(v.asText()) : null;
    }

    private static String attr(Document doc, String css, String... names) {
        Element e = doc.selectFirst(css);
        if (e == null) {
            return null;
        }
        for (String n : names) {
            String v = clean(e.attr(n));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String firstText(Document doc, String css) {
        Element e = doc.selectFirst(css);
        return e == null ? null : clean(e.text());
    }

    private static String locale(String ogLocale) {
        return ogLocale == null ? null : ogLocale.replace('_', '-');
    }

    @SafeVarargs
    private static String first(Supplier<String>... sources) {
        for (Supplier<String> s : sources) {
            String v = s.get();
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }

}

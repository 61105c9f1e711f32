package org.factdesk.importer.feeds.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.factdesk.api.article.Article;
import org.factdesk.api.article.ImportException;
import org.factdesk.importer.support.ArticleText;
import org.factdesk.importer.support.Dates;
import org.factdesk.importer.support.HtmlParagraphs;
import org.factdesk.importer.support.Languages;

/** One pass over a feed's events: channel facts first, then one article per item or entry. */
final class FeedParser {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    static final String DC = "http://purl.org/dc/elements/1.1/";

    private final XMLStreamReader xml;
    private final String where;
    private final int maxItems;
    private final boolean declaresEntities;
    private final List<String> warnings;

    private final Deque<String> open = new ArrayDeque<>();
    private final Deque<String> langs = new ArrayDeque<>();
    private String feedTitle;
    private int skipped;
    private String channelLanguage;

    FeedParser(XMLStreamReader xml, String where, int maxItems, boolean declaresEntities, List<String> warnings) {
        this.xml = xml;
        this.where = where;
        this.maxItems = maxItems;
        this.declaresEntities = declaresEntities;
        this.warnings = warnings;
    }

    /** Fields of one item as found; turned into an article at its end tag. */
    private static final class Item {
        String title;
        String link;
        String guid;
        String author;
        String published;
        String updated;
        String encoded;
        String content;
        String contentType;
        String description;
        String summary;
        String summaryType;
        String lang;
        int line;
    }

    List<Article> articles() throws XMLStreamException, ImportException {
        List<Article> out = new ArrayList<>();
        String root = null;
        Item item = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD && declaresEntities) {
                throw error("the feed declares entities in a DTD (<!ENTITY>); refused, because entity expansion "
                        + "and external entities can exhaust memory or read local files");
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if (item != null && isItem(name)) {
                    Article a = article(item, out.size() + skipped);
                    if (a == null) {
                        skipped++;
                    } else {
                        out.add(a);
                    }
                    item = null;
                }
                open.pollLast();
                langs.pollLast();
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            String ns = xml.getNamespaceURI();
            String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
            if (root == null) {
                root = name;
                if (!(name.equals("rss") || name.equals("feed") || name.equals("RDF"))) {
                    throw error("not a feed: the document is <" + xml.getName().toString().replaceAll("\\{.*}", "")
                            + ">, not <rss>, Atom <feed> or RSS 1.0 <rdf:RDF>");
                }
            }
            if (item == null && isItem(name)) {
                if (out.size() + skipped >= maxItems) {
                    throw error("the feed has more than " + maxItems + " items, the configured limit (maxItems)");
                }
                item = new Item();
                item.lang = lang != null ? lang : langs.isEmpty() ? null : langs.peekLast();
                item.line = xml.getLocation().getLineNumber();
                push(name, lang);
                continue;
            }
            if (item != null) {
                field(item, name, ns);
                continue;
            }
            String parent = open.peekLast();
            if (name.equals("title") && ("channel".equals(parent) || "feed".equals(parent))) {
                feedTitle = clean(text());
                continue;
            }
            if (name.equals("language") && "channel".equals(parent) || name.equals("language") && DC.equals(ns)) {
                channelLanguage = clean(text());
                continue;
            }
            push(name, lang);
        }
        if (root == null) {
            throw new ImportException(where, FeedImporter.FORMAT, "no XML elements: this is not a feed");
        }
        if (out.isEmpty()) {
            throw new ImportException(where, FeedImporter.FORMAT, skipped > 0
                    ? "none of the feed's " + skipped + " items has a title or text" : "the feed has no items or entries");
        }
        return out;
    }

    private void push(String name, String lang) {
        open.addLast(name);
        langs.addLast(lang != null ? lang : langs.isEmpty() ? "" : langs.peekLast());
    }

    private static boolean isItem(String name) {
        return name.equals("item") || name.equals("entry");
    }

    /** Reads one child element of an item completely (its end tag included). */
    private void field(Item item, String name, String ns) throws XMLStreamException {
        boolean atom = ATOM.equals(ns);
        switch (name) {
            case "title" -> item.title = title(markup(typeOf()));
            case "link" -> {
                if (atom || xml.getAttributeValue(null, "href") != null) {
                    String rel = xml.getAttributeValue(null, "rel");
                    String href = xml.getAttributeValue(null, "href");
                    if (href != null && (rel == null || rel.equals("alternate")) && item.link == null) {
                        item.link = href.strip();
                    }
                    skip();
                } else {
                    item.link = first(item.link, clean(text()));
                }
            }
            case "guid", "id" -> item.guid = clean(text());
            case "author" -> item.author = first(item.author, atom ? atomPerson() : rssAuthor(clean(text())));
            case "creator" -> item.author = DC.equals(ns) ? first(item.author, clean(text())) : skipAndNull(item.author);
            case "pubDate", "published", "issued" -> item.published = first(item.published, clean(text()));
            case "date" -> item.published = DC.equals(ns) ? first(item.published, clean(text())) : skipAndNull(item.published);
            case "updated", "modified" -> item.updated = first(item.updated, clean(text()));
            case "encoded" -> item.encoded = CONTENT.equals(ns) ? markup("html") : skipAndNull(item.encoded);
            case "content" -> {
                String type = typeOf();
                item.contentType = type;
                item.content = markup(type);
            }
            case "description" -> item.description = markup("html");
            case "summary" -> {
                String type = typeOf();
                item.summaryType = type;
                item.summary = markup(type);
            }
            default -> skip();
        }
    }

    private String skipAndNull(String keep) throws XMLStreamException {
        skip();
        return keep;
    }

    /** Atom's type attribute, normalised to text, html or xhtml; RSS bodies are HTML. */
    private String typeOf() {
        String type = xml.getAttributeValue(null, "type");
        if (type == null) {
            return "text";
        }
        type = type.toLowerCase(Locale.ROOT);
        return type.contains("xhtml") ? "xhtml" : type.contains("html") ? "html" : "text";
    }

    private String title(String markup) {
        return markup == null ? null : clean(HtmlParagraphs.looksLikeHtml(markup) ? org.jsoup.Jsoup.parseBodyFragment(markup).text() : markup);
    }

    /** Atom {@code <author><name>}; the email only when there is no name. */
    private String atomPerson() throws XMLStreamException {
        String name = null;
        String email = null;
        int depth = 1;
        while (depth > 0) {
            int e = xml.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                String n = xml.getLocalName();
                if (n.equals("name")) {
                    name = clean(text());
                } else if (n.equals("email")) {
                    email = clean(text());
                } else {
                    depth++;
                }
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return first(name, email);
    }

    /** RSS authors are email addresses, often "jo@example.org (Jo Bloggs)": the name is what a reader wants. */
    private static String rssAuthor(String s) {
        if (s == null) {
            return null;
        }
        int open = s.indexOf('(');
        int close = s.lastIndexOf(')');
        return open >= 0 && close > open + 1 ? s.substring(open + 1, close).strip() : s;
    }

    /** The text content of an element, child elements ignored; leaves the reader on its end tag. */
    private String text() throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int e = xml.next();
            switch (e) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> sb.append(xml.getText());
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                default -> {
                }
            }
        }
        return sb.toString();
    }

    /**
     * An element's content as HTML: escaped HTML (RSS descriptions, Atom type="html") is taken as
     * it is; child elements (Atom xhtml, or sloppy RSS with raw tags) are written back as tags.
     */
    private String markup(String type) throws XMLStreamException {
        boolean xhtml = type.equals("xhtml");
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int e = xml.next();
            switch (e) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    String t = xml.getText();
                    sb.append(xhtml ? HtmlParagraphs.escape(t) : t);
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    sb.append('<').append(xml.getLocalName());
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        sb.append(' ').append(xml.getAttributeLocalName(i)).append("=\"")
                                .append(HtmlParagraphs.escape(xml.getAttributeValue(i))).append('"');
                    }
                    sb.append('>');
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    if (depth > 0) {
                        sb.append("</").append(xml.getLocalName()).append('>');
                    }
                }
                default -> {
                }
            }
        }
        String s = sb.toString();
        if (type.equals("text") && !s.isBlank()) {
            return HtmlParagraphs.escape(s).replace("\n", "<br>"); // plain text keeps its line breaks as paragraph breaks
        }
        return s.isBlank() ? null : s;
    }

    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int e = xml.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** @return the item's article, or null if it has neither text nor title */
    private Article article(Item item, int index) {
        List<String> itemWarnings = new ArrayList<>(warnings);
        String body = first(item.encoded, item.content, item.description, item.summary);
        ArticleText text = body == null ? ArticleText.EMPTY : paragraphs(body);
        if (text.paragraphs().isEmpty()) {
            if (item.title == null) {
                return null; // nothing to check at all: skipped, and counted
            }
            // A link-only item: its title is the only text there is to check.
            text = paragraphs(HtmlParagraphs.escape(item.title));
            itemWarnings.add("the item has no body; its text is its title");
        }
        String source = item.link != null ? item.link : item.guid != null && item.guid.startsWith("http") ? item.guid
                : where + "#item" + (index + 1);
        String rawDate = first(item.published, item.updated);
        String published = Dates.iso(rawDate);
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("feed", where);
        meta.put("item", Integer.toString(index + 1));
        meta.put("line", Integer.toString(item.line));
        putIf(meta, "feedTitle", feedTitle);
        putIf(meta, "guid", item.guid);
        putIf(meta, "updated", Dates.iso(item.updated));
        if (published == null && rawDate != null) {
            meta.put("publishedRaw", rawDate);
        }
        if (!itemWarnings.isEmpty()) {
            meta.put("warning", String.join("; ", itemWarnings));
        }
        String lang = item.lang != null && !item.lang.isEmpty() ? item.lang : channelLanguage;
        return new Article(Article.contentId(text.text()), source, FeedImporter.FORMAT, item.title, item.author,
                published, Languages.tag(lang), text.text(), text.paragraphs(), meta);
    }

    /** Item bodies (HTML in nearly every feed, else plain text with blank lines between paragraphs) to paragraphs. */
    static ArticleText paragraphs(String body) {
        if (HtmlParagraphs.looksLikeHtml(body)) {
            return HtmlParagraphs.standard().html(body);
        }
        return HtmlParagraphs.standard().paragraphs(Arrays.asList(body.replace("\r\n", "\n").split("\n[ \t]*\n")));
    }

    private static void putIf(Map<String, String> m, String k, String v) {
        if (v != null && !v.isBlank()) {
            m.put(k, v);
        }
    }

    private ImportException error(String message) {
        Location l = xml.getLocation();
        return new ImportException(where, FeedImporter.FORMAT, message, l == null ? -1 : l.getLineNumber(),
                l == null ? -1 : l.getColumnNumber(), null);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = HtmlParagraphs.collapseWhitespace(s).strip();
        return t.isEmpty() ? null : t;
    }
}

package org.factdesk.importer.feeds.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.factdesk.api.article.Paragraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Item bodies (HTML in nearly every feed) to paragraphs: one per block, blank-line separated. */
final class Html {

    record Text(String text, List<Paragraph> paragraphs) {
        static final Text EMPTY = new Text("", List.of());
    }

    private static final Pattern TAG_OR_ENTITY = Pattern.compile("<[A-Za-z/!]|&(#?[A-Za-z0-9]+);");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table", "tr",
            "td", "th", "caption", "hr", "address", "center", "details", "summary", "header", "footer", "aside", "body");
    /** Never text: scripts, styles and embedded players some feeds carry in their bodies. */
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "iframe", "object", "embed",
            "svg", "canvas", "form", "button", "select", "textarea", "head", "title", "meta", "link");

    private Html() {
    }

    static boolean isHtml(String s) {
        return TAG_OR_ENTITY.matcher(s).find();
    }

    static Text paragraphs(String body) {
        Collector c = new Collector();
        if (!isHtml(body)) {
            for (String part : body.replace("\r\n", "\n").split("\n[ \t]*\n")) {
                c.add(collapse(part).strip());
            }
            return c.text();
        }
        Element root = Jsoup.parseBodyFragment(body).body();
        c.walk(root, false);
        c.flush();
        return c.text();
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** Runs of white space to one space, kept at either end: the caller decides about the edges. */
    static String collapse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\u00A0') {
                space = true;
            } else {
                if (space) {
                    sb.append(' ');
                }
                space = false;
                sb.append(ch);
            }
        }
        if (space) {
            sb.append(' ');
        }
        return sb.toString();
    }

    /** Gathers inline text into paragraphs and paragraphs into the article text, with their offsets. */
    private static final class Collector {
        private final StringBuilder text = new StringBuilder();
        private final List<Paragraph> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();

        void walk(Node node, boolean pre) {
            if (node instanceof TextNode t) {
                String s = pre ? t.getWholeText() : collapse(t.getWholeText());
                if (!pre && s.startsWith(" ") && (current.length() == 0 || endsWithSpace(current))) {
                    s = s.substring(1);
                }
                current.append(s);
                return;
            }
            if (!(node instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            if (tag.equals("br")) {
                current.append('\n');
                return;
            }
            if (SKIP.contains(tag)) {
                return;
            }
            boolean block = BLOCKS.contains(tag);
            if (block) {
                flush();
            }
            for (Node child : e.childNodes()) {
                walk(child, pre || tag.equals("pre"));
            }
            if (block) {
                flush();
            }
        }

        private static boolean endsWithSpace(CharSequence s) {
            char last = s.charAt(s.length() - 1);
            return last == ' ' || last == '\n';
        }

        void flush() {
            if (current.length() == 0) {
                return;
            }
            String block = current.toString();
            current.setLength(0);
            // Two line breaks in a row separate paragraphs in bodies written without <p>.
            for (String part : block.split("\n[ \t]*\n")) {
                add(stripLines(part));
            }
        }

        private static String stripLines(String s) {
            StringBuilder sb = new StringBuilder(s.length());
            for (String line : s.split("\n")) {
                String l = line.strip();
                if (!l.isEmpty()) {
                    if (sb.length() > 0) {
                        sb.append('\n');
                    }
                    sb.append(l);
                }
            }
            return sb.toString();
        }

        void add(String p) {
            if (p.isEmpty()) {
                return;
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(p);
            paragraphs.add(new Paragraph(start, text.length()));
        }

        Text text() {
            return new Text(text.toString(), List.copyOf(paragraphs));
        }
    }
}

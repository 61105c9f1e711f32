package org.factdesk.importer.ninjs.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.factdesk.api.article.Paragraph;
import org.factdesk.importer.ninjs.internal.NinjsMapping.Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML bodies to plain text: one paragraph per block element (p, h1-h6, li, blockquote ...),
 * whitespace collapsed as a browser would, paragraphs separated by a blank line.
 */
final class Html {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "aside",
            "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "figure",
            "figcaption", "table", "tr", "td", "th", "caption", "hr", "address", "main", "nav");
    private static final Set<String> SKIP = Set.of("script", "style", "template", "noscript", "head");

    private Html() {
    }

    static boolean looksLikeHtml(String s) {
        int lt = s.indexOf('<');
        return lt >= 0 && lt + 1 < s.length() && (Character.isLetter(s.charAt(lt + 1)) || s.charAt(lt + 1) == '/');
    }

    static Text toText(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        Collector c = new Collector();
        NodeTraversor.traverse(c, body);
        c.flush();
        return new Text(c.out.toString(), List.copyOf(c.paragraphs));
    }

    private static final class Collector implements NodeVisitor {
        final StringBuilder out = new StringBuilder();
        final List<Paragraph> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private int skipDepth;
        private int preDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (SKIP.contains(tag)) {
                    skipDepth++;
                } else if (skipDepth == 0) {
                    if (BLOCKS.contains(tag)) {
                        flush();
                        if (tag.equals("pre")) {
                            preDepth++;
                        }
                    } else if (tag.equals("br")) {
                        trimTrailingSpace();
                        current.append('\n');
                    }
                }
            } else if (node instanceof TextNode t && skipDepth == 0) {
                if (preDepth > 0) {
                    current.append(t.getWholeText());
                } else {
                    appendCollapsed(t.getWholeText());
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (SKIP.contains(tag)) {
                    skipDepth--;
                } else if (skipDepth == 0 && BLOCKS.contains(tag)) {
                    flush();
                    if (tag.equals("pre")) {
                        preDepth--;
                    }
                }
            }
        }

        private void appendCollapsed(String s) {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (Character.isWhitespace(ch)) {
                    int len = current.length();
                    if (len > 0 && current.charAt(len - 1) != ' ' && current.charAt(len - 1) != '\n') {
                        current.append(' ');
                    }
                } else {
                    current.append(ch);
                }
            }
        }

        private void trimTrailingSpace() {
            while (current.length() > 0 && current.charAt(current.length() - 1) == ' ') {
                current.setLength(current.length() - 1);
            }
        }

        /** Ends the paragraph being collected, if it has any text. */
        void flush() {
            String p = current.toString().strip();
            current.setLength(0);
            if (p.isEmpty()) {
                return;
            }
            if (out.length() > 0) {
                out.append("\n\n");
            }
            int start = out.length();
            out.append(p);
            paragraphs.add(new Paragraph(start, out.length()));
        }
    }
}

package org.factdesk.importer.support;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * HTML to article text, as a reader sees it: one paragraph per block element ({@code p}, {@code h1}
 * to {@code h6}, {@code li}, {@code blockquote}, {@code td} ...), and a paragraph break where two line
 * breaks ({@code <br><br>}) follow each other; inline elements and white space collapse to single
 * spaces as a browser shows them (a no-break space counts as white space unless
 * {@link #keepingNoBreakSpaces()}); lines within a paragraph
 * ({@code <br>}) are kept as {@code \n}; scripts, styles, embedded objects and form controls are
 * never text. Paragraphs are joined by a blank line, as {@link ArticleText.Builder} does.
 *
 * <p>Instances are immutable rules, safe to share between threads; {@link #standard()} gives the
 * rules above, the {@code without...} methods copies that drop more. The traversal is iterative, so
 * deeply nested markup cannot overflow the stack.
 */
public final class HtmlParagraphs {

    /** Elements that start and end a paragraph. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table", "tr",
            "td", "th", "caption", "hr", "address", "center", "details", "summary", "hgroup", "tbody", "thead", "tfoot",
            "fieldset", "header", "footer", "aside", "nav", "body", "html");
    /** Never text: scripts, styles, embedded players and form controls. */
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "iframe", "object", "embed",
            "svg", "canvas", "form", "button", "select", "textarea", "head", "title", "meta", "link");
    private static final Pattern TAG_OR_ENTITY = Pattern.compile("<[A-Za-z/!]|&(#?[A-Za-z0-9]+);");
    private static final HtmlParagraphs STANDARD = new HtmlParagraphs(true, false, null, Double.POSITIVE_INFINITY, p -> false);

    private final boolean noBreakSpaceIsSpace;
    private final boolean withoutLeadingHeading;
    private final String headline;
    private final double maxLinkShare;
    private final Predicate<String> drop;

    private HtmlParagraphs(boolean noBreakSpaceIsSpace, boolean withoutLeadingHeading, String headline, double maxLinkShare,
            Predicate<String> drop) {
        this.noBreakSpaceIsSpace = noBreakSpaceIsSpace;
        this.withoutLeadingHeading = withoutLeadingHeading;
        this.headline = headline;
        this.maxLinkShare = maxLinkShare;
        this.drop = drop;
    }

    /** @return the rules described above, dropping nothing else */
    public static HtmlParagraphs standard() {
        return STANDARD;
    }

    /**
     * No-break spaces bind what they stand between ({@code "25&nbsp;000"}, {@code "Dr.&nbsp;Smith"}):
     * keep them as characters ({@code U+00A0}) in the text instead of collapsing them into white space.
     *
     * @return rules that keep no-break spaces
     */
    public HtmlParagraphs keepingNoBreakSpaces() {
        return new HtmlParagraphs(false, withoutLeadingHeading, headline, maxLinkShare, drop);
    }

    /**
     * A page's {@code <h1>} above its text is its title: kept apart as the headline, not as text.
     *
     * @return rules that skip an {@code h1} element met before the first paragraph
     */
    public HtmlParagraphs withoutLeadingHeading() {
        return new HtmlParagraphs(noBreakSpaceIsSpace, true, headline, maxLinkShare, drop);
    }

    /**
     * Pages repeat their headline above the body.
     *
     * @param headline the article's headline, or {@code null} for none
     * @return rules that drop a first paragraph equal to {@code headline} (ignoring case and white space)
     */
    public HtmlParagraphs withoutHeadline(String headline) {
        return new HtmlParagraphs(noBreakSpaceIsSpace, withoutLeadingHeading, headline, maxLinkShare, drop);
    }

    /**
     * Lists of links ("related", "read more") are not prose.
     *
     * @param maxLinkShare the largest share of a block's text that may be link text, for example 0.5
     * @return rules that drop a block whose link text is a larger share of its text
     */
    public HtmlParagraphs withoutLinkLists(double maxLinkShare) {
        return new HtmlParagraphs(noBreakSpaceIsSpace, withoutLeadingHeading, headline, maxLinkShare, drop);
    }

    /**
     * @param paragraph paragraphs to drop (for example the label "Advertisement"), tested on the
     *                  paragraph's final text; in addition to those dropped already
     * @return rules that drop them
     */
    public HtmlParagraphs without(Predicate<String> paragraph) {
        Objects.requireNonNull(paragraph, "paragraph");
        Predicate<String> before = drop;
        return new HtmlParagraphs(noBreakSpaceIsSpace, withoutLeadingHeading, headline, maxLinkShare,
                p -> before.test(p) || paragraph.test(p));
    }

    /**
     * @param markup an HTML fragment or page body, for example a feed item's description; never {@code null}
     * @return its paragraphs; {@link ArticleText#EMPTY} if it has no text
     */
    public ArticleText html(String markup) {
        return collect(List.of(Jsoup.parseBodyFragment(markup).body()));
    }

    /**
     * @param roots elements (or other nodes) of a parsed page whose text is the article, in page order
     * @return their paragraphs, in order; {@link ArticleText#EMPTY} if they have no text
     */
    public ArticleText collect(Collection<? extends Node> roots) {
        Collector c = new Collector();
        for (Node root : roots) {
            NodeTraversor.filter(c, root);
            c.flush();
        }
        return c.text.build();
    }

    /**
     * Plain-text paragraphs through the same rules: each one's white space collapsed, stripped, and
     * dropped if empty or by the rules.
     *
     * @param paragraphs the paragraphs' texts, in order
     * @return them as an article text
     */
    public ArticleText paragraphs(Collection<String> paragraphs) {
        Collector c = new Collector();
        for (String p : paragraphs) {
            c.add(collapse(p, noBreakSpaceIsSpace).strip());
        }
        return c.text.build();
    }

    /**
     * @param s text that may be HTML; never {@code null}
     * @return whether it has a tag ({@code <p}, {@code </}, {@code <!--}) or a character reference ({@code &amp;})
     */
    public static boolean looksLikeHtml(String s) {
        return TAG_OR_ENTITY.matcher(s).find();
    }

    /**
     * Runs of white space (space, tab, line feed, carriage return, form feed, no-break space) to one
     * space, kept at either end (one space at most): the caller decides about the edges.
     *
     * @param s the text; never {@code null}
     * @return the collapsed text
     */
    public static String collapseWhitespace(String s) {
        return collapse(s, true);
    }

    private static String collapse(String s, boolean noBreakSpaceIsSpace) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\u00A0' && noBreakSpaceIsSpace) {
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
            sb.append(' '); // an all-blank run becomes one space too: it separates inline elements
        }
        return sb.toString();
    }

    /**
     * @param s text; never {@code null}
     * @return it with {@code < > & "} escaped, safe as HTML text or attribute value
     */
    public static String escape(String s) {
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

    /** Walks blocks, gathering inline text into paragraphs and paragraphs into the article text. */
    private final class Collector implements NodeFilter {
        final ArticleText.Builder text = ArticleText.builder();
        private final String repeatedHeadline = headline == null ? null : collapse(headline, noBreakSpaceIsSpace).strip();
        private final StringBuilder current = new StringBuilder();
        private int linkChars;
        private int linkDepth;
        private int preDepth;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = preDepth > 0 ? t.getWholeText() : collapse(t.getWholeText(), noBreakSpaceIsSpace);
                if (preDepth == 0 && s.startsWith(" ") && (current.length() == 0 || endsWithSpace(current))) {
                    s = s.substring(1);
                }
                current.append(s);
                if (linkDepth > 0) {
                    linkChars += s.length();
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE; // comments and script data are not text
            }
            String tag = e.normalName();
            if (tag.equals("br")) {
                current.append('\n');
                return FilterResult.SKIP_ENTIRELY;
            }
            if (SKIP.contains(tag) || withoutLeadingHeading && tag.equals("h1") && text.isEmpty()) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (BLOCKS.contains(tag)) {
                flush();
            }
            if (tag.equals("pre")) {
                preDepth++;
            } else if (tag.equals("a")) {
                linkDepth++;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("pre")) {
                    preDepth--;
                } else if (tag.equals("a")) {
                    linkDepth--;
                }
                if (BLOCKS.contains(tag)) {
                    flush();
                }
            }
            return FilterResult.CONTINUE;
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
            double linkShare = (double) linkChars / Math.max(1, block.strip().length());
            current.setLength(0);
            linkChars = 0;
            if (linkShare > maxLinkShare) {
                return;
            }
            // Two line breaks in a row separate paragraphs in markup written without <p>.
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
            if (p.isEmpty() || drop.test(p)) {
                return;
            }
            if (text.isEmpty() && repeatedHeadline != null && p.equalsIgnoreCase(repeatedHeadline)) {
                return; // the headline repeated above the body
            }
            text.add(p);
        }
    }
}

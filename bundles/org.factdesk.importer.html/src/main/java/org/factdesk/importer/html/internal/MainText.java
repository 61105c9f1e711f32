package org.factdesk.importer.html.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.factdesk.api.article.Paragraph;
import org.factdesk.importer.support.ArticleText;
import org.factdesk.importer.support.HtmlParagraphs;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds a page's article text and turns it into paragraphs. Boilerplate goes first (by element,
 * role and class names, as readability does); then the body is taken from {@code itemprop=articleBody},
 * {@code <article>} or {@code <main>}, and otherwise from the block that scores highest on text,
 * commas and paragraphs with few links.
 *
 * <p>Everything here is linear in the size of the page and iterative (hostile pages nest tens of
 * thousands of elements deep): text lengths are measured once per page ({@link TextStats}), not per
 * element, and no step walks the tree recursively. Ties are broken in page order, so a page gives the
 * same text on every run.
 */
final class MainText {

    record Body(String text, List<Paragraph> paragraphs, String method) {
    }

    /** Class or id words of boilerplate that never holds the article, however it is nested. */
    private static final Pattern STRONG_JUNK = Pattern.compile("comment|cookie|consent|gdpr|related|advert|sponsor|"
            + "share|social|newsletter|promo|outbrain|taboola|recommend|disqus|paywall|subscribe|byline|dateline|"
            + "author|timestamp|breadcrumb|(^|[\\s_-])(ads?|ad-slot|adslot|dfp|tags?|most-read|popular|trending)([\\s_-]|$)");
    /** Class or id words of page furniture, unless the same names also say "content" (readability's rule). */
    private static final Pattern UNLIKELY = Pattern.compile("banner|combx|community|cover-wrap|extra|foot|header|"
            + "legends|menu|remark|replies|rss|shoutbox|sidebar|skyscraper|supplemental|ad-break|agegate|pagination|"
            + "pager|popup|modal|widget|(^|[\\s_-])nav|masthead|toolbar|skip");
    private static final Pattern MAYBE = Pattern.compile("article|body|column|content|main|story|entry|text|post");
    private static final Pattern POSITIVE = Pattern.compile("article|body|content|entry|main|page|post|text|blog|story");
    private static final Pattern LABELS = Pattern.compile(
            "(?i)(advertisement|advertisement\\W+scroll to continue|sponsored( content)?|skip advertisement|ad)");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table", "tr",
            "td", "th", "caption", "hr", "address", "center", "details", "summary", "hgroup", "tbody", "thead", "tfoot",
            "fieldset", "header", "footer", "aside", "nav", "form", "body", "html");
    /**
     * Paragraphs of the article body: the page title ({@code <h1>} above the text) and the headline
     * repeated are not text, nor are lists of links or advertisement labels.
     */
    private static final HtmlParagraphs RULES = HtmlParagraphs.standard().withoutLeadingHeading().withoutLinkLists(0.5)
            .without(p -> LABELS.matcher(p).matches());

    private MainText() {
    }

    static Body extract(Document doc, String headline) {
        Element body = doc.body();
        if (body == null) {
            return new Body("", List.of(), "none");
        }
        clean(body);
        Body found = firstWithText(body, headline, "[itemprop=articleBody]", "itemprop=articleBody");
        if (found == null) {
            found = firstWithText(body, headline, "article", "article");
        }
        if (found == null) {
            found = firstWithText(body, headline, "main, [role=main]", "main");
        }
        if (found == null) {
            List<Element> roots = scored(body, TextStats.measure(doc));
            if (!roots.isEmpty()) {
                found = collect(roots, headline, "score");
            }
        }
        if (found == null || found.paragraphs().isEmpty()) {
            found = collect(List.of(body), headline, "body");
        }
        return found;
    }

    /** The longest of the matching elements, if it holds a real text (not a teaser card). */
    private static Body firstWithText(Element body, String headline, String css, String method) {
        Elements matches = body.select(css);
        Body best = null;
        for (Element e : outermost(body, matches)) { // one nested inside another match: the outer one is the article
            Body b = collect(List.of(e), headline, method);
            if (best == null || b.text().length() > best.text().length()) {
                best = b;
            }
        }
        return best != null && best.text().length() >= 140 ? best : null;
    }

    /** The matches that are not inside another match, in page order; one walk over the page, however deep. */
    private static List<Element> outermost(Element body, Elements matches) {
        if (matches.size() <= 1) {
            return matches;
        }
        Set<Element> match = Collections.newSetFromMap(new IdentityHashMap<>());
        match.addAll(matches);
        List<Element> outer = new ArrayList<>();
        int[] inside = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e && match.contains(e)) {
                    if (inside[0] == 0) {
                        outer.add(e);
                    }
                    inside[0]++;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && match.contains(e)) {
                    inside[0]--;
                }
            }
        }, body);
        return outer;
    }

    /** Plain text (JSON-LD articleBody): blank lines separate paragraphs, or, where it has none, line breaks. */
    static Body fromPlainText(String plain, String method) {
        String normal = plain.replace("\r\n", "\n").replace('\r', '\n');
        String[] parts = normal.contains("\n\n") ? normal.split("\n\\s*\n") : normal.split("\n");
        return body(RULES.paragraphs(Arrays.asList(parts)), method);
    }

    // ---- cleaning

    private static final Set<String> JUNK_TAGS = Set.of("script", "style", "noscript", "template", "iframe", "object",
            "embed", "svg", "canvas", "form", "button", "input", "select", "textarea", "nav", "aside", "footer", "header",
            "dialog", "menu", "link", "meta");
    private static final Set<String> JUNK_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary", "search",
            "dialog", "alertdialog", "menu", "menubar");

    /**
     * One pass over the tree that drops everything that is never article text: depth first, each
     * element's children from last to first, an element judged before its children. Iterative, with
     * an explicit stack, so that deep nesting cannot overflow the thread's stack.
     */
    private static void clean(Element body) {
        RawLengths lengths = new RawLengths(body); // measured once, and only if a class name looks like boilerplate
        Deque<Element> parents = new ArrayDeque<>();
        Deque<int[]> next = new ArrayDeque<>();
        parents.push(body);
        next.push(new int[] {body.childNodeSize() - 1});
        while (!parents.isEmpty()) {
            int i = next.peek()[0]--;
            if (i < 0) {
                parents.pop();
                next.pop();
                continue;
            }
            Node child = parents.peek().childNode(i);
            if (child instanceof Comment) {
                child.remove();
            } else if (child instanceof Element e) {
                if (isJunk(e, lengths)) {
                    e.remove();
                } else {
                    parents.push(e);
                    next.push(new int[] {e.childNodeSize() - 1});
                }
            }
        }
    }

    /**
     * The text lengths (white space included) of the body and of its elements, measured in one pass
     * the first time one is asked for. An element is asked for before anything inside it is removed,
     * so its length is the one it has then; the body's is the one it has when first asked for.
     */
    private static final class RawLengths {
        private final Element body;
        private Map<Element, Integer> lengths;

        RawLengths(Element body) {
            this.body = body;
        }

        int body() {
            return of(body);
        }

        int of(Element e) {
            if (lengths == null) {
                lengths = measure(body);
            }
            return lengths.getOrDefault(e, 0);
        }

        private static Map<Element, Integer> measure(Element root) {
            Map<Element, Integer> lengths = new IdentityHashMap<>(); // looked up only, never iterated
            Deque<int[]> open = new ArrayDeque<>();
            int[] total = {0};
            NodeTraversor.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                    if (node instanceof TextNode t) {
                        total[0] += t.getWholeText().length();
                    } else if (node instanceof Element) {
                        open.push(new int[] {total[0]});
                    }
                }

                @Override
                public void tail(Node node, int depth) {
                    if (node instanceof Element e) {
                        lengths.put(e, total[0] - open.pop()[0]);
                    }
                }
            }, root);
            return lengths;
        }
    }

    private static boolean isJunk(Element e, RawLengths lengths) {
        if (JUNK_TAGS.contains(e.normalName())) {
            return true;
        }
        if (e.attributesSize() == 0) {
            return false;
        }
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))
                || e.hasAttr("role") && JUNK_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (e.hasAttr("style")) {
            String style = e.attr("style").replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
            if (style.contains("display:none") || style.contains("visibility:hidden")) {
                return true;
            }
        }
        if (isContainerTag(e) || !(e.hasAttr("class") || e.hasAttr("id"))) {
            return false; // elements that name the article itself are never boilerplate
        }
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        boolean junk = STRONG_JUNK.matcher(names).find() || UNLIKELY.matcher(names).find() && !MAYBE.matcher(names).find();
        if (!junk) {
            return false;
        }
        // A wrapper around most of the page named e.g. "social-enabled" is not the boilerplate itself.
        int bodyText = lengths.body();
        return lengths.of(e) * 2 < bodyText && e.selectFirst("article, main, [itemprop=articleBody]") == null;
    }

    private static boolean isContainerTag(Element e) {
        String t = e.normalName();
        return t.equals("body") || t.equals("html") || t.equals("article") || t.equals("main")
                || e.hasAttr("itemprop") && e.attr("itemprop").equalsIgnoreCase("articleBody");
    }

    // ---- readability-style scoring

    /** The best-scoring block and those of its siblings that score nearly as well, in page order. */
    private static List<Element> scored(Element body, TextStats stats) {
        // In page order (jsoup elements are equal only to themselves): the first of equal scores wins on every run.
        Map<Element, double[]> scores = new LinkedHashMap<>();
        for (Element e : body.select("p, pre, td, blockquote, div")) {
            if (e.normalName().equals("div") && hasBlockChild(e)) {
                continue;
            }
            int length = stats.length(e);
            if (length < 25) {
                continue;
            }
            double score = 1 + stats.commas(e) + Math.min(length / 100.0, 3);
            Element parent = e.parent();
            if (parent == null) {
                continue;
            }
            scores.computeIfAbsent(parent, MainText::initial)[0] += score;
            Element grand = parent.parent();
            if (grand != null) {
                scores.computeIfAbsent(grand, MainText::initial)[0] += score / 2;
            }
        }
        Element top = null;
        double topScore = 0;
        for (Map.Entry<Element, double[]> s : scores.entrySet()) {
            double v = s.getValue()[0] * (1 - stats.linkDensity(s.getKey()));
            s.getValue()[0] = v;
            if (v > topScore) {
                top = s.getKey();
                topScore = v;
            }
        }
        if (top == null) {
            return List.of();
        }
        Element parent = top.parent();
        if (parent == null || top == body) {
            return List.of(top);
        }
        List<Element> roots = new ArrayList<>();
        double threshold = Math.max(10, topScore * 0.2);
        for (Element sibling : parent.children()) {
            double[] s = scores.get(sibling);
            if (sibling == top || s != null && s[0] >= threshold || sibling.normalName().equals("p")
                    && stats.length(sibling) > 80 && stats.linkDensity(sibling) < 0.25) {
                roots.add(sibling);
            }
        }
        return roots;
    }

    private static double[] initial(Element e) {
        double base = switch (e.normalName()) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (POSITIVE.matcher(names).find()) {
            base += 25;
        }
        if (UNLIKELY.matcher(names).find() || STRONG_JUNK.matcher(names).find()) {
            base -= 25;
        }
        return new double[] {base};
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            if (BLOCKS.contains(c.normalName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the score needs of each element's text, for all elements in one pass over the page: the
     * length of its text as {@link Element#text()} gives it (white space collapsed, a space between
     * blocks, trimmed), its commas and the length of its link text. Asking {@code text()} of every
     * scored element instead costs time in the square of the nesting depth.
     */
    static final class TextStats implements NodeVisitor {
        /** The elements scored, the only ones whose numbers are kept (with their parents and grandparents). */
        static final Set<String> SCORED = Set.of("p", "pre", "td", "blockquote", "div");

        private final Map<Element, int[]> stats = new IdentityHashMap<>(); // looked up only, never iterated
        /** Per open element (the path from the root): where its text started, and whether its numbers are kept. */
        private int[] startChars = new int[64];
        private int[] startCommas = new int[64];
        private int[] startLinks = new int[64];
        private boolean[] keep = new boolean[64];
        private int open;
        private int chars;
        private int commas;
        private int links;
        private int linkDepth;
        private boolean space;
        /** Whether the space waiting is link text (it came up inside a link). */
        private boolean spaceInLink;

        static TextStats measure(Node root) {
            TextStats s = new TextStats();
            NodeTraversor.traverse(s, root);
            return s;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String text = t.getWholeText();
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0') {
                        pendSpace();
                    } else {
                        emit(c);
                    }
                }
            } else if (node instanceof Element e) {
                if (e.isBlock() || e.normalName().equals("br")) {
                    pendSpace();
                }
                if (e.normalName().equals("a")) {
                    linkDepth++;
                }
                // A space waiting before the element's first character is written before it, not in it.
                int lead = space && chars > 0 ? 1 : 0;
                if (open == startChars.length) {
                    int n = open * 2;
                    startChars = Arrays.copyOf(startChars, n);
                    startCommas = Arrays.copyOf(startCommas, n);
                    startLinks = Arrays.copyOf(startLinks, n);
                    keep = Arrays.copyOf(keep, n);
                }
                startChars[open] = chars + lead;
                startCommas[open] = commas;
                startLinks[open] = links + (spaceInLink ? lead : 0);
                keep[open] = SCORED.contains(e.normalName());
                open++;
            }
        }

        private void pendSpace() {
            if (!space) {
                space = true;
                spaceInLink = linkDepth > 0;
            }
        }

        private void emit(char c) {
            boolean separated = space && chars > 0;
            chars += separated ? 2 : 1;
            if (linkDepth > 0) {
                links += separated && spaceInLink ? 2 : 1;
            }
            space = false;
            if (c == ',') {
                commas++;
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                int at = --open;
                if (keep[at]) {
                    stats.put(e, new int[] {Math.max(0, chars - startChars[at]), commas - startCommas[at],
                        Math.max(0, links - startLinks[at])});
                }
                if (SCORED.contains(e.normalName())) { // a scored element adds to its parent and grandparent
                    for (int up = at - 1; up >= Math.max(0, at - 2); up--) {
                        keep[up] = true;
                    }
                }
                keep[at] = false;
                if (e.normalName().equals("a")) {
                    linkDepth--;
                }
                if (e.isBlock()) {
                    pendSpace();
                }
            }
        }

        private int[] of(Element e) {
            int[] s = stats.get(e);
            if (s == null) { // not a scored element nor above one: measured on its own
                TextStats own = measure(e);
                s = own.stats.getOrDefault(e, own.total());
                stats.put(e, s);
            }
            return s;
        }

        private int[] total() {
            return new int[] {chars, commas, links};
        }

        int length(Element e) {
            return of(e)[0];
        }

        int commas(Element e) {
            return of(e)[1];
        }

        /** The share of an element's text that is link text, 0 to 1. */
        double linkDensity(Element e) {
            int[] s = of(e);
            return s[0] == 0 ? 0 : Math.min(1, (double) s[2] / s[0]);
        }
    }

    // ---- paragraphs

    private static Body collect(List<Element> roots, String headline, String method) {
        return body(RULES.withoutHeadline(headline).collect(roots), method);
    }

    private static Body body(ArticleText text, String method) {
        return new Body(text.text(), text.paragraphs(), method);
    }
}

package org.factdesk.importer.html.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
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

/**
 * Finds a page's article text and turns it into paragraphs. Boilerplate goes first (by element,
 * role and class names, as readability does); then the body is taken from {@code itemprop=articleBody},
 * {@code <article>} or {@code <main>}, and otherwise from the block that scores highest on text,
 * commas and paragraphs with few links.
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
            List<Element> roots = scored(body);
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
        for (Element e : matches) {
            if (e.parents().stream().anyMatch(matches::contains)) {
                continue; // nested inside another match: the outer one is the article
            }
            Body b = collect(List.of(e), headline, method);
            if (best == null || b.text().length() > best.text().length()) {
                best = b;
            }
        }
        return best != null && best.text().length() >= 140 ? best : null;
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

    /** One pass over the tree that drops everything that is never article text. */
    private static void clean(Element body) {
        int[] bodyText = {-1}; // measured once, and only if a class name looks like boilerplate
        prune(body, body, bodyText);
    }

    private static void prune(Element body, Element parent, int[] bodyText) {
        for (int i = parent.childNodeSize() - 1; i >= 0; i--) {
            Node child = parent.childNode(i);
            if (child instanceof Comment) {
                child.remove();
            } else if (child instanceof Element e) {
                if (isJunk(body, e, bodyText)) {
                    e.remove();
                } else {
                    prune(body, e, bodyText);
                }
            }
        }
    }

    private static boolean isJunk(Element body, Element e, int[] bodyText) {
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
        if (bodyText[0] < 0) {
            bodyText[0] = textLength(body);
        }
        return e.selectFirst("article, main, [itemprop=articleBody]") == null && textLength(e) * 2 < bodyText[0];
    }

    private static int textLength(Node node) {
        int n = 0;
        for (Node c : node.childNodes()) {
            n += c instanceof TextNode t ? t.getWholeText().length() : c instanceof Element ? textLength(c) : 0;
        }
        return n;
    }

    private static boolean isContainerTag(Element e) {
        String t = e.normalName();
        return t.equals("body") || t.equals("html") || t.equals("article") || t.equals("main")
                || e.hasAttr("itemprop") && e.attr("itemprop").equalsIgnoreCase("articleBody");
    }

    // ---- readability-style scoring

    /** The best-scoring block and those of its siblings that score nearly as well, in page order. */
    private static List<Element> scored(Element body) {
        Map<Element, double[]> scores = new IdentityHashMap<>();
        for (Element e : body.select("p, pre, td, blockquote, div")) {
            if (e.normalName().equals("div") && hasBlockChild(e)) {
                continue;
            }
            String text = e.text();
            if (text.length() < 25) {
                continue;
            }
            double score = 1 + countCommas(text) + Math.min(text.length() / 100.0, 3);
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
            double v = s.getValue()[0] * (1 - linkDensity(s.getKey()));
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
                    && sibling.text().length() > 80 && linkDensity(sibling) < 0.25) {
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

    private static int countCommas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ',') {
                n++;
            }
        }
        return n;
    }

    private static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1, (double) links / all);
    }

    // ---- paragraphs

    private static Body collect(List<Element> roots, String headline, String method) {
        return body(RULES.withoutHeadline(headline).collect(roots), method);
    }

    private static Body body(ArticleText text, String method) {
        return new Body(text.text(), text.paragraphs(), method);
    }
}

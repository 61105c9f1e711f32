package org.factdesk.bench.importers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.factdesk.api.article.ImportSource;
import org.factdesk.importer.html.internal.HtmlImporter;
import org.factdesk.measure.ThroughputTable;

/**
 * Measures HTML import throughput on one thread: realistic article pages (the Wikinews texts inside
 * navigation, ads, scripts, JSON-LD and comments), warm, median of several passes. Writes its row
 * into the {@code import-html-feeds} section of {@code docs/benchmarks.md}.
 *
 * <p>From the repository root, after {@code mvn -q -o -pl bench package}:
 * {@code java -cp 'bench/target/classes:bench/target/lib/*' org.factdesk.bench.importers.HtmlThroughput WIKINEWS_DIR docs/benchmarks.md}
 * (WIKINEWS_DIR: the Wikinews data set, or its {@code articles} folder).
 */
public final class HtmlThroughput {

    static final String COMMAND = ImportBench.JAVA + "HtmlThroughput WIKINEWS_DIR docs/benchmarks.md";

    private HtmlThroughput() {
    }

    public static void main(String[] args) throws Exception {
        ImportBench.run("HtmlThroughput", "WIKINEWS_DIR BENCHMARKS_MD", args, HtmlThroughput::run);
    }

    private static void run(String[] args) throws Exception {
        ImportBench.expect(args, 2, "the Wikinews articles, the benchmarks page");
        List<Path> texts = ImportBench.wikinewsArticles(args[0]);
        Path doc = ImportBench.docsPage(args[1]);
        List<byte[]> pages = pages(texts);
        long bytes = pages.stream().mapToLong(p -> p.length).sum();
        HtmlImporter importer = new HtmlImporter(ImportBench.defaults(HtmlImporter.Config.class));
        ThroughputTable.Result r = ThroughputTable.measure(10, 21, () -> {
            for (int i = 0; i < pages.size(); i++) {
                importer.read(ImportSource.of("page" + i + ".html", pages.get(i)));
            }
        });
        String input = pages.size() + " article pages (Wikinews texts with nav, ads, scripts, JSON-LD, comments, related links)";
        String row = ImportBench.HTML_FEEDS.row("html", input, bytes, r);
        System.out.println(row);
        ImportBench.HTML_FEEDS.write(doc, "html", List.of(row), "`" + COMMAND + "`");
        System.out.println("written to " + doc);
    }

    static List<byte[]> pages(List<Path> texts) throws IOException {
        List<String[]> articles = new ArrayList<>();
        for (Path f : texts) {
            articles.add(Files.readString(f).split("\n\n"));
        }
        List<byte[]> pages = new ArrayList<>();
        for (String[] a : articles) {
            pages.add(page(a).getBytes(StandardCharsets.UTF_8));
        }
        return pages;
    }

    /** A page as news sites build them: more furniture than article. */
    static String page(String[] paragraphs) {
        String headline = escape(paragraphs[0].strip());
        StringBuilder sb = new StringBuilder(16_384);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(headline)
                .append(" - News</title>\n<meta property=\"og:title\" content=\"").append(headline).append("\">\n")
                .append("<meta property=\"article:published_time\" content=\"2020-05-01T10:00:00Z\">\n")
                .append("<link rel=\"canonical\" href=\"https://news.example/a\">\n<style>body{margin:0}.ad{height:250px}")
                .append(".nav li{display:inline}</style>\n<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",")
                .append("\"@type\":\"NewsArticle\",\"headline\":\"").append(headline.replace("\"", "\\\""))
                .append("\",\"datePublished\":\"2020-05-01T10:00:00Z\",\"author\":{\"@type\":\"Person\",\"name\":\"Staff\"}}</script>\n")
                .append("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());")
                .append("</script>\n</head><body>\n<div class=\"cookie-banner\">We use cookies. <button>Accept</button></div>\n")
                .append("<header><nav class=\"nav\"><ul>");
        for (String s : List.of("World", "Politics", "Business", "Science", "Sport", "Culture", "Opinion")) {
            sb.append("<li><a href=\"/").append(s.toLowerCase()).append("\">").append(s).append("</a></li>");
        }
        sb.append("</ul></nav></header>\n<main><article><header><h1>").append(headline)
                .append("</h1><p class=\"byline\">By Staff</p></header>\n");
        for (int i = 1; i < paragraphs.length; i++) {
            sb.append("<p>").append(escape(paragraphs[i].strip())).append("</p>\n");
            if (i % 6 == 0) {
                sb.append("<div class=\"ad\"><!-- ad slot --><script>googletag.cmd.push(function(){googletag.display('ad-")
                        .append(i).append("')})</script>Advertisement</div>\n");
            }
        }
        sb.append("<div class=\"related\"><h3>Related</h3><ul>");
        for (int i = 0; i < 5; i++) {
            sb.append("<li><a href=\"/r/").append(i).append("\">Related story number ").append(i).append("</a></li>");
        }
        sb.append("</ul></div></article>\n<aside class=\"sidebar\"><h2>Most read</h2><ol>");
        for (int i = 0; i < 8; i++) {
            sb.append("<li><a href=\"/m/").append(i).append("\">Most read story ").append(i).append("</a></li>");
        }
        sb.append("</ol></aside></main>\n<section class=\"comments\"><h2>Comments</h2><p>Great article, thanks.</p>")
                .append("<p>I disagree with the second paragraph.</p></section>\n<footer><p>&copy; 2020 News Example. ")
                .append("All rights reserved.</p></footer>\n<script src=\"/app.js\"></script>\n</body></html>\n");
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

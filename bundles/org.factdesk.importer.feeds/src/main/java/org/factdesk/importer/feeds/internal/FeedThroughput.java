package org.factdesk.importer.feeds.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.factdesk.api.article.ImportSource;
import org.factdesk.measure.ThroughputTable;

/**
 * Measures feed import throughput on one thread: generated RSS 2.0 and Atom feeds of news items
 * with HTML bodies, warm, median of several passes. Writes its rows into the
 * {@code import-html-feeds} section of {@code docs/benchmarks.md}.
 *
 * <p>Argument: {@code [benchmarks.md]}, found from the working directory when left out.
 */
public final class FeedThroughput {

    /** The section both the HTML and the feed importer fill, each with its own rows. */
    static final ThroughputTable TABLE = new ThroughputTable("import-html-feeds", "## Import throughput: HTML and feeds", 10,
            "bundles/org.factdesk.importer.html,bundles/org.factdesk.importer.feeds");
    static final String COMMAND = "mvn -q -o -pl bundles/org.factdesk.importer.feeds exec:java "
            + "-Dexec.mainClass=org.factdesk.importer.feeds.internal.FeedThroughput -Dexec.classpathScope=compile";

    private FeedThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Path doc = args.length > 0 ? Path.of(args[0]) : ThroughputTable.find("docs/benchmarks.md");
        FeedImporter importer = new FeedImporter(64L << 20, 50_000);
        List<String> rows = new ArrayList<>();
        for (String kind : List.of("RSS 2.0", "Atom")) {
            byte[] feed = (kind.equals("Atom") ? Generated.atom(2_000, 3) : Generated.rss(2_000, 3)).getBytes(StandardCharsets.UTF_8);
            ThroughputTable.Result r = ThroughputTable.measure(10, 21, () -> {
                if (importer.read(ImportSource.of("bench.xml", feed)).size() != 2_000) {
                    throw new IllegalStateException("wrong item count");
                }
            });
            String row = TABLE.row("feed", kind + ", 2,000 items, 3 HTML paragraphs each", feed.length, r);
            System.out.println(row);
            rows.add(row);
        }
        if (doc != null) {
            TABLE.write(doc, "feed", rows, "`" + COMMAND + "`");
            System.out.println("written to " + doc);
        }
    }
}

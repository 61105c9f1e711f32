package org.factdesk.bench.importers;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.factdesk.api.article.ImportSource;
import org.factdesk.importer.feeds.internal.FeedImporter;
import org.factdesk.importer.testkit.GeneratedFeeds;
import org.factdesk.measure.ThroughputTable;

/**
 * Measures feed import throughput on one thread: generated RSS 2.0 and Atom feeds of news items
 * with HTML bodies, warm, median of several passes. Writes its rows into the
 * {@code import-html-feeds} section of {@code docs/benchmarks.md}.
 *
 * <p>From the repository root, after {@code mvn -q -o -pl bench package}:
 * {@code java -cp 'bench/target/classes:bench/target/lib/*' org.factdesk.bench.importers.FeedThroughput docs/benchmarks.md}
 * (the feeds are generated: no data directory).
 */
public final class FeedThroughput {

    static final String COMMAND = ImportBench.JAVA + "FeedThroughput docs/benchmarks.md";

    private FeedThroughput() {
    }

    public static void main(String[] args) throws Exception {
        ImportBench.run("FeedThroughput", "BENCHMARKS_MD", args, FeedThroughput::run);
    }

    private static void run(String[] args) throws Exception {
        ImportBench.expect(args, 1, "the benchmarks page");
        Path doc = ImportBench.docsPage(args[0]);
        FeedImporter importer = new FeedImporter(ImportBench.defaults(FeedImporter.Config.class));
        List<String> rows = new ArrayList<>();
        for (String kind : List.of("RSS 2.0", "Atom")) {
            byte[] feed = (kind.equals("Atom") ? GeneratedFeeds.atom(2_000, 3) : GeneratedFeeds.rss(2_000, 3))
                    .getBytes(StandardCharsets.UTF_8);
            ThroughputTable.Result r = ThroughputTable.measure(10, 21, () -> {
                if (importer.read(ImportSource.of("bench.xml", feed)).size() != 2_000) {
                    throw new IllegalStateException("wrong item count");
                }
            });
            String row = ImportBench.HTML_FEEDS.row("feed", kind + ", 2,000 items, 3 HTML paragraphs each", feed.length, r);
            System.out.println(row);
            rows.add(row);
        }
        ImportBench.HTML_FEEDS.write(doc, "feed", rows, "`" + COMMAND + "`");
        System.out.println("written to " + doc);
    }
}

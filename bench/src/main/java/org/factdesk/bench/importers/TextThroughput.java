package org.factdesk.bench.importers;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.factdesk.api.article.ImportSource;
import org.factdesk.importer.text.internal.TextImporter;
import org.factdesk.measure.DocsSection;

/**
 * Plain-text import throughput, MB/s per core (input bytes per second of the thread's CPU time),
 * on the Wikinews articles. From the repository root, after {@code mvn -q -o -pl bench package}:
 * {@code java -cp 'bench/target/classes:bench/target/lib/*' org.factdesk.bench.importers.TextThroughput WIKINEWS_DIR docs/benchmarks.md}
 * (WIKINEWS_DIR: the Wikinews data set, or its {@code articles} folder). Writes only its own section of the file.
 */
public final class TextThroughput {

    private TextThroughput() {
    }

    public static void main(String[] args) throws Exception {
        ImportBench.run("TextThroughput", "WIKINEWS_DIR BENCHMARKS_MD", args, TextThroughput::run);
    }

    private static void run(String[] args) throws Exception {
        ImportBench.expect(args, 2, "the Wikinews articles, the benchmarks page");
        List<Path> files = ImportBench.wikinewsArticles(args[0]);
        Path out = ImportBench.docsPage(args[1]);
        List<byte[]> inputs = new ArrayList<>();
        long bytes = 0;
        for (Path p : files) {
            byte[] b = Files.readAllBytes(p);
            inputs.add(b);
            bytes += b.length;
        }
        TextImporter importer = new TextImporter(ImportBench.defaults(TextImporter.Config.class));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) { // warm-up: let the JIT finish
            for (byte[] b : inputs) {
                importer.read(ImportSource.of("x.txt", b));
            }
        }
        List<Double> rates = new ArrayList<>();
        for (int rep = 0; rep < 11; rep++) {
            long cpu = threads.getCurrentThreadCpuTime();
            for (int pass = 0; pass < 20; pass++) {
                for (byte[] b : inputs) {
                    importer.read(ImportSource.of("x.txt", b));
                }
            }
            double seconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            rates.add(bytes * 20 / 1e6 / seconds);
        }
        rates.sort(Double::compare);
        double median = rates.get(rates.size() / 2);
        String section = String.format(Locale.ROOT, """
                ## Import throughput: plain text

                `%s` then `%sTextThroughput WIKINEWS_DIR docs/benchmarks.md`
                (WIKINEWS_DIR: the Wikinews data set or its `articles` folder)

                The %d Wikinews articles (%d bytes), 20 passes per repetition, 11 repetitions after 5 s of warm-up, one
                thread; MB/s per core = input bytes / thread CPU time. Decoding (UTF-8 check), line-end normalisation,
                paragraph and headline detection, content hash.

                | format | median MB/s per core | min | max | target | result |
                |---|--:|--:|--:|--:|---|
                | plain text | %.1f | %.1f | %.1f | 50 | %s |
                """, ImportBench.BUILD, ImportBench.JAVA, inputs.size(), bytes, median, rates.get(0), rates.get(rates.size() - 1),
                median >= 50 ? "PASS" : "FAIL");
        DocsSection.write(out, "import-text", section);
        System.out.printf(Locale.ROOT, "plain text: %.1f MB/s per core%n", median);
    }
}

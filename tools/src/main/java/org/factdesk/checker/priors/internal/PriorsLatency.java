package org.factdesk.checker.priors.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.factdesk.measure.DocsSection;
import org.factdesk.tools.Command;

/**
 * {@code PriorsLatency CLAIM_RETRIEVAL_DIR [REPORT]}: warm, single-thread query latency of the
 * prior fact-checks index at about 10k and 100k archive entries; writes its section of
 * docs/benchmarks.md. The 10k archive is the 10,375 Snopes claims of the claim-retrieval data;
 * the 100k archive adds nine synthetic variants of each (one word dropped, two words of another
 * claim added, fixed seed), so term statistics stay realistic. Queries are the 997 train and dev tweets.
 * The data is research-only and never in the repository. Run from the repository root, after
 * {@code mvn -B -pl tools -am install}: {@code java -cp "tools/target/factdesk-tools.jar:tools/target/lib/*"
 * org.factdesk.checker.priors.internal.PriorsLatency CLAIM_RETRIEVAL_DIR docs/benchmarks.md}
 */
public final class PriorsLatency {

    static final String NAME = "PriorsLatency";
    static final String USAGE = "CLAIM_RETRIEVAL_DIR [REPORT_FILE]";

    private PriorsLatency() {
    }

    public static void main(String[] args) throws Exception {
        Command.main(NAME, USAGE, 1, 2, args, PriorsLatency::run);
    }

    static void run(List<String> args, PrintStream out) throws IOException {
        RetrievalData data = RetrievalData.read(Path.of(args.get(0)));
        List<String> queries = new ArrayList<>();
        data.splits().values().forEach(qs -> qs.forEach(q -> queries.add(q.text())));
        StringBuilder md = new StringBuilder("## Prior fact-checks: query latency\n\n");
        md.append("Generated ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
                .append(" UTC by `").append(EvaluatePriors.command(PriorsLatency.class, args))
                .append("` (rewrites only this section; Java ")
                .append(System.getProperty("java.version")).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" CPUs, load average ").append(String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
                .append(" at start; a small, noisy 2-core machine: read the medians).\n\n");
        md.append("One query = what the checker does per claim: clean and analyse the text, BM25 top ").append(PriorIndex.RERANK_DEPTH)
                .append(" over claim and title, similarity of each, re-rank, keep ").append(PriorsChecker.DEFAULT_MAX).append(". ")
                .append(queries.size()).append(" tweets (train + dev) as queries, all run twice to warm up, then ")
                .append("three measured passes, single thread, in-memory index (ByteBuffersDirectory, one segment). ")
                .append("*Build* is the one-off cost of the first check (index built lazily), archive already parsed.\n\n");
        md.append("| archive | entries | build ms | p50 ms | p90 ms | p99 ms | max ms |\n|---|--:|--:|--:|--:|--:|--:|\n");
        List<PriorCheck> small = data.claims();
        row("10k: the Snopes verified claims", small, queries, md);
        row("100k: the same + 9 synthetic variants each", grow(small, 9, new Random(42)), queries, md);
        md.append("\nSynthetic variants share the vocabulary of the real claims, so posting lists grow about tenfold as in a real ")
                .append("100k archive; a real archive has more distinct terms and would, if anything, be faster per query.\n");
        if (args.size() > 1) {
            DocsSection.write(Path.of(args.get(1)), "priors", md.toString());
            out.println("wrote the priors section of " + args.get(1));
        } else {
            out.println(md);
        }
    }

    static List<PriorCheck> grow(List<PriorCheck> base, int variants, Random random) {
        List<PriorCheck> out = new ArrayList<>(base);
        for (int v = 0; v < variants; v++) {
            for (PriorCheck c : base) {
                List<String> words = new ArrayList<>(Arrays.asList(c.claim().split("\\s+")));
                if (words.size() > 3) {
                    words.remove(random.nextInt(words.size()));
                }
                String[] other = base.get(random.nextInt(base.size())).claim().split("\\s+");
                for (int i = 0; i < 2; i++) {
                    words.add(random.nextInt(words.size() + 1), other[random.nextInt(other.length)]);
                }
                out.add(new PriorCheck(String.join(" ", words), c.rating(), c.url(), c.title(), c.date(), c.publisher(), c.source() + "~" + v));
            }
        }
        return out;
    }

    static void row(String name, List<PriorCheck> archive, List<String> queries, StringBuilder md) {
        long t0 = System.nanoTime();
        PriorIndex index = PriorIndex.build(archive, PriorIndex.Options.BEST);
        double build = (System.nanoTime() - t0) / 1e6;
        for (int pass = 0; pass < 2; pass++) {
            queries.forEach(q -> index.search(q, PriorsChecker.DEFAULT_MAX, Set.of()));
        }
        double[] ms = new double[queries.size() * 3];
        int i = 0;
        for (int pass = 0; pass < 3; pass++) {
            for (String q : queries) {
                long s = System.nanoTime();
                index.search(q, PriorsChecker.DEFAULT_MAX, Set.of());
                ms[i++] = (System.nanoTime() - s) / 1e6;
            }
        }
        Arrays.sort(ms);
        md.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.2f | %.2f | %.2f | %.2f |%n", name, archive.size(), build,
                pct(ms, 50), pct(ms, 90), pct(ms, 99), ms[ms.length - 1]));
        System.err.println(md.substring(md.lastIndexOf("| " + name)));
    }

    /** Nearest-rank percentile of sorted values. */
    static double pct(double[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p / 100 * sorted.length) - 1)];
    }
}

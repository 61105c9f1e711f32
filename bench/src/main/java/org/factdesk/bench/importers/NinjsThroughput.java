package org.factdesk.bench.importers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.factdesk.api.article.ImportException;
import org.factdesk.api.article.ImportSource;
import org.factdesk.importer.ninjs.internal.NinjsImporter;
import org.factdesk.measure.DocsSection;

/**
 * ninjs import throughput on one core: every IPTC and agency example (AP, dpa, NTB, TT, SIPA,
 * Business Wire, IPTC guide), read warm on a single thread, median of repetitions, with and
 * without JSON Schema validation. Writes its table into docs/benchmarks.md.
 *
 * <p>From the repository root, after {@code mvn -q -o -pl bench package}:
 * {@code java -cp 'bench/target/classes:bench/target/lib/*' org.factdesk.bench.importers.NinjsThroughput NINJS_DIR docs/benchmarks.md},
 * NINJS_DIR being IPTC's examples: the test kit's copy ({@link ImportBench#NINJS_DIR}) or a checkout of iptc/newsinjson.
 */
public final class NinjsThroughput {

    static final double TARGET_MB_S = 50;

    private NinjsThroughput() {
    }

    public static void main(String[] args) throws Exception {
        ImportBench.run("NinjsThroughput", "NINJS_DIR BENCHMARKS_MD", args, NinjsThroughput::run);
    }

    private static void run(String[] args) throws Exception {
        ImportBench.expect(args, 2, "IPTC's ninjs examples, the benchmarks page");
        Path data = ImportBench.directory(args[0], "IPTC's ninjs examples: examples/ and documentation/includes/examples/");
        Path md = ImportBench.docsPage(args[1]);
        for (String dir : FOLDERS) {
            if (!Files.isDirectory(data.resolve(dir))) {
                throw new ImportBench.UsageError("no " + dir + " in " + data.toAbsolutePath().normalize() + " (IPTC's ninjs examples)");
            }
        }
        List<ImportSource> corpus = corpus(data);
        long bytes = 0;
        for (ImportSource s : corpus) {
            bytes += s.size();
        }
        NinjsImporter validating = new NinjsImporter(ImportBench.defaults(NinjsImporter.Config.class));
        NinjsImporter plain = new NinjsImporter(ImportBench.config(NinjsImporter.Config.class, Map.of("validate", false)));
        Result[] results = measure(List.of(validating, plain), corpus);
        Result withValidation = results[0];
        Result without = results[1];
        String table = table(corpus.size(), bytes, withValidation, without);
        System.out.println(table);
        DocsSection.writeBlock(md, ImportBench.NINJS_PDF, ImportBench.NINJS_PDF_SKELETON, "ninjs", table);
        System.out.println("wrote " + md.toAbsolutePath().normalize());
    }

    record Result(double medianMs, double minMs, double maxMs, int reps, int roundsPerRep) {
        double mbPerS(long bytes) {
            return bytes * (double) roundsPerRep / 1e6 / (medianMs / 1000);
        }
    }

    /**
     * Warms each importer up, then measures them in alternation, repetition by repetition, so
     * that load from other processes on the machine hits both alike.
     */
    static Result[] measure(List<NinjsImporter> importers, List<ImportSource> corpus) throws ImportException {
        int n = importers.size();
        int[] roundsPerRep = new int[n];
        for (int k = 0; k < n; k++) {
            // Warm-up: about 3 s each, so the JIT has compiled parser, validator and mapping.
            long until = System.nanoTime() + 3_000_000_000L;
            int rounds = 0;
            long t0 = System.nanoTime();
            while (System.nanoTime() < until) {
                if (until - System.nanoTime() > 1_000_000_000L) {
                    t0 = System.nanoTime(); // calibrate on the last second only, when the JIT is done
                    rounds = 0;
                }
                round(importers.get(k), corpus);
                rounds++;
            }
            double perRoundMs = (System.nanoTime() - t0) / 1e6 / rounds;
            roundsPerRep[k] = Math.max(1, (int) Math.ceil(200 / perRoundMs)); // each repetition ~200 ms
        }
        int reps = 21;
        double[][] ms = new double[n][reps];
        for (int r = 0; r < reps; r++) {
            for (int k = 0; k < n; k++) {
                long s = System.nanoTime();
                for (int i = 0; i < roundsPerRep[k]; i++) {
                    round(importers.get(k), corpus);
                }
                ms[k][r] = (System.nanoTime() - s) / 1e6;
            }
        }
        Result[] out = new Result[n];
        for (int k = 0; k < n; k++) {
            Arrays.sort(ms[k]);
            out[k] = new Result(ms[k][reps / 2], ms[k][0], ms[k][reps - 1], reps, roundsPerRep[k]);
        }
        return out;
    }

    private static int sink;

    private static void round(NinjsImporter importer, List<ImportSource> corpus) throws ImportException {
        for (ImportSource s : corpus) {
            sink += importer.read(s).size();
        }
    }

    /** The example folders read, from ninjs 1.4 to 3.1. */
    static final List<String> FOLDERS = List.of("examples/1.4", "examples/2.1", "examples/3.0", "documentation/includes/examples/1.6",
            "documentation/includes/examples/2.2", "documentation/includes/examples/3.1");

    static List<ImportSource> corpus(Path data) throws IOException, ImportException {
        List<ImportSource> out = new ArrayList<>();
        NinjsImporter check = new NinjsImporter(ImportBench.defaults(NinjsImporter.Config.class));
        for (String dir : FOLDERS) {
            try (Stream<Path> files = Files.list(data.resolve(dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    ImportSource s = ImportSource.of(f.getFileName().toString(), Files.readAllBytes(f));
                    check.read(s); // every input must import: a benchmark of refusals would flatter
                    out.add(s);
                }
            }
        }
        return out;
    }

    static String table(int files, long bytes, Result v, Result nv) {
        double mbV = v.mbPerS(bytes);
        double mbNv = nv.mbPerS(bytes);
        String when = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
        StringBuilder b = new StringBuilder();
        b.append("### ninjs\n\n");
        b.append("Generated ").append(when).append(" on ").append(Runtime.getRuntime().availableProcessors())
                .append(" CPUs, Java ").append(System.getProperty("java.version")).append(". Input: ").append(files)
                .append(" IPTC and agency ninjs examples (AP, dpa, NTB, TT, SIPA, Business Wire, IPTC user guide; 1.4 to 3.1), ")
                .append(String.format("%.1f", bytes / 1024.0)).append(" KiB, read from memory. One thread (= one core), ")
                .append("after a 3 s warm-up; each repetition reads the whole set ").append(v.roundsPerRep())
                .append(" times (validating) / ").append(nv.roundsPerRep()).append(" times (not validating); ")
                .append(v.reps()).append(" repetitions, the two configurations alternating; MB = 10^6 bytes. Load average at start: "
                + String.format("%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
                + " (the machine is shared: read medians)."
                + (busy() ? " **The machine was busy (load above its CPU count): these are lower bounds.**" : "")
                + "\n\n");
        b.append("| Configuration | median ms / repetition | min–max ms | MB/s per core (median) | MB/s at the fastest repetition | Target ≥ ")
                .append((int) TARGET_MB_S).append(" MB/s (median) |\n|---|--:|--:|--:|--:|---|\n");
        row(b, "JSON Schema validation on (default)", v, mbV, bytes);
        row(b, "validation off (`validate=false`)", nv, mbNv, bytes);
        b.append("\nDefault: validation **on**. A fact-check starts from the item as the agency sent it; an item that is not ")
                .append("valid ninjs is refused with the schema's reason instead of being half-read, and one article ")
                .append(String.format("(≈%.1f KiB here) takes %.3f ms validated", bytes / 1024.0 / files, v.medianMs() / v.roundsPerRep() / files))
                .append(", far below the cost of claim extraction. Turn it off for bulk archive imports.\n\n");
        b.append("Reproduce (from the repository root; the examples are the test kit's copy):\n\n```sh\n")
                .append("mvn -q -pl bundles/org.factdesk.importer.support,bundles/org.factdesk.importer.testkit,bundles/org.factdesk.importer.ninjs install -DskipTests\n")
                .append(ImportBench.BUILD).append(" && ").append(ImportBench.JAVA).append("NinjsThroughput \\\n")
                .append("    ").append(ImportBench.NINJS_DIR).append(" docs/benchmarks.md\n```\n");
        return b.toString();
    }

    private static boolean busy() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()
                > Runtime.getRuntime().availableProcessors();
    }

    private static void row(StringBuilder b, String name, Result r, double mb, long bytes) {
        double best = bytes * (double) r.roundsPerRep() / 1e6 / (r.minMs() / 1000);
        b.append("| ").append(name).append(" | ").append(String.format("%.1f", r.medianMs())).append(" | ")
                .append(String.format("%.1f–%.1f", r.minMs(), r.maxMs())).append(" | ")
                .append(String.format("%.1f", mb)).append(" | ").append(String.format("%.1f", best)).append(" | ").append(mb >= TARGET_MB_S ? "**PASS**" : "**FAIL**").append(" |\n");
    }
}

package org.factdesk.importer.feeds.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.factdesk.api.article.ImportSource;

/**
 * Measures feed import throughput on one thread: generated RSS 2.0 and Atom feeds of news items
 * with HTML bodies, warm, median of several passes. Writes its rows into the
 * {@code import-html-feeds} section of {@code docs/benchmarks.md}.
 *
 * <p>Argument: {@code [benchmarks.md]}, found from the working directory when left out.
 */
public final class FeedThroughput {

    static final double TARGET_MB_S = 10;
    static final String COMMAND = "mvn -q -o -pl bundles/org.factdesk.importer.feeds exec:java "
            + "-Dexec.mainClass=org.factdesk.importer.feeds.internal.FeedThroughput -Dexec.classpathScope=compile";

    private FeedThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Path doc = args.length > 0 ? Path.of(args[0]) : BenchmarkSection.find("docs/benchmarks.md");
        FeedImporter importer = new FeedImporter(64L << 20, 50_000);
        List<String> rows = new ArrayList<>();
        for (String kind : List.of("RSS 2.0", "Atom")) {
            byte[] feed = (kind.equals("Atom") ? Generated.atom(2_000, 3) : Generated.rss(2_000, 3)).getBytes(StandardCharsets.UTF_8);
            BenchmarkSection.Result r = BenchmarkSection.measure(feed.length, 10, 21, () -> {
                if (importer.read(ImportSource.of("bench.xml", feed)).size() != 2_000) {
                    throw new IllegalStateException("wrong item count");
                }
            });
            String row = BenchmarkSection.row("feed", kind + ", 2,000 items, 3 HTML paragraphs each", feed.length, r, TARGET_MB_S);
            System.out.println(row);
            rows.add(row);
        }
        if (doc != null) {
            BenchmarkSection.write(doc, "feed", rows, "`" + COMMAND + "`");
            System.out.println("written to " + doc);
        }
    }

    /** Timing and the shared benchmarks section; the HTML bundle has its own copy (bundles share no internals). */
    static final class BenchmarkSection {
        static final String BEGIN = "<!-- section:import-html-feeds -->";
        static final String END = "<!-- /section:import-html-feeds -->";

        interface Pass {
            void run() throws Exception;
        }

        record Result(double medianMs, double medianCpuMs, int passes) {
        }

        private BenchmarkSection() {
        }

        static Path find(String relative) {
            for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
                Path p = dir.resolve(relative).normalize();
                if (Files.exists(p)) {
                    return p;
                }
            }
            return null;
        }

        static Result measure(long bytes, int warmups, int passes, Pass pass) throws Exception {
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            // At least `warmups` passes and 10 s: on a busy 2-core machine C2 needs that long to compile the hot paths.
            long warmUntil = System.nanoTime() + 10_000_000_000L;
            for (int i = 0; i < warmups || System.nanoTime() < warmUntil; i++) {
                pass.run();
            }
            double[] wall = new double[passes];
            double[] cpu = new double[passes];
            for (int i = 0; i < passes; i++) {
                long c0 = mx.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                pass.run();
                wall[i] = (System.nanoTime() - t0) / 1e6;
                cpu[i] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
            }
            Arrays.sort(wall);
            Arrays.sort(cpu);
            return new Result(wall[passes / 2], cpu[passes / 2], passes);
        }

        static String row(String format, String input, long bytes, Result r, double target) {
            double mb = bytes / 1e6;
            double wallRate = mb / (r.medianMs() / 1000);
            double cpuRate = mb / (r.medianCpuMs() / 1000);
            return String.format(java.util.Locale.ROOT, "| %s | %s | %.2f | %.1f | %.1f | %.1f | %.0f | **%s** |", format, input,
                    mb, r.medianMs(), wallRate, cpuRate, target, cpuRate >= target ? "PASS" : "FAIL");
        }

        /** Replaces this format's rows in the section (keeping the other format's), or appends the section. */
        static void write(Path doc, String format, List<String> rows, String command) throws IOException {
            String all = Files.exists(doc) ? Files.readString(doc) : "";
            int b = all.indexOf(BEGIN);
            int e = all.indexOf(END);
            List<String> keptRows = new ArrayList<>();
            List<String> keptCommands = new ArrayList<>();
            if (b >= 0 && e > b) {
                for (String line : all.substring(b, e).split("\n")) {
                    if (line.startsWith("| ") && !line.startsWith("| Format") && !line.startsWith("| " + format + " ")) {
                        keptRows.add(line);
                    } else if (line.startsWith("- ") && !line.startsWith("- " + format + ":")) {
                        keptCommands.add(line);
                    }
                }
            }
            List<String> allRows = new ArrayList<>(keptRows);
            allRows.addAll(rows);
            allRows.sort(null);
            List<String> commands = new ArrayList<>(keptCommands);
            commands.add("- " + format + ": " + command);
            commands.sort(null);
            String section = BEGIN + "\n## Import throughput: HTML and feeds\n\n"
                    + "One thread, warm (at least 10 warm-up passes and 10 s), median of 21 timed passes over the whole input; MB = 10^6 bytes of "
                    + "input. *MB/s per core* is input over the median thread CPU time (what one core does); *MB/s wall* is input "
                    + "over median wall time, lower when the shared machine is busy. Target: at least 10 MB/s per core. "
                    + "The machine is shared: when wall and CPU rates differ much, other work was running. Each row was last measured " + java.time.LocalDate.now() + " on "
                    + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version") + ".\n\n"
                    + "| Format | Input | MB | median ms | MB/s wall | MB/s per core | target MB/s | result |\n"
                    + "|---|---|--:|--:|--:|--:|--:|---|\n"
                    + String.join("\n", allRows) + "\n\nReproduce from the repository root (after `mvn -q -pl "
                    + "bundles/org.factdesk.importer.html,bundles/org.factdesk.importer.feeds install`):\n\n"
                    + String.join("\n", commands) + "\n" + END;
            String updated;
            if (b >= 0 && e > b) {
                updated = all.substring(0, b) + section + all.substring(e + END.length());
            } else {
                updated = all + (all.isEmpty() || all.endsWith("\n\n") ? "" : all.endsWith("\n") ? "\n" : "\n\n") + section + "\n";
            }
            Path tmp = doc.resolveSibling(doc.getFileName() + ".tmp");
            Files.writeString(tmp, updated);
            Files.move(tmp, doc, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
    }
}

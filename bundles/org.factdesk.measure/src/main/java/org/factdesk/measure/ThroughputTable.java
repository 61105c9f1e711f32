package org.factdesk.measure;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A docs section holding one import-throughput table that several importers fill, each its own
 * rows: timing on one thread (warm, median of timed passes, thread CPU time as well as wall time),
 * the row, and writing it while keeping the other formats' rows.
 *
 * @param section  the section name, for example {@code import-html-feeds}
 * @param heading  its Markdown heading
 * @param target   the target, MB/s per core
 * @param modules  the modules to install before reproducing, comma-separated
 */
public record ThroughputTable(String section, String heading, double target, String modules) {

    /** One pass over the whole input. */
    public interface Pass {
        void run() throws Exception;
    }

    /** Median wall and thread CPU time of the timed passes. */
    public record Result(double medianMs, double medianCpuMs, int passes) {
    }

    /** @return {@code relative} resolved against the working directory or the nearest parent that has it, or null */
    public static Path find(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path p = dir.resolve(relative).normalize();
            if (Files.exists(p)) {
                return p;
            }
        }
        return null;
    }

    /** Times {@code passes} passes after at least {@code warmups} passes and 10 s of warm-up. */
    public static Result measure(int warmups, int passes, Pass pass) throws Exception {
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

    /** @return the table row of one input */
    public String row(String format, String input, long bytes, Result r) {
        double mb = bytes / 1e6;
        double wallRate = mb / (r.medianMs() / 1000);
        double cpuRate = mb / (r.medianCpuMs() / 1000);
        return String.format(Locale.ROOT, "| %s | %s | %.2f | %.1f | %.1f | %.1f | %.0f | **%s** |", format, input,
                mb, r.medianMs(), wallRate, cpuRate, target, cpuRate >= target ? "PASS" : "FAIL");
    }

    /** Replaces this format's rows in the section (keeping the other formats'), or appends the section. */
    public void write(Path doc, String format, List<String> rows, String command) throws IOException {
        String all = Files.exists(doc) ? Files.readString(doc) : "";
        List<String> keptRows = new ArrayList<>();
        List<String> keptCommands = new ArrayList<>();
        for (String line : DocsSection.read(all, section).orElse("").split("\n")) {
            if (line.startsWith("| ") && !line.startsWith("| Format") && !line.startsWith("| " + format + " ")) {
                keptRows.add(line);
            } else if (line.startsWith("- ") && !line.startsWith("- " + format + ":")) {
                keptCommands.add(line);
            }
        }
        List<String> allRows = new ArrayList<>(keptRows);
        allRows.addAll(rows);
        allRows.sort(null);
        List<String> commands = new ArrayList<>(keptCommands);
        commands.add("- " + format + ": " + command);
        commands.sort(null);
        String body = heading + "\n\n"
                + "One thread, warm (at least 10 warm-up passes and 10 s), median of 21 timed passes over the whole input; MB = 10^6 bytes of "
                + "input. *MB/s per core* is input over the median thread CPU time (what one core does); *MB/s wall* is input "
                + "over median wall time, lower when the shared machine is busy. Target: at least " + String.format(Locale.ROOT, "%.0f", target)
                + " MB/s per core. The machine is shared: when wall and CPU rates differ much, other work was running. Each row was last measured "
                + java.time.LocalDate.now() + " on " + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version") + ".\n\n"
                + "| Format | Input | MB | median ms | MB/s wall | MB/s per core | target MB/s | result |\n"
                + "|---|---|--:|--:|--:|--:|--:|---|\n"
                + String.join("\n", allRows) + "\n\nReproduce from the repository root (after `mvn -q -pl " + modules + " install`):\n\n"
                + String.join("\n", commands);
        Path tmp = doc.resolveSibling(doc.getFileName() + ".tmp");
        Files.writeString(tmp, DocsSection.replace(all, section, body));
        Files.move(tmp, doc, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}

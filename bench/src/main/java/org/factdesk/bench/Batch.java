package org.factdesk.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.factdesk.measure.DocsSection;

/**
 * {@code bench/batch --corpus DIR [--articles N] [--rounds N] [--out FILE]}: {@code factdesk check --json} over a
 * batch folder, as an operator runs it (the launch script, all built-in checkers), on one CPU and on two
 * ({@code taskset}), and {@code --help} / {@code --version}. The batch is the corpus's articles plus N articles
 * generated from its paragraphs (4 to 12 drawn with a fixed seed). Rates are taken once warm: the time of the
 * whole batch minus the time of a fifth of it, for the articles in between, so start-up and JIT warm-up cancel.
 * Rewrites only the {@code batch} section of docs/benchmarks.md (or of {@code --out}).
 */
public final class Batch {

    static final String SECTION = "batch";
    static final double PER_CORE_TARGET = 200;
    static final double SPEEDUP_TARGET = 1.8;
    static final double RSS_TARGET_MIB = 300;
    static final double ANSWER_TARGET_MS = 300;
    private static final String USAGE = "usage: bench/batch --corpus DIR [--articles N] [--rounds N] [--out FILE]";

    /** One measured way of running the batch. */
    private record Config(String name, String cpus, List<String> env) {
    }

    private record Run(double ms, long rssKiB) {
    }

    private final Path root;
    private final Path scratch;
    private final Map<String, Samples> wall = new LinkedHashMap<>();
    private final Map<String, Samples> rss = new LinkedHashMap<>();

    private Batch(Path root, Path scratch) {
        this.root = root;
        this.scratch = scratch;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("factdesk.bench.root", "")).toAbsolutePath().normalize();
        Path out = root.resolve("docs/benchmarks.md");
        Path corpus = null;
        int articles = 10_000;
        int rounds = 3;
        for (int i = 0; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            try {
                switch (args[i]) {
                    case "--corpus" -> corpus = Path.of(value).toAbsolutePath();
                    case "--articles" -> articles = Integer.parseInt(value);
                    case "--rounds" -> rounds = Integer.parseInt(value);
                    case "--out" -> out = Path.of(value).toAbsolutePath();
                    default -> throw new IllegalArgumentException(args[i]);
                }
            } catch (IllegalArgumentException e) {
                System.err.println(USAGE);
                System.exit(2);
            }
        }
        if (corpus == null || !Files.isDirectory(corpus) || articles < 500 || rounds < 1) {
            System.err.println(corpus == null || Files.isDirectory(corpus) ? USAGE + "\n(at least 500 articles and one round)"
                    : "bench/batch: no article corpus " + corpus);
            System.exit(2);
        }
        if (!Files.isRegularFile(root.resolve("launcher/target/factdesk/factdesk.jar"))) {
            System.err.println("bench/batch: no distribution in " + root + "/launcher/target/factdesk: build FactDesk first");
            System.exit(2);
        }
        Path scratch = Files.createTempDirectory(Files.createDirectories(root.resolve("bench/target")), "batch-");
        try {
            Batch b = new Batch(root, scratch);
            String command = String.join(" ", Stream.concat(Stream.of("bench/batch"), Stream.of(args)).toList());
            String section = b.run(corpus, articles, rounds, command);
            DocsSection.write(out, SECTION, section);
            System.out.println("bench: wrote section " + SECTION + " of " + out);
        } finally {
            Util.deleteTree(scratch);
        }
    }

    private String run(Path corpus, int generated, int rounds, String command) throws Exception {
        ZonedDateTime date = ZonedDateTime.now(ZoneOffset.UTC);
        String loadBefore = Bench.loadAverage();
        List<String> originals = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                originals.add(text);
                String[] parts = text.split("\n\\s*\n");
                for (int i = 1; i < parts.length; i++) { // the first is the headline
                    if (parts[i].strip().length() > 40) {
                        paragraphs.add(parts[i].strip());
                    }
                }
            }
        }
        if (paragraphs.size() < 20) {
            throw new IllegalStateException(corpus + " has too few paragraphs (" + paragraphs.size() + ") to generate articles from");
        }
        // the whole batch, and a fifth of it: the same first articles, so the difference is the later ones
        Path full = Files.createDirectories(scratch.resolve("full"));
        Path fifth = Files.createDirectories(scratch.resolve("fifth"));
        Random random = new Random(1);
        long bytes = 0;
        int total = originals.size() + generated;
        int small = total / 5;
        for (int i = 0; i < total; i++) {
            String text;
            if (i < originals.size()) {
                text = originals.get(i);
            } else {
                List<String> body = new ArrayList<>();
                int k = 4 + random.nextInt(9);
                for (int j = 0; j < k; j++) {
                    body.add(paragraphs.get(random.nextInt(paragraphs.size())));
                }
                text = "Generated article " + i + "\n\n" + String.join("\n\n", body) + "\n";
            }
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            bytes += b.length;
            String name = String.format(Locale.ROOT, "%05d.txt", i);
            Files.write(full.resolve(name), b);
            if (i < small) {
                Files.write(fifth.resolve(name), b);
            }
        }
        List<Config> configs = List.of(
                new Config("one CPU, the script's options", "0", List.of()),
                new Config("two CPUs, the script's options", "0,1", List.of()),
                new Config("two CPUs, C1 only (the script's options before batches got C2)", "0,1",
                        List.of("FACTDESK_JAVA_OPTS=-XX:TieredStopAtLevel=1")));
        System.err.printf("bench: batch of %,d articles (%,d generated), %d rounds%n", total, generated, rounds);
        check(configs.get(0), fifth, small); // warm-up: the CDS archive and the file cache
        for (int r = 0; r < rounds; r++) {
            for (Config c : configs) {
                System.err.println("bench: round " + (r + 1) + ", " + c.name());
                record(c.name() + " full", check(c, full, total));
                record(c.name() + " fifth", check(c, fifth, small));
            }
            for (int i = 0; i < 5; i++) {
                record("--help", answer(List.of("check", "--help"), "usage: factdesk check"));
                record("--version", answer(List.of("--version"), "FactDesk"));
            }
        }
        String loadAfter = Bench.loadAverage();

        StringBuilder md = new StringBuilder();
        md.append("\n## Batch checking: articles per second, threads, memory\n\n");
        md.append(f("Generated %s UTC by `%s` (%.1f minutes), after `mvn -q -o -pl bench package`, on the built distribution. "
                + "Load average %s at start, %s at end.%n%n", date.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), command,
                (ZonedDateTime.now(ZoneOffset.UTC).toEpochSecond() - date.toEpochSecond()) / 60.0, loadBefore, loadAfter));
        md.append(f("The batch: the %d articles of the corpus and %,d generated from their %d paragraphs, %,d articles in all, "
                + "%.1f MB (%,.0f bytes on average). Each run is `taskset -c CPUS ./factdesk check --json --quiet DIR > file` "
                + "with `FACTDESK_STATS=1` (peak RSS), every line of output counted; on one CPU Java sees one processor, so "
                + "`--threads` defaults to 1. *Warm* is (%,d − %,d articles) / (time of the whole batch − time of its first fifth), "
                + "medians of %d rounds, configurations interleaved.%n%n",
                originals.size(), generated, paragraphs.size(), total, bytes / 1e6, (double) bytes / total, total, small, rounds));

        double one = warm(configs.get(0), total, small);
        double two = warm(configs.get(1), total, small);
        double c1 = warm(configs.get(2), total, small);
        double peak = rss.values().stream().filter(s -> !s.isEmpty()).mapToDouble(s -> s.percentile(100)).max().orElse(0) / 1024;
        double help = wall.get("--help").median();
        double version = wall.get("--version").median();
        md.append("### Targets\n\n| Target | Measured | Result |\n|---|---|---|\n");
        target(md, "Articles per second per core, warm, all built-in checkers: at least 200", f("%.0f (one CPU)", one), one >= PER_CORE_TARGET);
        target(md, "Speed-up from one CPU to two: at least 1.8×", f("%.0f / %.0f = %.2f×", two, one, two / one), two / one >= SPEEDUP_TARGET);
        target(md, "Peak memory of `check`: under 300 MiB", f("highest of all batch runs: %.1f MiB", peak), peak < RSS_TARGET_MIB);
        target(md, "`check --help` and `--version`: under 0.3 s", f("medians %.0f ms and %.0f ms", help, version),
                help < ANSWER_TARGET_MS && version < ANSWER_TARGET_MS);
        md.append("\n### Runs\n\n| Configuration | whole batch, median s | first fifth, median s | warm articles/s | × one CPU | "
                + "peak RSS median MiB |\n|---|--:|--:|--:|--:|--:|\n");
        for (Config c : configs) {
            double w = warm(c, total, small);
            md.append(f("| %s | %.1f | %.1f | %.0f | %.2f | %.0f |%n", c.name(), wall.get(c.name() + " full").median() / 1000,
                    wall.get(c.name() + " fifth").median() / 1000, w, w / one, rss.get(c.name() + " full").median() / 1024));
        }
        md.append(f("%nOn two CPUs the script's options (C2 for a batch) check %.2f× as many articles per second as C1 alone. "
                + "`check --help` median %.0f ms (p90 %.0f), `--version` %.0f ms (p90 %.0f), %d runs each: answered by the "
                + "launcher's command model without a framework.%n", two / c1, help, wall.get("--help").percentile(90), version,
                wall.get("--version").percentile(90), wall.get("--help").count()));
        return md.toString();
    }

    private void record(String name, Run run) {
        wall.computeIfAbsent(name, k -> new Samples()).add(run.ms());
        if (run.rssKiB() > 0) {
            rss.computeIfAbsent(name, k -> new Samples()).add(run.rssKiB());
        }
    }

    private double warm(Config c, int total, int small) {
        return (total - small) / ((wall.get(c.name() + " full").median() - wall.get(c.name() + " fifth").median()) / 1000);
    }

    private Run check(Config c, Path dir, int expected) throws Exception {
        Path out = scratch.resolve("out.jsonl");
        Scripted run = Scripted.run(root, scratch, List.of("taskset", "-c", c.cpus()), List.of("check", "--json", "--quiet", dir.toString()),
                out, c.env());
        long lines;
        try (Stream<String> s = Files.lines(out)) {
            lines = s.count();
        }
        if (run.exit() != 0 || lines != expected || run.rssKiB() == 0) {
            throw new IllegalStateException("check of " + dir + " on CPUs " + c.cpus() + " exited " + run.exit() + " with " + lines
                    + " of " + expected + " lines:\n" + run.err());
        }
        return new Run(run.ms(), run.rssKiB());
    }

    private Run answer(List<String> args, String expect) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(root.resolve("factdesk").toString()));
        cmd.addAll(args);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).directory(root.toFile()).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        double ms = (System.nanoTime() - t0) / 1e6;
        if (p.exitValue() != 0 || !text.contains(expect)) {
            throw new IllegalStateException(cmd + " exited " + p.exitValue() + ":\n" + text);
        }
        return new Run(ms, 0);
    }

    private static void target(StringBuilder md, String target, String measured, boolean pass) {
        md.append("| ").append(target).append(" | ").append(measured).append(" | ").append(pass ? "**PASS**" : "**FAIL**").append(" |\n");
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}

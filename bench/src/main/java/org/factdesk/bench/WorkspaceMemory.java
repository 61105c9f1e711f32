package org.factdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.factdesk.measure.DocsSection;

/**
 * Memory against the workspace's size: peak RSS of opening ({@code case show}), {@code case list},
 * {@code import} of more articles and {@code audit verify} on a workspace of N news articles,
 * against the same commands on a workspace of a hundred (the baseline, in the same run). The
 * workspace is made as an operator makes one: {@code ./factdesk import} of a folder.
 * Rewrites only the {@code workspace-memory} section of docs/benchmarks.md (or of {@code --out}).
 */
public final class WorkspaceMemory {

    static final String SECTION = "workspace-memory";
    /** Issue 15's target for every command on 10,000 articles and 20,000 cases. */
    static final double RSS_TARGET_MIB = 300;
    static final long SEED = 15;
    private static final String USAGE = "usage: bench/workspace-memory [--articles N] [--more N] [--bytes N] [--out FILE]";
    /** Article length: news of this size opens about two cases, as the 10,000 articles and 20,000 cases. */
    static int bytes = 700;

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("factdesk.bench.root", "")).toAbsolutePath().normalize();
        Path out = root.resolve("docs/benchmarks.md");
        int articles = 10_000;
        int more = 1_000;
        for (int i = 0; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            try {
                switch (args[i]) {
                    case "--articles" -> articles = Integer.parseInt(value);
                    case "--more" -> more = Integer.parseInt(value);
                    case "--bytes" -> bytes = Integer.parseInt(value);
                    case "--out" -> out = Path.of(value).toAbsolutePath();
                    default -> throw new IllegalArgumentException(args[i]);
                }
            } catch (IllegalArgumentException e) {
                System.err.println(USAGE);
                System.exit(2);
            }
        }
        Path scratch = Files.createDirectories(root.resolve("bench/target")).resolve("workspace-memory-" + ProcessHandle.current().pid());
        try {
            Desk small = desk(root, Files.createDirectories(scratch.resolve("small")), 100, 100);
            Desk large = desk(root, Files.createDirectories(scratch.resolve("large")), articles, more);
            DocsSection.write(out, SECTION, report(small, large, articles, more));
            System.out.println("bench: wrote section " + SECTION + " of " + out);
        } finally {
            Util.deleteTree(scratch);
        }
    }

    /** The commands' runs on one workspace, in order, and how many cases it had. */
    record Desk(Map<String, Scripted> runs, long cases) {
    }

    /** The commands on a workspace of {@code n} articles, each with its peak RSS. */
    static Desk desk(Path root, Path scratch, int n, int more) throws Exception {
        Path inbox = write(Files.createDirectories(scratch.resolve("inbox")), 0, n);
        Path later = write(Files.createDirectories(scratch.resolve("later")), n, more);
        List<String> env = List.of("FACTDESK_WORKSPACE=" + scratch.resolve("desk"), "FACTDESK_KEYS=" + scratch.resolve("keys"));
        Path sink = scratch.resolve("out.txt");
        ok(Scripted.run(root, scratch, List.of(), List.of("user", "add", "maria", "--name", "Maria Lopez", "--role", "admin"), sink, env), "user add");
        Map<String, Scripted> runs = new LinkedHashMap<>();
        runs.put("import of the articles", ok(Scripted.run(root, scratch, List.of(), List.of("--as", "maria", "import", inbox.toString()), sink, env), "import"));
        runs.put("case show C-1", ok(Scripted.run(root, scratch, List.of(), List.of("case", "show", "C-1"), sink, env), "case show"));
        runs.put("case list", ok(Scripted.run(root, scratch, List.of(), List.of("case", "list"), sink, env), "case list"));
        long cases = Files.readAllLines(sink).size();
        runs.put("import of " + more + " more", ok(Scripted.run(root, scratch, List.of(), List.of("--as", "maria", "import", later.toString()), sink, env), "import"));
        runs.put("audit verify", ok(Scripted.run(root, scratch, List.of(), List.of("audit", "verify"), sink, env), "audit"));
        return new Desk(runs, cases);
    }

    private static Scripted ok(Scripted s, String what) {
        if (s.exit() != 0) {
            throw new IllegalStateException(what + " failed with exit code " + s.exit() + ": " + s.err());
        }
        return s;
    }

    /** News articles with a figure or a quotation now and then. */
    private static Path write(Path dir, int from, int n) throws Exception {
        for (int i = from; i < from + n; i++) {
            Files.writeString(dir.resolve(String.format(Locale.ROOT, "a%06d.txt", i)), "Report " + i + "\n\n"
                    + DenseText.generate(DenseText.Kind.NEWS, bytes, SEED + i));
        }
        return dir;
    }

    static String report(Desk small, Desk large, int articles, int more) {
        StringBuilder md = new StringBuilder();
        md.append("## Workspace memory (`bench/workspace-memory`)\n\n");
        md.append(f("Measured %s on %d cores, Java %s. Each command is `./factdesk ...` with `FACTDESK_STATS=1` (peak RSS, VmHWM) and "
                + "the script's JVM options, on a workspace made by `./factdesk import` of generated news articles of %d bytes (`DenseText` "
                + "news, seed %d): %,d articles and %,d cases, against a baseline of 100 articles and %,d cases in the same run (its "
                + "\"more\" import is of 100).%n%n", LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                bytes, SEED, articles, large.cases(), small.cases()));
        md.append(f("| command | peak RSS MiB | wall s | baseline MiB | ratio | under %.0f MiB |%n|---|---|---|---|---|---|%n", RSS_TARGET_MIB));
        List<String> names = new ArrayList<>(large.runs().keySet());
        List<Scripted> base = new ArrayList<>(small.runs().values());
        for (int i = 0; i < names.size(); i++) {
            Scripted b = large.runs().get(names.get(i));
            Scripted s = base.get(i);
            double mib = b.rssKiB() / 1024.0;
            md.append(f("| %s | %.0f | %.1f | %.0f | %.1f | %s |%n", names.get(i), mib, b.ms() / 1000, s.rssKiB() / 1024.0,
                    b.rssKiB() / (double) Math.max(1, s.rssKiB()), mib < RSS_TARGET_MIB ? "**PASS**" : "**FAIL**"));
        }
        md.append(f("%nA command holds the workspace's state whole while it runs (every case, decoded from the snapshot as needed), so "
                + "memory grows with the workspace; meeting the target needs cases read from disk as they are needed.%n"));
        return md.toString();
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}

package org.factdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.factdesk.launcher.FactDesk;

/**
 * {@code bench/run [--runs N] [--warmups N] [--iterations N] [--out FILE]}: measures FactDesk start-up
 * and peak memory against bare Felix, and plugin hot-swap latency, then writes docs/benchmarks.md.
 * The repository root comes from the system property {@code factdesk.bench.root} (set by bench/run).
 */
public final class Bench {

    private static final String SAMPLE = "samples/000_1f3bc55f528ba35c.txt";
    private static final Pattern RSS = Pattern.compile("peak_rss_kib=(\\d+)");
    /** Used when the launch script's OPTS line cannot be found. */
    private static final String SCRIPT_OPTS = "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss1m -XX:MaxRAMPercentage=25";
    private static final List<String> CDS_QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    /** One start-up measurement: a child process, what its stdout must mention, and its samples. */
    private record Launch(String name, String options, List<String> command, List<String> expect,
                           Samples wall, Samples rss) {
        Launch(String name, String options, List<String> command, List<String> expect) {
            this(name, options, command, expect, new Samples(), new Samples());
        }
    }

    private final Path root;
    private final Path dist;
    private final Path java;
    private final Path scratch;
    private final Map<String, String> env;
    private final List<String> warnings = new ArrayList<>();

    private Bench(Path root, Path scratch) throws IOException {
        this.root = root;
        this.dist = root.resolve("launcher/target/factdesk");
        this.java = Path.of(System.getProperty("java.home"), "bin", "java").toRealPath();
        this.scratch = scratch;
        // the launch script's environment: this JVM, statistics on, no user options, an empty plugins directory
        this.env = Map.of("JAVA", java.toString(), "FACTDESK_STATS", "1", "FACTDESK_JAVA_OPTS", "",
                "FACTDESK_PLUGINS", Files.createDirectories(scratch.resolve("plugins")).toString());
    }

    public static void main(String[] args) throws Exception {
        int runs = 15;
        int warmups = 2;
        int iterations = 30;
        Path root = Path.of(System.getProperty("factdesk.bench.root", "")).toAbsolutePath().normalize();
        Path out = root.resolve("docs/benchmarks.md");
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(value);
                case "--warmups" -> warmups = Integer.parseInt(value);
                case "--iterations" -> iterations = Integer.parseInt(value);
                case "--out" -> out = Path.of(value).toAbsolutePath();
                default -> {
                    System.err.println("usage: bench/run [--runs N] [--warmups N] [--iterations N] [--out FILE]");
                    System.exit(2);
                }
            }
            i++;
        }
        if (!Files.isRegularFile(root.resolve("launcher/target/factdesk/factdesk.jar"))) {
            System.err.println("bench: no distribution in " + root + "/launcher/target/factdesk: build FactDesk first");
            System.exit(2);
        }
        Path scratch = Files.createTempDirectory("factdesk-bench-");
        try {
            String report = new Bench(root, scratch).run(runs, warmups, iterations,
                    String.join(" ", Stream.concat(Stream.of("bench/run"), Arrays.stream(args)).toList()));
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            System.out.println("bench: wrote " + out);
        } finally {
            Util.deleteTree(scratch);
        }
    }

    private String run(int runs, int warmups, int iterations, String command) throws Exception {
        ZonedDateTime date = ZonedDateTime.now(ZoneOffset.UTC);
        String loadBefore = loadAverage();
        checkDistribution();

        String classPath = codeSource(org.apache.felix.framework.FrameworkFactory.class) + ":" + codeSource(Bench.class);
        List<String> opts = scriptOptions();
        Path bareJsa = scratch.resolve("bare-felix.jsa");
        List<String> jvm = List.of(java.toString());
        List<String> bare = List.of("-cp", classPath, BareFelix.class.getName());
        Launch bareDefault = new Launch("Bare Felix start+stop", "JVM defaults", concat(jvm, bare), List.of());
        Launch bareOpts = new Launch("Bare Felix start+stop", "script options", concat(jvm, opts, bare), List.of());
        Launch bareCds = new Launch("Bare Felix start+stop", "script options + own CDS archive",
                concat(jvm, opts, List.of("-XX:SharedArchiveFile=" + bareJsa), CDS_QUIET, bare), List.of());
        String script = root.resolve("factdesk").toString();
        Launch checkers = new Launch("`factdesk checkers`", "script (options + CDS archive)", List.of(script, "checkers"),
                List.of("org.factdesk.checker.figures", HotSwap.CHECKER));
        Launch check = new Launch("`factdesk check " + SAMPLE + "`", "script (options + CDS archive)",
                List.of(script, "check", root.resolve(SAMPLE).toString()), List.of(HotSwap.CHECKER));
        List<Launch> all = List.of(bareDefault, bareOpts, bareCds, checkers, check);

        // the bare baseline's own class-data-sharing archive, made the way the script makes FactDesk's
        spawn(new Launch("", "", concat(jvm, opts, List.of("-XX:ArchiveClassesAtExit=" + bareJsa), CDS_QUIET, bare), List.of()), false);
        // Rounds interleave the configurations, so slow phases of a noisy machine hit them all alike.
        // The first warm-up `checkers` run creates FactDesk's archive if this JVM has none yet.
        Path jsa = null;
        FileTime jsaTime = null;
        for (int round = 0; round < warmups + runs; round++) {
            if (round == warmups) {
                jsa = factdeskArchive();
                jsaTime = Files.getLastModifiedTime(jsa);
            }
            System.err.printf("bench: start-up round %d of %d%s%n", round + 1, warmups + runs, round < warmups ? " (warm-up)" : "");
            for (Launch p : all) {
                spawn(p, round >= warmups);
            }
        }
        if (jsa == null) {
            jsa = factdeskArchive();
        } else if (!Files.isRegularFile(jsa) || !Files.getLastModifiedTime(jsa).equals(jsaTime)) {
            warnings.add("The CDS archive " + jsa + " changed during the measured runs (was factdesk.jar rebuilt?): some runs went without it.");
        }

        System.err.println("bench: plugin hot swap, " + iterations + " iterations");
        HotSwap swap = HotSwap.run(dist, iterations);
        String loadAfter = loadAverage();

        return new Report(date, command, runs, warmups, iterations, machine(loadBefore, loadAfter), String.join(" ", opts), jsa,
                bareDefault, bareOpts, bareCds, checkers, check, swap, warnings).markdown();
    }

    /** Starts the process and records wall time (spawn to exit) and the peak RSS it reports on stderr. */
    private void spawn(Launch p, boolean record) throws Exception {
        Path out = scratch.resolve("stdout.txt");
        Path err = scratch.resolve("stderr.txt");
        ProcessBuilder pb = new ProcessBuilder(p.command()).directory(root.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process child = pb.start();
        boolean exited = child.waitFor(2, TimeUnit.MINUTES);
        long t1 = System.nanoTime();
        if (!exited) {
            child.destroyForcibly();
            throw new IllegalStateException(p.command() + " did not exit within 2 minutes");
        }
        String stderr = Files.readString(err);
        String stdout = Files.readString(out);
        if (child.exitValue() != 0 || !p.expect().stream().allMatch(stdout::contains)) {
            throw new IllegalStateException(p.command() + " exited with " + child.exitValue() + " or did not print "
                    + p.expect() + "\n" + stdout + stderr);
        }
        Matcher rss = RSS.matcher(stderr);
        if (!rss.find()) {
            throw new IllegalStateException(p.command() + " printed no peak_rss_kib on stderr:\n" + stderr);
        }
        if (record) {
            p.wall().add((t1 - t0) / 1e6);
            p.rss().add(Long.parseLong(rss.group(1)));
        }
    }

    /** The archive the launch script uses with this JVM: factdesk-(cksum of the java path).jsa, newer than the jar. */
    private Path factdeskArchive() throws Exception {
        Process p = new ProcessBuilder("sh", "-c", "printf '%s' \"$1\" | cksum", "sh", java.toString()).start();
        String key = new String(p.getInputStream().readAllBytes()).trim().split(" ")[0];
        p.waitFor();
        Path jsa = dist.resolve("factdesk-" + key + ".jsa");
        if (!Files.isRegularFile(jsa)
                || Files.getLastModifiedTime(dist.resolve("factdesk.jar")).compareTo(Files.getLastModifiedTime(jsa)) > 0) {
            throw new IllegalStateException("the warm-up runs left no current class-data-sharing archive " + jsa);
        }
        return jsa;
    }

    /** The JVM options of the launch script's OPTS line, so the baseline follows the script. */
    private List<String> scriptOptions() throws IOException {
        Matcher m = Pattern.compile("(?m)^OPTS=\"([^\"$]*)\"").matcher(Files.readString(root.resolve("factdesk")));
        String opts = SCRIPT_OPTS;
        if (m.find()) {
            opts = m.group(1);
        } else {
            warnings.add("No OPTS line in the factdesk script: the baseline used " + SCRIPT_OPTS);
        }
        return List.of(opts.trim().split("\\s+"));
    }

    /** Warns when the numbers may not describe the current sources. */
    private void checkDistribution() throws IOException {
        Path launcherJar = Path.of(codeSource(FactDesk.class));
        if (Files.mismatch(launcherJar, dist.resolve("factdesk.jar")) != -1) {
            warnings.add("The launcher on the harness class path (" + launcherJar + ") differs from "
                    + dist.resolve("factdesk.jar") + ": the hot-swap run used the former, the start-up runs the latter.");
        }
        FileTime built = Files.getLastModifiedTime(dist.resolve("factdesk.jar"));
        List<String> newer = new ArrayList<>();
        List<Path> sources = new ArrayList<>(List.of(root.resolve("launcher/src/main")));
        try (Stream<Path> modules = Files.list(root.resolve("bundles"))) {
            modules.map(m -> m.resolve("src/main")).forEach(sources::add);
        }
        for (Path dir : sources) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.walk(dir)) {
                    s.filter(Files::isRegularFile).filter(f -> modified(f).compareTo(built) > 0)
                            .forEach(f -> newer.add(root.relativize(f).toString()));
                }
            }
        }
        if (!newer.isEmpty()) {
            warnings.add("The distribution is older than " + newer.size() + " source file(s), e.g. `" + newer.get(0)
                    + "`: these numbers describe the distribution as built, not the current sources.");
        }
    }

    private static FileTime modified(Path f) {
        try {
            return Files.getLastModifiedTime(f);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** Machine facts for the report header: label, value. */
    private List<String[]> machine(String loadBefore, String loadAfter) throws Exception {
        Process p = new ProcessBuilder(java.toString(), "-version").redirectErrorStream(true).start();
        String version = new String(p.getInputStream().readAllBytes()).trim();
        p.waitFor();
        String cpu = grep(Path.of("/proc/cpuinfo"), "model name").replaceFirst("^[^:]*:\\s*", "");
        long memKiB = Long.parseLong("0" + grep(Path.of("/proc/meminfo"), "MemTotal").replaceAll("[^0-9]", ""));
        return List.of(
                new String[] {"CPUs", Runtime.getRuntime().availableProcessors() + " (nproc)" + (cpu.isEmpty() ? "" : ", " + cpu)},
                new String[] {"Memory", String.format(Locale.ROOT, "%.1f GiB total", memKiB / 1024.0 / 1024.0)},
                new String[] {"OS", System.getProperty("os.name") + " " + System.getProperty("os.version")},
                new String[] {"Load average (1/5/15 min)", loadBefore + " at start, " + loadAfter + " at end"},
                new String[] {"JVM", java + "<br>`" + version.replace("\n", "`<br>`") + "`"});
    }

    private static String grep(Path file, String prefix) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> l.startsWith(prefix)).findFirst().orElse("");
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " / " + f[1] + " / " + f[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    private static String codeSource(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        return Arrays.stream(parts).flatMap(List::stream).toList();
    }

    /** The markdown page; pure formatting of what was measured. */
    private record Report(ZonedDateTime date, String command, int runs, int warmups, int iterations, List<String[]> machine,
                          String opts, Path jsa, Launch bareDefault, Launch bareOpts, Launch bareCds,
                          Launch checkers, Launch check, HotSwap swap, List<String> warnings) {

        private static final double STARTUP_FACTOR = 2.0;
        private static final double RSS_LIMIT_MIB = 150;
        private static final double ADD_P50_LIMIT_MS = 150;

        String markdown() {
            StringBuilder md = new StringBuilder();
            md.append("# FactDesk benchmarks\n\n");
            md.append("Generated ").append(date.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                    .append(". Reproduce from the repository root (the first command builds only the bench module; "
                            + "the FactDesk distribution in `launcher/target/factdesk` must already be built):\n\n");
            md.append("```sh\nmvn -q -o -pl bench package && ").append(command).append("\n```\n\n");
            md.append("| Machine | |\n|---|---|\n");
            for (String[] row : machine) {
                md.append("| ").append(row[0]).append(" | ").append(row[1]).append(" |\n");
            }
            md.append("\nAll times are wall-clock milliseconds on a small 2-core machine that other work (builds, editors, the ")
                    .append("harness itself) shares, so single runs can be off by tens of milliseconds: read the medians. ")
                    .append("Every ratio divides two medians measured in this same run, with the configurations interleaved ")
                    .append("round by round, so the speed of the machine cancels out while its noise does not; a ratio near a ")
                    .append("target is not a clear pass or fail. Peak memory is the process's VmHWM (peak resident set).\n\n");
            for (String w : warnings) {
                md.append("> **Warning:** ").append(w).append("\n\n");
            }

            double base = bareDefault.wall().median();
            double same = bareOpts.wall().median();
            double fd = checkers.wall().median();
            double rssMax = Math.max(checkers.rss().max(), check.rss().max()) / 1024;
            md.append("## Targets\n\n| Target | Measured | Result |\n|---|---|---|\n");
            target(md, "Start-up to all components active, and stop: at most 2× bare Felix start+stop (JVM defaults)",
                    f("`checkers` %.0f ms / %.0f ms = %.2f×", fd, base, fd / base), fd <= STARTUP_FACTOR * base);
            target(md, "The same, bare Felix with the script's JVM options",
                    f("`checkers` %.0f ms / %.0f ms = %.2f×", fd, same, fd / same), fd <= STARTUP_FACTOR * same);
            target(md, "Peak memory of a headless run under 150 MiB",
                    f("highest of all measured `checkers` and `check` runs: %.1f MiB", rssMax), rssMax < RSS_LIMIT_MIB);
            boolean addOk = !swap.add.isEmpty() && swap.add.failures() == 0 && swap.add.median() <= ADD_P50_LIMIT_MS;
            target(md, "Plugin add: p50 at most 150 ms",
                    swap.add.isEmpty() ? "no successful add" : f("p50 %.1f ms, %d timeouts", swap.add.median(), swap.add.failures()), addOk);
            md.append(f("\nFor comparison only: against bare Felix with the script's options *and* its own CDS archive "
                    + "(as the script gives FactDesk) the ratio is %.2f×.%n%n", fd / bareCds.wall().median()));

            md.append("## 1. Start-up and stop\n\n");
            md.append(f("%d measured runs per row after %d warm-up round(s); wall time from spawning the process to its exit, "
                    + "as seen by the harness. Script options: `%s`. FactDesk's CDS archive: `%s` (present for every "
                    + "measured run).%n%n", runs, warmups, opts, jsa.getFileName()));
            md.append("| Process | JVM options | median ms | p90 ms | min ms | peak RSS median MiB | × bare (defaults) | × bare (script options) |\n");
            md.append("|---|---|--:|--:|--:|--:|--:|--:|\n");
            for (Launch p : List.of(bareDefault, bareOpts, bareCds, checkers, check)) {
                Samples w = p.wall();
                md.append(f("| %s | %s | %.0f | %.0f | %.0f | %.1f | %.2f | %.2f |%n", p.name(), p.options(), w.median(),
                        w.percentile(90), w.min(), p.rss().median() / 1024, w.median() / base, w.median() / same));
            }
            md.append("\nThe `factdesk` rows include the launch script itself (a `sh` with `readlink`, `sed` and `cksum`) ")
                    .append("and run with an empty plugins directory. Bare Felix is `java -cp felix.jar:bench.jar ")
                    .append("org.factdesk.bench.BareFelix`: no bundles, a fresh cache (`storage.clean=onFirstInit`), ")
                    .append("`start()`, `stop()`, `waitForStop`, cache deleted.\n\n");

            md.append("## 2. Plugin hot swap (in one running FactDesk)\n\n");
            md.append(f("FactDesk started in-process (`FactDesk.start`) from a copy of the distribution without the "
                    + "sourcing checker, with an empty watched plugins directory; %d iterations of add, update, remove of "
                    + "`plugins/sourcing.jar`. Each new jar is first written to `plugins/x.jar.tmp` and left for 100 ms "
                    + "(the watcher waits for 15 ms of quiet), then moved in atomically; the clock starts just before the "
                    + "move or delete, and the next step waits until the checker's service has had no event for 200 ms. Events "
                    + "come from a service listener with the filter `%s`. A step waits at most 5 s; a timeout counts as a "
                    + "failure.%n%n", iterations, HotSwap.FILTER));
            md.append("| Operation | Timed until | ok / attempts | p50 ms | p99 ms | max ms | first ms |\n|---|---|--:|--:|--:|--:|--:|\n");
            swapRow(md, "add", "checker service REGISTERED", swap.add);
            swapRow(md, "update", "REGISTERED from the bundle with the new Bundle-Version", swap.update);
            swapRow(md, "update, settled", "the *last* REGISTERED of the new version (none more within 200 ms)", swap.updateSettled);
            swapRow(md, "remove", "UNREGISTERING, and no checker service left", swap.remove);
            if (!swap.registrationsPerUpdate.isEmpty()) {
                Samples r = swap.registrationsPerUpdate;
                long more = r.countAbove(1);
                md.append(more == 0 ? "\nEach update registered the checker service exactly once.\n"
                        : f("%nIn %d of %d updates the checker service was registered more than once (median %.0f times): "
                                + "after `Bundle.update` had registered the new version, the plugin watcher's "
                                + "`refreshBundles` restarted the bundle, so for a few milliseconds between *update* and "
                                + "*update, settled* there was no sourcing checker at all.%n", more, r.count(), r.median()));
            }
            md.append("\nBelow 100 samples the nearest-rank p99 is the maximum. *first* is the first iteration, which also ")
                    .append("pays for loading and JIT-compiling the code paths involved.\n\n");

            md.append("## Raw samples (ms, in measurement order)\n\n```\n");
            for (Launch p : List.of(bareDefault, bareOpts, bareCds, checkers, check)) {
                md.append(f("%-22s %s%n", shortName(p), p.wall().raw()));
            }
            md.append(f("%-22s %s%n", "swap add", swap.add.raw()));
            md.append(f("%-22s %s%n", "swap update", swap.update.raw()));
            md.append(f("%-22s %s%n", "swap update settled", swap.updateSettled.raw()));
            md.append(f("%-22s %s%n", "swap remove", swap.remove.raw()));
            md.append(f("%-22s %s%n", "registrations/update", swap.registrationsPerUpdate.raw()));
            md.append("```\n");
            return md.toString();
        }

        private static String shortName(Launch p) {
            if (p.name().startsWith("Bare")) {
                return p.options().startsWith("JVM") ? "bare felix, defaults" : p.options().contains("CDS") ? "bare felix, opts+cds" : "bare felix, opts";
            }
            return p.command().get(1);
        }

        private static void target(StringBuilder md, String target, String measured, boolean pass) {
            md.append("| ").append(target).append(" | ").append(measured).append(" | **").append(pass ? "PASS" : "FAIL").append("** |\n");
        }

        private static void swapRow(StringBuilder md, String op, String until, Samples s) {
            int attempts = s.count() + s.failures();
            if (s.isEmpty()) {
                md.append(f("| %s | %s | 0 / %d | – | – | – | – |%n", op, until, attempts));
            } else {
                md.append(f("| %s | %s | %d / %d | %.1f | %.1f | %.1f | %.1f |%n", op, until, s.count(), attempts,
                        s.median(), s.percentile(99), s.max(), s.first()));
            }
        }

        private static String f(String format, Object... args) {
            return String.format(Locale.ROOT, format, args);
        }
    }
}

package org.factdesk.bench;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.factdesk.launcher.FactDesk;

/**
 * {@code bench/run [--only SECTIONS] [--runs N] [--warmups N] [--iterations N] [--corpus DIR] [--out FILE]}:
 * measures FactDesk start-up and peak memory against bare Felix, plugin hot-swap latency, and claim-extraction
 * speed against OpenNLP, then writes docs/benchmarks.md. {@code --only startup,hotswap,extraction} runs only the
 * sections named and, without {@code --out}, writes bench/target/benchmarks-SECTIONS.md instead, so a partial
 * run never replaces the full page. The repository root comes from the system property
 * {@code factdesk.bench.root} (set by bench/run).
 */
public final class Bench {

    private static final String SAMPLE = "samples/000_1f3bc55f528ba35c.txt";
    private static final Pattern RSS = Pattern.compile("peak_rss_kib=(\\d+)");
    /** Used when the launch script's OPTS line cannot be found. */
    private static final String SCRIPT_OPTS = "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss1m -XX:MaxRAMPercentage=25";
    private static final List<String> CDS_QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    static final String STARTUP = "startup";
    static final String HOTSWAP = "hotswap";
    static final String EXTRACTION = "extraction";
    private static final List<String> SECTIONS = List.of(STARTUP, HOTSWAP, EXTRACTION);
    private static final String USAGE = "usage: bench/run [--only startup,hotswap,extraction] [--runs N] [--warmups N] "
            + "[--iterations N] [--corpus DIR] [--out FILE]";
    /** Claim extraction: warm-up passes over the corpus, measured repetitions, least seconds per repetition. */
    static final int EXTRACTION_WARMUPS = 5;
    static final int EXTRACTION_REPS = 5;
    static final double EXTRACTION_SECONDS = 3;

    /** One start-up measurement: a child process, what its stdout must mention, and its samples. */
    private record Launch(String name, String options, List<String> command, List<String> expect,
                           Samples wall, Samples rss) {
        Launch(String name, String options, List<String> command, List<String> expect) {
            this(name, options, command, expect, new Samples(), new Samples());
        }
    }

    private final Path root;
    private final Path dist;
    /** FileInstall polls every 2 s, so it gets fewer add / update / remove rounds than our watcher. */
    static final int FILEINSTALL_ITERATIONS = 10;
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
        Path out = null;
        Path corpus = null; // research data stays outside the repository: --corpus names it
        Set<String> only = new LinkedHashSet<>(SECTIONS);
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(value);
                case "--warmups" -> warmups = Integer.parseInt(value);
                case "--iterations" -> iterations = Integer.parseInt(value);
                case "--corpus" -> corpus = Path.of(value).toAbsolutePath();
                case "--out" -> out = Path.of(value).toAbsolutePath();
                case "--only" -> {
                    only = new LinkedHashSet<>();
                    for (String section : value.split(",")) {
                        if (!SECTIONS.contains(section.trim())) {
                            System.err.println(USAGE);
                            System.exit(2);
                        }
                        only.add(section.trim());
                    }
                }
                default -> {
                    System.err.println(USAGE);
                    System.exit(2);
                }
            }
            i++;
        }
        Set<String> sections = new LinkedHashSet<>(SECTIONS);
        sections.retainAll(only);
        if (out == null) {
            out = sections.size() == SECTIONS.size() ? root.resolve("docs/benchmarks.md")
                    : root.resolve("bench/target/benchmarks-" + String.join("-", sections) + ".md");
        }
        if ((sections.contains(STARTUP) || sections.contains(HOTSWAP))
                && !Files.isRegularFile(root.resolve("launcher/target/factdesk/factdesk.jar"))) {
            System.err.println("bench: no distribution in " + root + "/launcher/target/factdesk: build FactDesk first");
            System.exit(2);
        }
        if (sections.contains(EXTRACTION) && (corpus == null || !Files.isDirectory(corpus))) {
            System.err.println("bench: " + (corpus == null ? "the extraction benchmark needs --corpus DIR" : "no article corpus " + corpus)
                    + " (*.txt, paragraphs separated by blank lines, e.g. the Wikinews articles of the evaluation data)");
            System.exit(2);
        }
        Path scratch = Files.createTempDirectory("factdesk-bench-");
        try {
            String report = new Bench(root, scratch).run(sections, runs, warmups, iterations, corpus,
                    String.join(" ", Stream.concat(Stream.of("bench/run"), Arrays.stream(args)).toList()));
            Files.createDirectories(out.getParent());
            Files.writeString(out, report + keptSections(out));
            System.out.println("bench: wrote " + out);
        } finally {
            Util.deleteTree(scratch);
        }
    }

    /**
     * Other tools (importer and prior-fact-check benchmarks) write their own sections of the page between
     * {@code <!-- section:NAME -->} markers; a new report keeps them.
     */
    static String keptSections(Path page) throws IOException {
        if (!Files.exists(page)) {
            return "";
        }
        String old = Files.readString(page);
        StringBuilder kept = new StringBuilder();
        Matcher m = Pattern.compile("(?s)<!-- section:([\\w-]+) -->.*?<!-- /section:\\1 -->").matcher(old);
        while (m.find()) {
            kept.append("\n").append(m.group()).append("\n");
        }
        return kept.toString();
    }

    private String run(Set<String> sections, int runs, int warmups, int iterations, Path corpus, String command)
            throws Exception {
        ZonedDateTime date = ZonedDateTime.now(ZoneOffset.UTC);
        String loadBefore = loadAverage();
        List<String> opts = scriptOptions();
        Startup startup = null;
        HotSwap swap = null;
        if (sections.contains(STARTUP) || sections.contains(HOTSWAP)) {
            checkDistribution();
        }
        if (sections.contains(STARTUP)) {
            startup = startup(opts, runs, warmups);
        }
        if (sections.contains(HOTSWAP)) {
            System.err.println("bench: plugin hot swap, " + iterations + " iterations");
            swap = HotSwap.run(dist, iterations);
            Path fileInstall = root.resolve("bench/target/fileinstall/org.apache.felix.fileinstall-" + HotSwap.FILEINSTALL_VERSION + ".jar");
            if (Files.isRegularFile(fileInstall)) {
                System.err.println("bench: plugin hot swap until first finding, Felix FileInstall, "
                        + FILEINSTALL_ITERATIONS + " iterations");
                swap.fileInstall = HotSwap.runFileInstall(dist, fileInstall, FILEINSTALL_ITERATIONS);
            } else {
                warnings.add("No " + root.relativize(fileInstall) + " (run `mvn -q -o -pl bench package`): the hot-swap "
                        + "comparison with Felix FileInstall was skipped.");
            }
        }
        Extractions extraction = null;
        if (sections.contains(EXTRACTION)) {
            extraction = extraction(opts, corpus);
        }
        String loadAfter = loadAverage();

        return new Report(date, command, runs, warmups, iterations, machine(loadBefore, loadAfter), String.join(" ", opts),
                startup, swap, extraction, warnings).markdown();
    }

    /** The start-up runs: every configuration once per round, warm-up rounds first. */
    private record Startup(Path jsa, Launch bareDefault, Launch bareOpts, Launch bareCds, Launch checkers, Launch check) {
        List<Launch> all() {
            return List.of(bareDefault, bareOpts, bareCds, checkers, check);
        }
    }

    /** Claim-extraction speed, with JVM defaults and with the launch script's options. */
    record Extractions(Path corpus, String claimsJar, Extraction.Result defaults, Extraction.Result script) {
    }

    private Extractions extraction(List<String> opts, Path corpus) throws Exception {
        String claimsJar = checkClaimsJar();
        String classPath = System.getProperty("java.class.path");
        System.err.printf("bench: claim extraction, JVM defaults (%d warm-up passes, %d repetitions of at least %.0f s each)%n",
                EXTRACTION_WARMUPS, EXTRACTION_REPS, EXTRACTION_SECONDS);
        Extraction.Result defaults = Extraction.run(java, classPath, List.of(), corpus, EXTRACTION_WARMUPS, EXTRACTION_REPS,
                EXTRACTION_SECONDS, scratch);
        System.err.println("bench: claim extraction, the launch script's JVM options");
        Extraction.Result script = Extraction.run(java, classPath, opts, corpus, EXTRACTION_WARMUPS, EXTRACTION_REPS,
                EXTRACTION_SECONDS, scratch);
        return new Extractions(corpus, claimsJar, defaults, script);
    }

    /**
     * Describes the claim extractor jar the harness runs (from the local Maven repository, copied by
     * {@code mvn -pl bench package}) and warns when it or the API jar is not what the module's sources build now.
     */
    private String checkClaimsJar() throws Exception {
        Path jar = Path.of(codeSource(org.factdesk.claims.internal.ClaimFinder.class));
        checkModuleJar(jar, "bundles/org.factdesk.claims", "claims");
        checkModuleJar(Path.of(codeSource(org.factdesk.api.article.Article.class)), "bundles/org.factdesk.api", "API");
        FileTime jarTime = Files.getLastModifiedTime(jar);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(jar)), 0, 6);
        return f("`%s` (%d bytes, modified %s, SHA-256 %s…)", root.relativize(jar), Files.size(jar),
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").format(jarTime.toInstant().atZone(ZoneOffset.UTC)), sha);
    }

    /** Warns when {@code jar} differs from the module's own build output or is older than the module's sources. */
    private void checkModuleJar(Path jar, String module, String what) {
        Path built = root.resolve(module).resolve("target").resolve(jar.getFileName());
        try {
            if (Files.isRegularFile(built) && Files.mismatch(jar, built) != -1) {
                warnings.add("The " + what + " jar on the harness class path (" + jar + ") differs from " + built
                        + ": the extraction figures describe the former, which `mvn -q -o -pl bench package` copied from "
                        + "the local Maven repository.");
            }
            FileTime jarTime = Files.getLastModifiedTime(jar);
            List<String> newer = new ArrayList<>();
            Path sources = root.resolve(module).resolve("src/main");
            if (Files.isDirectory(sources)) {
                try (Stream<Path> s = Files.walk(sources)) {
                    s.filter(Files::isRegularFile).filter(f -> modified(f).compareTo(jarTime) > 0)
                            .forEach(f -> newer.add(root.relativize(f).toString()));
                }
            }
            if (!newer.isEmpty()) {
                warnings.add("The " + what + " jar on the harness class path is older than " + newer.size()
                        + " source file(s), e.g. `" + newer.get(0) + "`: the extraction figures describe the jar as built, "
                        + "not the current sources.");
            }
        } catch (IOException e) {
            warnings.add("Could not compare " + jar + " with " + module + ": " + e.getMessage());
        }
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private Startup startup(List<String> opts, int runs, int warmups) throws Exception {
        String classPath = codeSource(org.apache.felix.framework.FrameworkFactory.class) + ":" + codeSource(Bench.class);
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
        return new Startup(jsa, bareDefault, bareOpts, bareCds, checkers, check);
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
        return scriptOptions(root, SCRIPT_OPTS, warnings, "the baseline");
    }

    /**
     * The JVM options of the launch script's OPTS line in {@code root}; {@code fallback}, with a
     * warning saying what ({@code who}) used it, when the script has none.
     */
    static List<String> scriptOptions(Path root, String fallback, List<String> warnings, String who) throws IOException {
        Matcher m = Pattern.compile("(?m)^OPTS=\"([^\"$]*)\"").matcher(Files.readString(root.resolve("factdesk")));
        String opts = fallback;
        if (m.find()) {
            opts = m.group(1);
        } else {
            warnings.add("No OPTS line in the factdesk script: " + who + " used " + fallback);
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
        // the newest jar of the distribution: Maven leaves an unchanged jar alone, so factdesk.jar alone may be old
        FileTime newest = Files.getLastModifiedTime(dist.resolve("factdesk.jar"));
        try (Stream<Path> jars = Files.list(dist.resolve("bundles"))) {
            for (Path jar : jars.toList()) {
                FileTime t = Files.getLastModifiedTime(jar);
                newest = t.compareTo(newest) > 0 ? t : newest;
            }
        }
        FileTime built = newest;
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

    static String grep(Path file, String prefix) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> l.startsWith(prefix)).findFirst().orElse("");
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " / " + f[1] + " / " + f[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    static String codeSource(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @SafeVarargs
    static List<String> concat(List<String>... parts) {
        return Arrays.stream(parts).flatMap(List::stream).toList();
    }

    /** The markdown page; pure formatting of what was measured. Sections that were not run are null. */
    private record Report(ZonedDateTime date, String command, int runs, int warmups, int iterations, List<String[]> machine,
                          String opts, Startup startup, HotSwap swap, Extractions extraction, List<String> warnings) {

        private static final double STARTUP_FACTOR = 2.0;
        private static final double RSS_LIMIT_MIB = 150;
        private static final double ADD_P50_LIMIT_MS = 150;
        private static final double FINDING_P50_LIMIT_MS = 150;
        private static final double FINDING_P99_LIMIT_MS = 400;
        private static final double EXTRACTION_MB_S = 2.0;

        String markdown() {
            StringBuilder md = new StringBuilder();
            md.append("# FactDesk benchmarks\n\n");
            md.append("Generated ").append(date.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                    .append(". Reproduce from the repository root (the first command builds only the bench module")
                    .append(startup != null || swap != null ? "; the FactDesk distribution in `launcher/target/factdesk` must already be built" : "")
                    .append(extraction != null ? "; the claim extractor and API jars come from the local Maven repository" : "")
                    .append("):\n\n");
            md.append("```sh\nmvn -q -o -pl bench package && ").append(command).append("\n```\n\n");
            if (startup == null || swap == null || extraction == null) {
                md.append("A partial run (`--only`): the other sections were not measured.\n\n");
            }
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

            md.append("## Targets\n\n| Target | Measured | Result |\n|---|---|---|\n");
            if (startup != null) {
                double base = startup.bareDefault().wall().median();
                double same = startup.bareOpts().wall().median();
                double fd = startup.checkers().wall().median();
                double rssMax = Math.max(startup.checkers().rss().max(), startup.check().rss().max()) / 1024;
                target(md, "Start-up to all components active, and stop: at most 2× bare Felix start+stop (JVM defaults)",
                        f("`checkers` %.0f ms / %.0f ms = %.2f×", fd, base, fd / base), fd <= STARTUP_FACTOR * base);
                target(md, "The same, bare Felix with the script's JVM options",
                        f("`checkers` %.0f ms / %.0f ms = %.2f×", fd, same, fd / same), fd <= STARTUP_FACTOR * same);
                target(md, "Peak memory of a headless run under 150 MiB",
                        f("highest of all measured `checkers` and `check` runs: %.1f MiB", rssMax), rssMax < RSS_LIMIT_MIB);
            }
            if (swap != null) {
                boolean addOk = !swap.add.isEmpty() && swap.add.failures() == 0 && swap.add.median() <= ADD_P50_LIMIT_MS;
                target(md, "Plugin add: p50 at most 150 ms",
                        swap.add.isEmpty() ? "no successful add" : f("p50 %.1f ms, %d timeouts", swap.add.median(), swap.add.failures()), addOk);
                if (swap.watcher != null) {
                    HotSwap.Findings w = swap.watcher;
                    boolean ok = true;
                    StringBuilder m = new StringBuilder();
                    for (Object[] op : new Object[][] {{"add", w.addFinding}, {"update", w.updateFinding}, {"remove", w.removeFinding}}) {
                        Samples s = (Samples) op[1];
                        ok &= !s.isEmpty() && s.failures() == 0 && s.median() <= FINDING_P50_LIMIT_MS
                                && s.percentile(99) <= FINDING_P99_LIMIT_MS;
                        m.append(m.length() == 0 ? "" : "; ").append(s.isEmpty() ? op[0] + " none"
                                : f("%s p50 %.1f / p99 %.1f ms, %d timeouts", op[0], s.median(), s.percentile(99), s.failures()));
                    }
                    target(md, "Plugin hot swap (our watcher) until the first finding (none, for remove): p50 at most 150 ms "
                            + "and p99 at most 400 ms for add, update and remove", m.toString(), ok);
                }
            }
            if (extraction != null) {
                extractionTarget(md, "Claim extraction, warm, one thread: FactDesk at least 2 MB/s per core (JVM defaults)",
                        extraction.defaults());
                extractionTarget(md, "The same with the launch script's JVM options (C1 only, as `factdesk check` runs)",
                        extraction.script());
            }
            if (startup != null) {
                md.append(f("\nFor comparison only: against bare Felix with the script's options *and* its own CDS archive "
                        + "(as the script gives FactDesk) the ratio is %.2f×.%n", startup.checkers().wall().median()
                        / startup.bareCds().wall().median()));
            }
            md.append("\n");

            if (startup != null) {
                startupSection(md);
            }
            if (swap != null) {
                swapSection(md);
            }
            if (extraction != null) {
                extractionSection(md);
            }

            md.append("## Raw samples (in measurement order)\n\n```\n");
            if (startup != null) {
                md.append("# start-up, ms\n");
                for (Launch p : startup.all()) {
                    md.append(f("%-24s %s%n", shortName(p), p.wall().raw()));
                }
            }
            if (swap != null) {
                md.append("# hot swap, ms\n");
                md.append(f("%-24s %s%n", "swap add", swap.add.raw()));
                md.append(f("%-24s %s%n", "swap update", swap.update.raw()));
                md.append(f("%-24s %s%n", "swap update settled", swap.updateSettled.raw()));
                md.append(f("%-24s %s%n", "swap remove", swap.remove.raw()));
                md.append(f("%-24s %s%n", "registrations/update", swap.registrationsPerUpdate.raw()));
                for (HotSwap.Findings fs : new HotSwap.Findings[] {swap.watcher, swap.fileInstall}) {
                    if (fs != null) {
                        String k = fs == swap.watcher ? "watcher" : "fileinstall";
                        md.append(f("# hot swap with checks running, %s, ms%n", fs.mechanism));
                        md.append(f("%-24s %s%n", k + " add event", fs.addEvent.raw()));
                        md.append(f("%-24s %s%n", k + " add finding", fs.addFinding.raw()));
                        md.append(f("%-24s %s%n", k + " update event", fs.updateEvent.raw()));
                        md.append(f("%-24s %s%n", k + " update finding", fs.updateFinding.raw()));
                        md.append(f("%-24s %s%n", k + " remove event", fs.removeEvent.raw()));
                        md.append(f("%-24s %s%n", k + " remove no finding", fs.removeFinding.raw()));
                        md.append(f("%-24s %s%n", k + " checks/step", fs.checksPerStep.raw()));
                    }
                }
            }
            if (extraction != null) {
                md.append("# claim extraction, MB/s (wall clock), repetitions alternate FactDesk first / OpenNLP first\n");
                for (var run : List.of(extraction.defaults(), extraction.script())) {
                    String jvm = run.jvmOptions().isEmpty() ? "defaults" : "script";
                    md.append(f("%-24s %s%n", "factdesk, " + jvm, run.factdeskWall().raw("%.3f")));
                    md.append(f("%-24s %s%n", "opennlp, " + jvm, run.opennlpWall().raw("%.3f")));
                }
            }
            md.append("```\n");
            return md.toString();
        }

        private void startupSection(StringBuilder md) {
            double base = startup.bareDefault().wall().median();
            double same = startup.bareOpts().wall().median();
            md.append("## 1. Start-up and stop\n\n");
            md.append(f("%d measured runs per row after %d warm-up round(s); wall time from spawning the process to its exit, "
                    + "as seen by the harness. Script options: `%s`. FactDesk's CDS archive: `%s` (present for every "
                    + "measured run).%n%n", runs, warmups, opts, startup.jsa().getFileName()));
            md.append("| Process | JVM options | median ms | p90 ms | min ms | peak RSS median MiB | × bare (defaults) | × bare (script options) |\n");
            md.append("|---|---|--:|--:|--:|--:|--:|--:|\n");
            for (Launch p : startup.all()) {
                Samples w = p.wall();
                md.append(f("| %s | %s | %.0f | %.0f | %.0f | %.1f | %.2f | %.2f |%n", p.name(), p.options(), w.median(),
                        w.percentile(90), w.min(), p.rss().median() / 1024, w.median() / base, w.median() / same));
            }
            md.append("\nThe `factdesk` rows include the launch script itself (a `sh` with `readlink`, `sed` and `cksum`) ")
                    .append("and run with an empty plugins directory. Bare Felix is `java -cp felix.jar:bench.jar ")
                    .append("org.factdesk.bench.BareFelix`: no bundles, a fresh cache (`storage.clean=onFirstInit`), ")
                    .append("`start()`, `stop()`, `waitForStop`, cache deleted.\n\n");
        }

        private void swapSection(StringBuilder md) {
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
            if (swap.watcher != null) {
                findingsSection(md);
            }
        }

        private void findingsSection(StringBuilder md) {
            HotSwap.Findings w = swap.watcher;
            HotSwap.Findings fi = swap.fileInstall;
            md.append("### Until the first finding: our watcher and Felix FileInstall\n\n");
            md.append(f("In the same run, after the table above, %d more rounds of add, update, remove in the same FactDesk, this "
                    + "time with checks running: from the move or delete on, the harness runs `check --json` on a one-sentence "
                    + "article (\"%s\") back to back in the running desk, through the launch service the command line uses "
                    + "(an `IntConsumer` service with `factdesk.launch=cli`, standard output captured), until a check's JSON "
                    + "shows a finding whose provenance is the sourcing checker's *new* Bundle-Version (add: `…a<i>`, update: "
                    + "`…u<i>`), or, for remove, no finding from it at all. *First finding* is the time until that check's "
                    + "output was complete, so it includes up to one check that started too early; the service event of the "
                    + "same step is timed as above. %d checks ran first as a warm-up.%n%n",
                    w.iterations, HotSwap.ARTICLE.strip(), 30));
            if (fi != null) {
                md.append(f("**Felix FileInstall** %s (`org.apache.felix:org.apache.felix.fileinstall`, from Maven Central, not part "
                        + "of the distribution) ran the same %d rounds afterwards in a second in-process FactDesk, started from a "
                        + "copy of the distribution without `bundles/%s-*.jar` (our watcher) and without the sourcing checker, "
                        + "with FileInstall installed and started after `FactDesk.start` and the framework properties "
                        + "`felix.fileinstall.dir=<its own directory>` and `felix.fileinstall.log.level=0`; everything else at "
                        + "FileInstall's defaults (`felix.fileinstall.poll` 2000 ms, `noInitialDelay` false). FileInstall would "
                        + "install any file it sees, so each jar is staged in a sibling directory for 100 ms and then moved "
                        + "in atomically; before each move or delete the harness also sleeps a random 0–2 s, so that the steps fall at "
                        + "random points of FileInstall's poll cycle instead of locking onto it. A step waits at most %d s for "
                        + "FileInstall and 5 s for our watcher.%n%n",
                        HotSwap.FILEINSTALL_VERSION, fi.iterations, HotSwap.WATCHER, 10));
            }
            md.append("| Operation | Mechanism | ok / attempts (event, finding) | event p50 ms | event p99 ms | first finding p50 ms "
                    + "| first finding p99 ms | first finding max ms |\n"
                    + "|---|---|--:|--:|--:|--:|--:|--:|\n");
            String[] ops = {"add", "update", "remove"};
            for (int k = 0; k < 3; k++) {
                for (HotSwap.Findings fs : fi == null ? new HotSwap.Findings[] {w} : new HotSwap.Findings[] {w, fi}) {
                    Samples ev = k == 0 ? fs.addEvent : k == 1 ? fs.updateEvent : fs.removeEvent;
                    Samples fd = k == 0 ? fs.addFinding : k == 1 ? fs.updateFinding : fs.removeFinding;
                    md.append(f("| %s | %s | %s, %s | %s | %s | %s | %s | %s |%n", ops[k] + (k == 2 ? " (until no finding)" : ""),
                            fs.mechanism, okOf(ev), okOf(fd), num(ev, 50), num(ev, 99), num(fd, 50), num(fd, 99),
                            fd.isEmpty() ? "–" : f("%.1f", fd.max())));
                }
                if (fi != null) {
                    Samples we = k == 0 ? w.addEvent : k == 1 ? w.updateEvent : w.removeEvent;
                    Samples wf = k == 0 ? w.addFinding : k == 1 ? w.updateFinding : w.removeFinding;
                    Samples fe = k == 0 ? fi.addEvent : k == 1 ? fi.updateEvent : fi.removeEvent;
                    Samples ff = k == 0 ? fi.addFinding : k == 1 ? fi.updateFinding : fi.removeFinding;
                    md.append(f("| %s | **ratio of medians, FileInstall / ours** | | **%s** | | **%s** | | |%n", ops[k],
                            ratio(fe, we), ratio(ff, wf)));
                }
            }
            md.append(f("%nChecks per step (median over all steps): our watcher %.0f, FileInstall %s; one check took %.1f ms "
                    + "(median) with our watcher running and %s with FileInstall.%n",
                    w.checksPerStep.isEmpty() ? 0 : w.checksPerStep.median(),
                    fi == null || fi.checksPerStep.isEmpty() ? "–" : f("%.0f", fi.checksPerStep.median()),
                    w.checkMs.isEmpty() ? 0 : w.checkMs.median(),
                    fi == null || fi.checkMs.isEmpty() ? "–" : f("%.1f ms", fi.checkMs.median())));
            boolean ok = true;
            for (Samples s : new Samples[] {w.addFinding, w.updateFinding, w.removeFinding}) {
                ok &= !s.isEmpty() && s.failures() == 0 && s.median() <= 150 && s.percentile(99) <= 400;
            }
            md.append(f("%nAgainst the issue's target (our watcher, until the first finding: p50 at most 150 ms and p99 at most "
                    + "400 ms for add, update and remove): **%s**.", ok ? "PASS" : "FAIL"));
            if (fi != null) {
                md.append(f(" From service event to first finding took %.0f ms with our watcher and %.0f ms with FileInstall "
                        + "(median over all steps of the per-step difference): FileInstall's figures are set by its 2 s poll, "
                        + "not by the work after it.", medianGap(w), medianGap(fi)));
            }
            md.append(" With 30 or fewer samples the nearest-rank p99 is the maximum.\n\n");
        }

        /** Median over all steps of first finding minus service event. */
        private static double medianGap(HotSwap.Findings fs) {
            Samples gap = new Samples();
            for (Samples[] p : new Samples[][] {{fs.addEvent, fs.addFinding}, {fs.updateEvent, fs.updateFinding},
                    {fs.removeEvent, fs.removeFinding}}) {
                if (p[0].count() == p[1].count() && p[0].failures() == 0 && p[1].failures() == 0) {
                    for (int i = 0; i < p[0].count(); i++) {
                        gap.add(p[1].get(i) - p[0].get(i));
                    }
                }
            }
            return gap.isEmpty() ? Double.NaN : gap.median();
        }

        private static String okOf(Samples s) {
            return f("%d / %d", s.count(), s.count() + s.failures());
        }

        private static String num(Samples s, double p) {
            return s.isEmpty() ? "–" : f("%.1f", p == 50 ? s.median() : s.percentile(p));
        }

        private static String ratio(Samples a, Samples b) {
            return a.isEmpty() || b.isEmpty() ? "–" : f("%.1f×", a.median() / b.median());
        }

        private void extractionSection(StringBuilder md) {
            Extraction.Result d = extraction.defaults();
            md.append("## 3. Claim-extraction speed (one thread, outside OSGi)\n\n");
            md.append(f("Corpus: the %s articles in `%s` (%,d UTF-8 bytes, %,d characters), each one `Article` whose text is "
                    + "the whole file and whose paragraphs are its blank-line-separated blocks (%s paragraphs); both "
                    + "extractors get exactly these texts. **FactDesk** is `org.factdesk.claims.internal.ClaimFinder` "
                    + "(`threshold` -1, i.e. the model's trained threshold; `alwaysReportCues` true) from %s, called "
                    + "directly on a plain class path: no OSGi, no pipeline, no checkers. **OpenNLP** %s is the baseline: "
                    + "per paragraph `SentenceDetectorME.sentPosDetect`, then per sentence `TokenizerME.tokenize` and "
                    + "`POSTaggerME.tag`, with the English UD-EWT models of `opennlp-models-{sentdetect,tokenizer,pos}-en` "
                    + "1.3.0 loaded from the class path.%n%n",
                    d.fact("corpus.files"), extraction.corpus(), d.num("corpus.bytes"), d.num("corpus.chars"),
                    d.fact("corpus.paragraphs"), extraction.claimsJar(), d.fact("jvm.opennlp")));
            md.append(f("Each JVM configuration is a fresh child JVM (`java OPTIONS -cp bench.jar:target/lib/*.jar "
                    + "org.factdesk.bench.Extraction`) doing all its work on its main thread: one cold pass of each "
                    + "extractor, %s warm-up passes of each, then %s repetitions that alternate which extractor goes first. "
                    + "A repetition is as many whole passes over the corpus as fill %s s (+20%%) at the speed of the last "
                    + "warm-up pass. **MB/s** is 10^6 UTF-8 input bytes per wall-clock second of that one thread, i.e. per "
                    + "core; the *CPU* column divides by the thread's own CPU time instead, which leaves out time it waited "
                    + "for a core but also the JIT and GC work other threads did for it. *Alloc* is bytes allocated by the "
                    + "thread per input byte.%n%n", d.fact("passes.warmups"), d.fact("passes.reps"), d.fact("passes.seconds")));
            md.append("| JVM options | Extractor | passes per repetition | shortest repetition s | MB/s median | MB/s min | MB/s max "
                    + "| MB/s median, CPU | Alloc B/B | FactDesk / OpenNLP |\n|---|---|--:|--:|--:|--:|--:|--:|--:|--:|\n");
            for (Extraction.Result r : List.of(d, extraction.script())) {
                String jvm = r.jvmOptions().isEmpty() ? "JVM defaults" : "script: `" + String.join(" ", r.jvmOptions()) + "`";
                double ratio = r.factdeskWall().median() / r.opennlpWall().median();
                md.append(f("| %s | FactDesk | %s | %.1f | %.3f | %.3f | %.3f | %.3f | %s | **%.2f×** |%n", jvm,
                        r.fact("passes.factdesk"), r.factdeskSeconds().min(), r.factdeskWall().median(), r.factdeskWall().min(),
                        r.factdeskWall().max(), r.factdeskCpu().median(), r.fact("alloc.factdesk"), ratio));
                md.append(f("| %s | OpenNLP | %s | %.1f | %.3f | %.3f | %.3f | %.3f | %s | |%n", jvm,
                        r.fact("passes.opennlp"), r.opennlpSeconds().min(), r.opennlpWall().median(), r.opennlpWall().min(),
                        r.opennlpWall().max(), r.opennlpCpu().median(), r.fact("alloc.opennlp")));
            }
            md.append(f("%nThe ratio divides the two medians of the same JVM; FactDesk needs %.1f× its median speed with JVM "
                    + "defaults to reach 2 MB/s.%n%n", EXTRACTION_MB_S / d.factdeskWall().median()));

            long claims = d.num("counts.claims");
            long fdSentences = d.num("counts.factdesk_sentences");
            long gold = d.num("corpus.gold_sentences");
            md.append("| JVM defaults | FactDesk | OpenNLP |\n|---|---|---|\n");
            md.append(f("| Set-up before the first text | %s ms (entity list; the check-worthiness model loads on the first "
                    + "`extract`) | %s ms (three models) |%n", d.fact("setup.factdesk_ms"), d.fact("setup.opennlp_ms")));
            md.append(f("| First, cold pass | %s ms | %s ms |%n", d.fact("first.factdesk_ms"), d.fact("first.opennlp_ms")));
            md.append(f("| Sentences in the corpus | %s (its own splitter) | %s |%n", fdSentences < 0 ? "n/a" : String.valueOf(fdSentences),
                    d.fact("counts.opennlp_sentences")));
            md.append(f("| Output of one pass | **%d claims**: %s claims per sentence%s | %s tokens, each with a POS tag |%n", claims,
                    fdSentences > 0 ? f("%.2f", (double) claims / fdSentences) : "n/a",
                    gold > 0 ? f(" (%.2f per sentence of the %d the GUM annotators marked)", (double) claims / gold, gold) : "",
                    d.fact("counts.opennlp_tokens")));
            md.append(f("| Garbage collections during the measured repetitions (both extractors) | %s, %s ms in all | |%n%n",
                    d.fact("gc.collections"), d.fact("gc.ms")));

            md.append("**Not the same work.** Per article, FactDesk splits sentences with its own rules (abbreviations, ")
                    .append("initials, datelines, quotations), finds quotations and their speakers, and finds named entities ")
                    .append("across the article (a list of known names, titled persons, runs of capitalised words), clustering ")
                    .append("spelling variants by edit distance. Per sentence it runs regular-expression detectors for figures ")
                    .append("(currency, scale and percent, normalised to a value), for attribution (anonymous, vague or named ")
                    .append("source) and for comparison, causal and prediction wording; resolves a quotation's speaker ")
                    .append("(a pronoun to the last person named); builds the check-worthiness model's features (the ")
                    .append("sentence's words and word pairs plus what the detectors found) and scores them with its ")
                    .append("logistic-regression model; and for each claim finds and normalises dates and other time ")
                    .append("references and writes the claim's reason. It makes no token list and no ")
                    .append("part-of-speech tags. OpenNLP's three maximum-entropy models do statistical sentence detection, ")
                    .append("tokenisation and POS tagging (a beam search over each sentence's tag sequence), giving every token ")
                    .append("a Universal Dependencies tag, which FactDesk never produces; but they find no figures, quotations, ")
                    .append("speakers, attribution, ")
                    .append("entities or check-worthiness, so an OpenNLP-based claim extractor would need NER and rules on top ")
                    .append("of this baseline.\n\n");
        }

        private static void extractionTarget(StringBuilder md, String target, Extraction.Result r) {
            Samples s = r.factdeskWall();
            target(md, target, f("median %.3f MB/s (min %.3f, max %.3f), %.2f× the target; OpenNLP %.3f MB/s", s.median(),
                    s.min(), s.max(), s.median() / EXTRACTION_MB_S, r.opennlpWall().median()), s.median() >= EXTRACTION_MB_S);
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

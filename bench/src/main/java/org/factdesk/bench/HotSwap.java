package org.factdesk.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.factdesk.launcher.FactDesk;
import org.osgi.framework.AllServiceListener;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.Version;

/**
 * Plugin hot-swap latency, measured in this JVM: a FactDesk whose home lacks the sourcing checker,
 * which is then dropped into, replaced in and deleted from the watched plugins directory. The harness
 * sees the checker only through a service filter on the system bundle's context, so it never loads a
 * FactDesk API class. It listens with an {@link AllServiceListener}: this JVM's class path also holds a copy of
 * the API (for {@link Extraction}), and a plain listener would only hear of services whose interface class is
 * that copy, which no bundle's is.
 */
final class HotSwap {

    static final String CHECKER = "org.factdesk.checker.sourcing";
    static final String FILTER = "(factdesk.checker.id=" + CHECKER + ")";
    private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(5);
    /** Time a staged jar is left alone before it is moved in: far above the watcher's 15 ms settle time. */
    private static final long STAGE_MS = 100;
    /** A step is over once the checker's service has had no event for this long. */
    private static final long QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    final Samples add = new Samples();
    final Samples update = new Samples();
    final Samples updateSettled = new Samples();
    final Samples remove = new Samples();
    /** REGISTERED events of the checker per update, from the file move until things are quiet. */
    final Samples registrationsPerUpdate = new Samples();
    /** The second pass, with checks running: our watcher; and the same with Felix FileInstall, if it was run. */
    Findings watcher;
    Findings fileInstall;

    /** Bundles a FileInstall runtime leaves out besides the checker: our own plugin watcher. */
    static final String WATCHER = "org.factdesk.plugins";
    static final String FILEINSTALL_VERSION = "3.7.4";
    /** FileInstall's default felix.fileinstall.poll. */
    static final int FILEINSTALL_POLL_MS = 2000;
    /** FileInstall polls every 2 s by default, so its steps get a longer timeout. */
    private static final long FILEINSTALL_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(10);
    /** The article checked again and again: the sourcing checker flags its anonymous sources. */
    static final String ARTICLE = "The ministry spent $12 million on roads, according to sources familiar with the plan.\n";
    private static final Pattern FINDING = Pattern.compile(
            "\"bundle\":\"" + Pattern.quote(CHECKER) + "\",\"bundleVersion\":\"([^\"]+)\"");
    private static final int WARMUP_CHECKS = 30;

    /**
     * One mechanism's hot swap measured with checks running: per operation the time until the checker's service
     * event, and, from the same steps, until the first `factdesk check --json` whose output shows the change.
     */
    static final class Findings {
        final String mechanism;
        final int iterations;
        final Samples addEvent = new Samples();
        final Samples updateEvent = new Samples();
        final Samples removeEvent = new Samples();
        final Samples addFinding = new Samples();
        final Samples updateFinding = new Samples();
        final Samples removeFinding = new Samples();
        /** Checks run per step, until the one that showed the change. */
        final Samples checksPerStep = new Samples();
        /** Duration of every check run during the steps. */
        final Samples checkMs = new Samples();

        Findings(String mechanism, int iterations) {
            this.mechanism = mechanism;
            this.iterations = iterations;
        }
    }

    private final BundleContext context;
    private final Path plugins;
    private final long timeoutNanos;
    private final Path article;
    private final AtomicInteger registrations = new AtomicInteger();
    private volatile Awaited awaited;
    private volatile long lastEvent = System.nanoTime();
    private volatile long lastRegistered;

    /** A service event being waited for: its type and, unless null, the version of the bundle behind it. */
    private record Awaited(int type, String version, CompletableFuture<Long> at) {
    }

    /** A timed file operation. */
    private interface FileOp {
        void run() throws IOException;
    }

    private HotSwap(BundleContext context, Path plugins, long timeoutNanos, Path article) {
        this.context = context;
        this.plugins = plugins;
        this.timeoutNanos = timeoutNanos;
        this.article = article;
    }

    /** Copies the distribution's bundles except the checker into a fresh home, starts FactDesk there, measures. */
    static HotSwap run(Path dist, int iterations) throws Exception {
        Path tmp = Files.createTempDirectory("factdesk-bench-swap-");
        try {
            Path home = tmp.resolve("home");
            Path plugins = Files.createDirectories(tmp.resolve("plugins"));
            Path article = Files.writeString(tmp.resolve("article.txt"), ARTICLE);
            byte[] checker = copyBundlesWithoutChecker(dist.resolve("bundles"), Files.createDirectories(home.resolve("bundles")), false);
            try (FactDesk desk = FactDesk.start(new FactDesk.Options(home, plugins, Map.of(), false))) {
                HotSwap swap = new HotSwap(desk.framework().getBundleContext(), plugins, TIMEOUT_NANOS, article);
                swap.listen();
                swap.measure(checker, iterations);
                System.err.println("bench: plugin hot swap until first finding, our watcher, " + iterations + " iterations");
                swap.warmUpChecks();
                swap.watcher = new Findings("FactDesk watcher", iterations);
                swap.measureFindings(checker, plugins.resolve("x.jar.tmp"), plugins.resolve("sourcing.jar"), swap.watcher, 0);
                return swap;
            }
        } finally {
            Util.deleteTree(tmp);
        }
    }

    /**
     * The same add / update / remove with checks running, in a FactDesk without our plugin watcher (and without
     * the checker) into which Felix FileInstall is installed at its default settings, watching its own directory.
     */
    static Findings runFileInstall(Path dist, Path fileInstallJar, int iterations) throws Exception {
        Path tmp = Files.createTempDirectory("factdesk-bench-fileinstall-");
        try {
            Path home = tmp.resolve("home");
            Path plugins = Files.createDirectories(tmp.resolve("plugins")); // FactDesk's own: nobody watches it
            Path watched = Files.createDirectories(tmp.resolve("fileinstall"));
            Path stage = Files.createDirectories(tmp.resolve("stage")); // outside: FileInstall takes any file
            Path article = Files.writeString(tmp.resolve("article.txt"), ARTICLE);
            byte[] checker = copyBundlesWithoutChecker(dist.resolve("bundles"), Files.createDirectories(home.resolve("bundles")), true);
            Map<String, String> props = Map.of("felix.fileinstall.dir", watched.toString(), "felix.fileinstall.log.level", "0");
            try (FactDesk desk = FactDesk.start(new FactDesk.Options(home, plugins, props, false))) {
                BundleContext context = desk.framework().getBundleContext();
                for (Bundle b : context.getBundles()) {
                    if (WATCHER.equals(b.getSymbolicName())) {
                        throw new IllegalStateException(WATCHER + " is installed in the FileInstall runtime");
                    }
                }
                context.installBundle(fileInstallJar.toUri().toString()).start();
                HotSwap swap = new HotSwap(context, plugins, FILEINSTALL_TIMEOUT_NANOS, article);
                swap.listen();
                swap.warmUpChecks();
                Findings f = new Findings("Felix FileInstall " + FILEINSTALL_VERSION + " (defaults)", iterations);
                swap.measureFindings(checker, stage.resolve("sourcing.jar"), watched.resolve("sourcing.jar"), f, FILEINSTALL_POLL_MS);
                return f;
            }
        } finally {
            Util.deleteTree(tmp);
        }
    }

    /** @return the checker jar's bytes, the one bundle not copied (Felix refuses a second copy of a bundle) */
    private static byte[] copyBundlesWithoutChecker(Path from, Path to, boolean withoutWatcher) throws IOException {
        byte[] checker = null;
        List<Path> jars;
        try (Stream<Path> s = Files.list(from)) {
            jars = s.filter(p -> p.toString().endsWith(".jar")).toList();
        }
        for (Path jar : jars) {
            String name = jar.getFileName().toString();
            if (name.startsWith(CHECKER + "-")) {
                checker = Files.readAllBytes(jar);
            } else if (withoutWatcher && name.startsWith(WATCHER + "-")) {
                continue;
            } else {
                Files.copy(jar, to.resolve(name));
            }
        }
        if (checker == null) {
            throw new IllegalStateException("no " + CHECKER + "-*.jar in " + from);
        }
        return checker;
    }

    private void listen() throws InvalidSyntaxException {
        // An AllServiceListener, as present() uses getAllServiceReferences: the harness class path also holds the
        // FactDesk API jar (for the extraction benchmark), so a plain ServiceListener on the system bundle would be
        // told nothing of a checker whose Checker class is not the class path's copy.
        context.addServiceListener((AllServiceListener) this::serviceChanged, FILTER);
        if (present(null)) {
            throw new IllegalStateException(CHECKER + " is registered before it was added: is it still in home/bundles?");
        }
    }

    private void measure(byte[] jar, int iterations) throws Exception {
        Version base = Version.parseVersion(manifest(jar).getMainAttributes().getValue(Constants.BUNDLE_VERSION));
        Path target = plugins.resolve("sourcing.jar");
        Path staged = plugins.resolve("x.jar.tmp");
        for (int i = 0; i < iterations; i++) {
            // ADD: the watcher installs and starts the bundle, SCR registers the checker service
            stage(staged, jar);
            long t0 = timeEvent(add, ServiceEvent.REGISTERED, base.toString(), () -> move(staged, target));
            awaitQuiet(t0);

            // UPDATE: Bundle.update, then the watcher's FrameworkWiring.refreshBundles, which may restart it again
            String version = new Version(base.getMajor(), base.getMinor(), base.getMicro(), "i" + i).toString();
            stage(staged, withVersion(jar, version));
            registrations.set(0);
            t0 = timeEvent(update, ServiceEvent.REGISTERED, version, () -> move(staged, target));
            if (awaitQuiet(t0) && present(version) && lastRegistered > t0) {
                updateSettled.add(millis(lastRegistered - t0));
                registrationsPerUpdate.add(registrations.get());
            } else {
                updateSettled.fail();
            }

            // REMOVE: uninstall; timed until the service is unregistered and gone from the registry
            Awaited gone = expect(ServiceEvent.UNREGISTERING, null);
            t0 = System.nanoTime();
            Files.delete(target);
            long end = await(gone, t0) ? pollUntil(t0, () -> !present(null)) : -1;
            if (end < 0) {
                remove.fail();
            } else {
                remove.add(millis(end - t0));
            }
            awaitQuiet(t0);
        }
    }

    /** Runs checks until the JIT has seen the code paths; fails if checks do not work at all. */
    private void warmUpChecks() throws Exception {
        for (int i = 0; i < WARMUP_CHECKS; i++) {
            Set<String> found = check();
            if (found == null) {
                throw new IllegalStateException("`check --json` through the launch service gave no JSON with claims");
            }
            if (!found.isEmpty()) {
                throw new IllegalStateException(CHECKER + " gave findings before it was added");
            }
        }
    }

    /**
     * Add, update, remove as in {@link #measure}, but every step runs checks of the article back to back from the
     * move or delete on, until one shows the change: a finding from the checker's new Bundle-Version (add, update)
     * or no finding from the checker (remove). The service event of the same step is recorded as well.
     */
    private void measureFindings(byte[] jar, Path staged, Path target, Findings into, int phaseMs) throws Exception {
        java.util.Random random = new java.util.Random(42);
        Version base = Version.parseVersion(manifest(jar).getMainAttributes().getValue(Constants.BUNDLE_VERSION));
        for (int i = 0; i < into.iterations; i++) {
            String added = new Version(base.getMajor(), base.getMinor(), base.getMicro(), "a" + i).toString();
            stage(staged, withVersion(jar, added));
            randomPhase(random, phaseMs);
            Awaited a = expect(ServiceEvent.REGISTERED, added);
            long t0 = System.nanoTime();
            move(staged, target);
            untilCheck(t0, into, into.addFinding, found -> found.contains(added));
            recordEvent(a, t0, into.addEvent);
            awaitQuiet(t0);

            String updated = new Version(base.getMajor(), base.getMinor(), base.getMicro(), "u" + i).toString();
            stage(staged, withVersion(jar, updated));
            randomPhase(random, phaseMs);
            a = expect(ServiceEvent.REGISTERED, updated);
            t0 = System.nanoTime();
            move(staged, target);
            untilCheck(t0, into, into.updateFinding, found -> found.contains(updated));
            recordEvent(a, t0, into.updateEvent);
            awaitQuiet(t0);

            randomPhase(random, phaseMs);
            a = expect(ServiceEvent.UNREGISTERING, null);
            t0 = System.nanoTime();
            Files.delete(target);
            untilCheck(t0, into, into.removeFinding, Set::isEmpty);
            recordEvent(a, t0, into.removeEvent);
            awaitQuiet(t0);
        }
    }

    /**
     * For a polling mechanism: waits a random part of the poll interval before a step, so that the steps (whose own
     * rhythm would otherwise lock onto the polls) fall at random phases of the poll.
     */
    private static void randomPhase(java.util.Random random, int phaseMs) throws InterruptedException {
        if (phaseMs > 0) {
            Thread.sleep(random.nextInt(phaseMs));
        }
    }

    /** Checks again and again until a check's findings satisfy done; records the time its output was complete. */
    private void untilCheck(long t0, Findings into, Samples samples, Predicate<Set<String>> done) throws Exception {
        int checks = 0;
        while (System.nanoTime() - t0 < timeoutNanos) {
            long c0 = System.nanoTime();
            Set<String> found = check();
            long end = System.nanoTime();
            checks++;
            into.checkMs.add(millis(end - c0));
            if (found != null && done.test(found)) {
                samples.add(millis(end - t0));
                into.checksPerStep.add(checks);
                return;
            }
        }
        samples.fail();
    }

    private void recordEvent(Awaited a, long t0, Samples into) throws Exception {
        if (await(a, t0)) {
            into.add(millis(a.at().get() - t0));
        } else {
            into.fail();
        }
    }

    /**
     * One {@code check --json ARTICLE} in the running desk, through the launch service the command line uses
     * (an IntConsumer with factdesk.launch=cli), its standard output captured.
     *
     * @return the Bundle-Versions of the sourcing checker behind the findings, or null if the check failed
     */
    private Set<String> check() throws InterruptedException {
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("factdesk.launch", "cli");
        props.put("factdesk.launch.args", new String[] {"check", "--json", article.toString()});
        props.put("factdesk.launch.cwd", article.getParent().toString());
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        ServiceRegistration<IntConsumer> reg = context.registerService(IntConsumer.class, exit::complete, props);
        try {
            exit.get(5, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return null;
        } finally {
            try {
                reg.unregister();
            } catch (IllegalStateException e) {
                // already gone
            }
            System.setOut(original);
        }
        String out = buffer.toString(StandardCharsets.UTF_8);
        if (!out.contains("\"claims\":")) {
            return null;
        }
        Set<String> versions = new HashSet<>();
        for (Matcher m = FINDING.matcher(out); m.find(); ) {
            versions.add(m.group(1));
        }
        return versions;
    }

    /** Writes the next jar to a file the watcher ignores, then lets the watcher settle. */
    private static void stage(Path staged, byte[] jar) throws IOException, InterruptedException {
        Files.write(staged, jar);
        Thread.sleep(STAGE_MS);
    }

    private static void move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Runs op and records the time until the expected event; @return the start time (System.nanoTime). */
    private long timeEvent(Samples into, int type, String version, FileOp op) throws Exception {
        Awaited a = expect(type, version);
        long t0 = System.nanoTime();
        op.run();
        if (await(a, t0)) {
            into.add(millis(a.at().get() - t0));
        } else {
            into.fail();
        }
        return t0;
    }

    private Awaited expect(int type, String version) {
        Awaited a = new Awaited(type, version, new CompletableFuture<>());
        awaited = a;
        return a;
    }

    /** @return whether the event came within the timeout (counted from t0) */
    private boolean await(Awaited a, long t0) throws InterruptedException, ExecutionException {
        try {
            a.at().get(Math.max(0, t0 + timeoutNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } finally {
            awaited = null;
        }
    }

    /** Waits until the checker's service has had no event for 200 ms; @return false if that took over 5 s from t0. */
    private boolean awaitQuiet(long t0) {
        while (System.nanoTime() - Math.max(lastEvent, t0) < QUIET_NANOS) {
            if (System.nanoTime() - t0 > timeoutNanos) {
                return false;
            }
            LockSupport.parkNanos(1_000_000);
        }
        return true;
    }

    private interface Condition {
        boolean holds() throws InvalidSyntaxException;
    }

    /** @return the time the condition was first seen true (checked every 0.1 ms), or -1 after the timeout */
    private static long pollUntil(long t0, Condition condition) throws InvalidSyntaxException {
        while (System.nanoTime() - t0 < TIMEOUT_NANOS) {
            if (condition.holds()) {
                return System.nanoTime();
            }
            LockSupport.parkNanos(100_000);
        }
        return -1;
    }

    /** Service listener: called synchronously on the thread that (un)registers the checker. */
    private void serviceChanged(ServiceEvent e) {
        long now = System.nanoTime();
        lastEvent = now;
        if (e.getType() == ServiceEvent.REGISTERED) {
            lastRegistered = now;
            registrations.incrementAndGet();
        }
        Awaited a = awaited;
        if (a != null && e.getType() == a.type() && (a.version() == null || a.version().equals(versionOf(e.getServiceReference())))) {
            a.at().complete(now);
        }
    }

    /** Is the checker registered (from a bundle of the given version, unless null)? */
    private boolean present(String version) throws InvalidSyntaxException {
        ServiceReference<?>[] refs = context.getAllServiceReferences(null, FILTER);
        return refs != null && (version == null || Arrays.stream(refs).anyMatch(r -> version.equals(versionOf(r))));
    }

    private static String versionOf(ServiceReference<?> ref) {
        Bundle b = ref.getBundle(); // null once unregistered
        return b == null ? null : b.getVersion().toString();
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static Manifest manifest(byte[] jar) throws IOException {
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            return in.getManifest();
        }
    }

    /**
     * The jar with another Bundle-Version, every entry kept in order. JarInputStream swallows the
     * META-INF/ directory entry and the manifest, so both are written back by hand first.
     */
    static byte[] withVersion(byte[] jar, String version) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(jar.length + 64);
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar));
             JarOutputStream out = new JarOutputStream(bytes)) {
            Manifest manifest = new Manifest(in.getManifest());
            manifest.getMainAttributes().putValue(Constants.BUNDLE_VERSION, version);
            out.putNextEntry(new JarEntry("META-INF/"));
            out.closeEntry();
            out.putNextEntry(new JarEntry(JarFile.MANIFEST_NAME));
            manifest.write(out);
            out.closeEntry();
            for (JarEntry e; (e = in.getNextJarEntry()) != null; ) {
                JarEntry copy = new JarEntry(e.getName());
                copy.setTime(e.getTime());
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}

package org.factdesk.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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

    private final BundleContext context;
    private final Path plugins;
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

    private HotSwap(BundleContext context, Path plugins) {
        this.context = context;
        this.plugins = plugins;
    }

    /** Copies the distribution's bundles except the checker into a fresh home, starts FactDesk there, measures. */
    static HotSwap run(Path dist, int iterations) throws Exception {
        Path tmp = Files.createTempDirectory("factdesk-bench-swap-");
        try {
            Path home = tmp.resolve("home");
            Path plugins = Files.createDirectories(tmp.resolve("plugins"));
            byte[] checker = copyBundlesWithoutChecker(dist.resolve("bundles"), Files.createDirectories(home.resolve("bundles")));
            try (FactDesk desk = FactDesk.start(new FactDesk.Options(home, plugins, Map.of(), false))) {
                HotSwap swap = new HotSwap(desk.framework().getBundleContext(), plugins);
                swap.measure(checker, iterations);
                return swap;
            }
        } finally {
            Util.deleteTree(tmp);
        }
    }

    /** @return the checker jar's bytes, the one bundle not copied (Felix refuses a second copy of a bundle) */
    private static byte[] copyBundlesWithoutChecker(Path from, Path to) throws IOException {
        byte[] checker = null;
        List<Path> jars;
        try (Stream<Path> s = Files.list(from)) {
            jars = s.filter(p -> p.toString().endsWith(".jar")).toList();
        }
        for (Path jar : jars) {
            String name = jar.getFileName().toString();
            if (name.startsWith(CHECKER + "-")) {
                checker = Files.readAllBytes(jar);
            } else {
                Files.copy(jar, to.resolve(name));
            }
        }
        if (checker == null) {
            throw new IllegalStateException("no " + CHECKER + "-*.jar in " + from);
        }
        return checker;
    }

    private void measure(byte[] jar, int iterations) throws Exception {
        // An AllServiceListener, as present() uses getAllServiceReferences: the harness class path also holds the
        // FactDesk API jar (for the extraction benchmark), so a plain ServiceListener on the system bundle would be
        // told nothing of a checker whose Checker class is not the class path's copy.
        context.addServiceListener((AllServiceListener) this::serviceChanged, FILTER);
        if (present(null)) {
            throw new IllegalStateException(CHECKER + " is registered before it was added: is it still in home/bundles?");
        }
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
            a.at().get(Math.max(0, t0 + TIMEOUT_NANOS - System.nanoTime()), TimeUnit.NANOSECONDS);
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
            if (System.nanoTime() - t0 > TIMEOUT_NANOS) {
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

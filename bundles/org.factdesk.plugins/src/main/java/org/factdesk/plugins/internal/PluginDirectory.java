package org.factdesk.plugins.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.factdesk.api.plugins.Plugin;
import org.factdesk.api.plugins.PluginIdentity;
import org.factdesk.api.plugins.PluginShelf;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Keeps the installed plugins equal to the jars in the plugins directory: a jar that appears is
 * installed and started, a jar that changes is updated, a jar that disappears is uninstalled.
 * The directory is watched with the file system's change notifications, so a plugin is picked up
 * as soon as it lands; jars should be copied in atomically (written elsewhere, then renamed).
 */
@Component(immediate = true, service = PluginShelf.class)
@Designate(ocd = PluginDirectory.Config.class)
public class PluginDirectory implements PluginShelf {

    @ObjectClassDefinition(name = "FactDesk plugins directory")
    public @interface Config {
        @AttributeDefinition(description = "Directory to watch; empty means the framework property factdesk.plugins.")
        String directory() default "";

        @AttributeDefinition(description = "Quiet time after a change before acting, in milliseconds, so a jar being written is not read half-way.")
        long settleMillis() default 15;

        @AttributeDefinition(description = "How long a plugin's activator may take to start, in milliseconds; 0 means the framework property factdesk.plugin.startMillis, else 10000.")
        long startMillis() default 0;
    }

    /** Framework property: the location prefix of the distribution's own bundles (the launcher sets it). */
    static final String BUILT_INS = "factdesk.builtins";
    /** Framework property: how long a plugin's activator may take, in milliseconds (the launcher uses it too). */
    static final String START_MILLIS = "factdesk.plugin.startMillis";
    /** Property of the launcher's service (a Map of location to problem) for the plugins it could not start. */
    static final String LAUNCH_PROBLEMS = "factdesk.plugin.problems";

    /** What a jar looked like when it was last installed or updated. */
    private record Fingerprint(long size, long modified, Object fileKey) {
    }

    private final BundleContext context;
    private final Path dir;
    private final String prefix;
    private final long settleMillis;
    private final WatchService watcher;
    private final Map<String, Fingerprint> seen = new HashMap<>();
    private final Set<String> reportedBroken = new HashSet<>();
    private final Thread thread;
    private final Shelf shelf;
    private final long startMillis;
    /** Why a plugin bundle is not active, by location: this watcher's own starts. */
    private final Map<String, String> problems = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Set<String> builtIns;

    private final Logger log;

    @Activate
    public PluginDirectory(BundleContext context, Config config, @Reference(service = LoggerFactory.class) Logger log) throws IOException {
        this.context = context;
        this.log = log;
        String configured = config.directory().isBlank() ? context.getProperty("factdesk.plugins") : config.directory();
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException("no plugins directory: set the framework property factdesk.plugins");
        }
        this.dir = Path.of(configured).toAbsolutePath().normalize();
        Files.createDirectories(dir);
        this.prefix = dir.toUri().toString();
        this.shelf = new Shelf(dir, context::getBundle, this::builtIns, this::problem);
        String fromFramework = context.getProperty(START_MILLIS);
        this.startMillis = config.startMillis() > 0 ? config.startMillis() : fromFramework != null ? Long.parseLong(fromFramework.strip()) : 10_000;
        this.settleMillis = config.settleMillis();
        this.watcher = dir.getFileSystem().newWatchService();
        dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        adoptInstalled();
        this.thread = new Thread(this::watch, "factdesk-plugins");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public Path directory() {
        return shelf.directory();
    }

    @Override
    public List<Plugin> plugins() throws IOException {
        return shelf.plugins();
    }

    @Override
    public Path install(Path jar) throws IOException {
        return shelf.install(jar);
    }

    @Override
    public boolean remove(String name) throws IOException {
        return shelf.remove(name);
    }

    @Deactivate
    void deactivate() throws IOException, InterruptedException {
        watcher.close();
        thread.join(5_000);
    }

    /**
     * Jars the launcher installed before this component started are ours; note them as they are.
     * Those it refused it has already reported: the first reconcile must not say so again.
     */
    private void adoptInstalled() throws IOException {
        for (Path jar : jars()) {
            String location = jar.toUri().toString();
            Bundle b = context.getBundle(location);
            if (b != null && b.getLastModified() >= Files.getLastModifiedTime(jar).toMillis()) {
                seen.put(location, fingerprint(jar));
            } else if (b == null && problem(location) != null) {
                reportedBroken.add(location + fingerprint(jar));
            }
        }
    }

    private void watch() {
        try {
            reconcile(); // anything that changed between the launcher's install and now
            while (true) {
                WatchKey key = watcher.take();
                key.pollEvents();
                key.reset();
                // wait until the directory has been quiet for settleMillis, then act once
                WatchKey more;
                while ((more = watcher.poll(settleMillis, TimeUnit.MILLISECONDS)) != null) {
                    more.pollEvents();
                    more.reset();
                }
                reconcile();
            }
        } catch (ClosedWatchServiceException | InterruptedException stopped) {
            // component deactivated
        } catch (IllegalStateException frameworkStopping) {
            // the bundle context became invalid
        }
    }

    /** Brings the installed plugins in line with the directory. */
    synchronized void reconcile() {
        List<Bundle> changed = new ArrayList<>();
        List<Path> jars;
        try {
            jars = jars();
        } catch (IOException e) {
            log.error("cannot list plugins directory " + dir + ": " + e.getMessage());
            return;
        }
        Set<String> present = new HashSet<>();
        for (Path jar : jars) {
            String location = jar.toUri().toString();
            present.add(location);
            Fingerprint now;
            try {
                now = fingerprint(jar);
            } catch (IOException vanished) {
                continue;
            }
            if (now.equals(seen.get(location))) {
                continue;
            }
            Bundle existing = context.getBundle(location);
            try {
                PluginIdentity.read(jar, builtIns());
            } catch (IllegalArgumentException refused) {
                if (reportedBroken.add(location + now)) {
                    log.error("plugin " + refused.getMessage() + "; not installed");
                }
                continue;
            }
            try (InputStream in = Files.newInputStream(jar)) {
                if (existing == null) {
                    Bundle b = context.installBundle(location, in);
                    if (b.getHeaders("").get("Fragment-Host") == null) {
                        start(b);
                    }
                    log("installed " + describe(b));
                } else {
                    existing.update(in);
                    changed.add(existing);
                    log("updated " + describe(existing));
                }
                seen.put(location, now);
                reportedBroken.remove(location);
            } catch (BundleException | IOException e) {
                // a jar still being written, or not a bundle at all: say so once per version of the file
                if (reportedBroken.add(location + now)) {
                    log.error("plugin " + jar.getFileName() + " not installed: " + e.getMessage());
                }
            }
        }
        for (Bundle b : context.getBundles()) {
            String location = b.getLocation();
            if (location.startsWith(prefix) && !present.contains(location)) {
                try {
                    String what = describe(b);
                    b.uninstall();
                    changed.add(b);
                    seen.remove(location);
                    log("removed " + what);
                } catch (BundleException | IllegalStateException e) {
                    log.error("plugin " + location + " not removed: " + e.getMessage());
                }
            }
        }
        if (!changed.isEmpty()) {
            // Felix already refreshed what nobody else was wired to; refresh only what still holds an old
            // revision, since a refresh restarts the bundle and its checker would briefly vanish
            FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
            List<Bundle> stale = changed.stream().filter(wiring.getRemovalPendingBundles()::contains).toList();
            if (!stale.isEmpty()) {
                wiring.refreshBundles(stale);
            }
        }
    }

    /**
     * Starts a plugin on a thread of its own and waits for it only so long: an activator that hangs
     * or throws is reported and its bundle left out, and the watcher goes on with the next jar.
     */
    private void start(Bundle b) {
        problems.remove(b.getLocation());
        java.util.concurrent.CompletableFuture<Void> started = new java.util.concurrent.CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                b.start();
                started.complete(null);
            } catch (Throwable e) {
                started.completeExceptionally(e);
            }
        }, "factdesk-plugin-start-" + b.getBundleId());
        t.setDaemon(true);
        t.start();
        String problem;
        try {
            started.get(startMillis, TimeUnit.MILLISECONDS);
            return;
        } catch (java.util.concurrent.TimeoutException e) {
            problem = "its activator did not return within " + startMillis + " ms: left out";
        } catch (java.util.concurrent.ExecutionException e) {
            problem = "did not start: " + startFailure(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem = "start interrupted";
        }
        problems.put(b.getLocation(), problem);
        log.error("plugin " + describe(b) + " " + problem);
    }

    /** Felix says "Activator start error in bundle X [n]."; what the activator threw says more. */
    static String startFailure(Throwable e) {
        Throwable cause = e instanceof BundleException && e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage();
        return message == null || message.isBlank() ? "its activator failed without saying why" : message;
    }

    /** Why the plugin at a location is not active: the watcher's own record, else the launcher's. */
    private String problem(String location) {
        String mine = problems.get(location);
        if (mine != null) {
            return mine;
        }
        try {
            ServiceReference<?>[] refs = context.getServiceReferences(Map.class.getName(), "(" + LAUNCH_PROBLEMS + "=*)");
            for (ServiceReference<?> ref : refs == null ? new ServiceReference<?>[0] : refs) {
                Object launch = context.getService(ref);
                try {
                    if (launch instanceof Map<?, ?> m && m.get(location) != null) {
                        return m.get(location).toString();
                    }
                } finally {
                    context.ungetService(ref);
                }
            }
        } catch (org.osgi.framework.InvalidSyntaxException | IllegalStateException stopping) {
            // the framework is stopping
        }
        return null;
    }

    /**
     * Symbolic names of the distribution's bundles: those installed from the launcher's bundles folder
     * and the ones in it this run left out (the desktop's in a headless run), read once.
     */
    Set<String> builtIns() {
        Set<String> known = builtIns;
        if (known != null) {
            return known;
        }
        Set<String> names = new HashSet<>();
        String prefix = context.getProperty(BUILT_INS);
        for (Bundle b : context.getBundles()) {
            if (b.getBundleId() != 0 && !b.getLocation().startsWith(this.prefix) && b.getSymbolicName() != null
                    && (prefix == null || b.getLocation().startsWith(prefix))) {
                names.add(b.getSymbolicName());
            }
        }
        if (prefix != null && prefix.startsWith("reference:file:")) {
            try (Stream<Path> s = Files.list(Path.of(java.net.URI.create(prefix.substring("reference:".length()))))) {
                for (Path jar : s.filter(p -> p.toString().endsWith(".jar")).toList()) {
                    try (InputStream in = Files.newInputStream(jar); java.util.jar.JarInputStream j = new java.util.jar.JarInputStream(in)) {
                        String bsn = j.getManifest() == null ? null : j.getManifest().getMainAttributes().getValue("Bundle-SymbolicName");
                        if (bsn != null) {
                            names.add(bsn.split(";", 2)[0].strip());
                        }
                    }
                }
            } catch (IOException | IllegalArgumentException e) {
                log.warn("cannot read the distribution's bundles folder " + prefix + ": " + e.getMessage());
            }
        }
        builtIns = Set.copyOf(names);
        return builtIns;
    }

    private List<Path> jars() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    private static Fingerprint fingerprint(Path jar) throws IOException {
        BasicFileAttributes a = Files.readAttributes(jar, BasicFileAttributes.class);
        return new Fingerprint(a.size(), a.lastModifiedTime().toMillis(), Objects.requireNonNullElse(a.fileKey(), ""));
    }

    private static String describe(Bundle b) {
        return b.getSymbolicName() + " " + b.getVersion();
    }

    private void log(String message) {
        log.debug("plugin " + message); // shown with --verbose
    }
}

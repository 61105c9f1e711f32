package org.factdesk.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * A running FactDesk: Felix with the bundles of {@code <home>/bundles} and the plugins of the
 * plugins directory. The framework cache is a fresh temporary directory per run, removed on stop,
 * so the plugins directory alone says which plugins are installed.
 */
public final class FactDesk implements AutoCloseable {

    /** Framework property telling the plugin watcher which directory to watch. */
    public static final String PLUGINS_PROPERTY = "factdesk.plugins";
    /** Framework property: the location prefix of the distribution's bundles. */
    static final String BUILT_INS = "factdesk.builtins";
    /** Framework property (and system property of the same name): how long a plugin's activator may take, in ms. */
    static final String START_MILLIS = "factdesk.plugin.startMillis";
    /** The Gogo bundles, by file name ({@code NAME-VERSION.jar}): started for {@code shell} and {@code run} only. */
    static final java.util.Set<String> SHELL_BUNDLES = java.util.Set.of("org.apache.felix.gogo.shell",
            "org.apache.felix.gogo.runtime", "org.apache.felix.gogo.command", "org.apache.felix.gogo.jline", "jline");
    /** The console of {@code shell} (line editing, history, completion); {@code run} has gogo.shell's plain one. */
    static final java.util.Set<String> CONSOLE_BUNDLES = java.util.Set.of("org.apache.felix.gogo.jline", "jline");
    /** The bundles that start a console (by symbolic name): started last. */
    private static final java.util.Set<String> CONSOLES = java.util.Set.of("org.apache.felix.gogo.shell", "org.apache.felix.gogo.jline");
    /** Framework property: {@code true} installs Gogo for {@code run} (with {@code gosh.args=--nointeractive}: no console, no script mode of its own). */
    public static final String SCRIPTING = "factdesk.scripting";
    /**
     * Framework property: {@code true} installs the desktop workbench ({@code factdesk gui}): its API, its
     * platform, the desk's views ({@code org.factdesk.workbench*}), FlatLaf and ModernDocking. Without it
     * they are not even installed, so a headless command never loads Swing.
     */
    public static final String GUI = "factdesk.gui";
    /** Bundles of the desktop only, by symbolic-name prefix (file names are {@code NAME-VERSION.jar}). */
    static final List<String> GUI_BUNDLES = List.of("org.factdesk.workbench", "org.factdesk.lib.flatlaf", "org.factdesk.lib.moderndocking");
    /**
     * Bundles started before all others, in this order: the log and ConfigAdmin, then SCR and the
     * configuration bundle (which clears what the desk's files set last time), then the Configurator
     * (which applies the desk's files). So every component starts with the desk's configuration
     * instead of starting on defaults and restarting when it arrives.
     */
    static final List<String> FIRST = List.of("org.apache.felix.log", "org.factdesk.log", "org.apache.felix.configadmin",
            "org.apache.felix.metatype", "org.apache.felix.scr", "org.factdesk.config", "org.apache.felix.configurator");

    /**
     * How to start.
     *
     * @param home       install directory holding {@code bundles/}
     * @param plugins    the plugins directory (created if missing)
     * @param properties extra framework properties, overriding the run definition
     * @param shell      start the Gogo shell (interactive, or a script given as {@code gosh.args})
     */
    public record Options(Path home, Path plugins, Map<String, String> properties, boolean shell) {
    }

    private final Framework framework;
    private final Path storage;
    private final List<String> problems;
    /** Plugin location → why the launcher refused it or left it out, for the plugin watcher (a service). */
    private final Map<String, String> launchProblems = new java.util.concurrent.ConcurrentHashMap<>();
    /** A plugin's activator did not return: the framework cannot stop it, so stopping waits less. */

    private final Options options;

    private FactDesk(Options options, Framework framework, Path storage) {
        this.options = options;
        this.framework = framework;
        this.storage = storage;
        this.problems = new ArrayList<>();
    }

    /**
     * Creates the framework and its cache without starting anything, so a caller can arrange for
     * {@link #close()} (on SIGTERM, say) before the lengthy part begins.
     */
    public static FactDesk create(Options options) throws IOException {
        Path storage = newCacheDirectory();
        Files.createDirectories(options.plugins());
        Map<String, Object> config = new HashMap<>(RunDefinition.runProperties());
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(PLUGINS_PROPERTY, options.plugins().toAbsolutePath().normalize().toString());
        // which bundles are the distribution's own: the plugin guard leaves them unwoven, no plugin may take their names
        config.put(BUILT_INS, "reference:" + options.home().resolve("bundles").toAbsolutePath().normalize().toUri());
        config.put(START_MILLIS, Long.toString(startMillis()));
        config.put("felix.log.logger", new StderrLogger());
        config.putAll(options.properties());
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class, FactDesk.class.getClassLoader()).iterator().next();
        @SuppressWarnings({"unchecked", "rawtypes"}) // Felix takes object values, such as its logger, in the same map
        Framework framework = factory.newFramework((Map) config);
        return new FactDesk(options, framework, storage);
    }

    /** {@link #create} and {@link #start()} in one. */
    public static FactDesk start(Options options) throws IOException, BundleException {
        FactDesk desk = create(options);
        try {
            return desk.start();
        } catch (IOException | BundleException | RuntimeException e) {
            desk.close();
            throw e;
        }
    }

    /**
     * Starts the framework and every bundle; returns once all are started, which with
     * Declarative Services means every satisfied component is registered.
     */
    public FactDesk start() throws IOException, BundleException {
        framework.init();
        // the plugin watcher starts with the core bundles: it must find what the launcher already refused or left out
        java.util.Hashtable<String, Object> props = new java.util.Hashtable<>();
        props.put("factdesk.plugin.problems", "launcher");
        framework.getBundleContext().registerService(Map.class, launchProblems, props);
        List<Path> toInstall = new ArrayList<>();
        boolean scripting = options.shell() || "true".equals(options.properties().get(SCRIPTING));
        boolean gui = "true".equals(options.properties().get(GUI));
        for (Path jar : jars(options.home().resolve("bundles"))) {
            String name = jar.getFileName().toString();
            boolean gogo = SHELL_BUNDLES.stream().anyMatch(n -> name.startsWith(n + "-"));
            // shell: JLine's console instead of gogo.shell's; run: gogo.shell, which only runs the script
            boolean console = options.shell() ? !name.startsWith("org.apache.felix.gogo.shell-")
                    : CONSOLE_BUNDLES.stream().noneMatch(n -> name.startsWith(n + "-"));
            if ((!gogo || scripting && console) && (gui || !isGuiBundle(name))) {
                toInstall.add(jar); // a headless command has no use for the shell or the desktop: not even installed
            }
        }
        // Installing is mostly reading manifests and writing cache entries: Felix locks per location,
        // so the bundles install in parallel; they start below in name order all the same.
        List<Bundle> installed = toInstall.parallelStream().map(jar -> {
            try {
                // reference: keeps the installed jar in place instead of copying it into the cache
                return framework.getBundleContext().installBundle("reference:" + jar.toUri());
            } catch (BundleException e) {
                throw new IllegalStateException(jar.getFileName() + ": " + e.getMessage(), e);
            }
        }).toList();
        List<Bundle> core = new ArrayList<>();
        List<Bundle> shell = new ArrayList<>();
        for (Bundle b : installed) {
            (CONSOLES.contains(b.getSymbolicName()) ? shell : core).add(b);
        }
        core.sort(java.util.Comparator.comparingInt(FactDesk::startRank).thenComparing(Bundle::getSymbolicName));
        List<Bundle> plugins = new ArrayList<>();
        java.util.function.Function<Path, String> identity = null;
        for (Path jar : jars(options.plugins().toAbsolutePath().normalize())) {
            if (!gui && contributesToDesktop(jar)) {
                continue; // a view or command for the workbench: it has nothing to do headless
            }
            if (identity == null) {
                identity = pluginIdentity(installed, builtIns(installed, toInstall));
            }
            String refused = identity.apply(jar);
            if (refused != null) {
                problems.add("plugin " + refused + "; not installed");
                launchProblems.put(jar.toUri().toString(), refused);
                continue;
            }
            try (InputStream in = Files.newInputStream(jar)) {
                // location = file URI, as the plugin watcher uses; content copied, so the file may be replaced
                plugins.add(framework.getBundleContext().installBundle(jar.toUri().toString(), in));
            } catch (BundleException e) {
                problems.add("plugin " + jar.getFileName() + " was not installed: " + e.getMessage());
                launchProblems.put(jar.toUri().toString(), "not installed: " + e.getMessage());
            }
        }
        framework.start();
        for (Bundle b : core) {
            if (!isFragment(b)) {
                b.start();
            }
        }
        startPlugins(plugins);
        // last, Gogo's shell: its commands must find the application's services. JLine finds its terminal
        // providers through the context class loader, which the console's thread inherits from this one
        ClassLoader ours = Thread.currentThread().getContextClassLoader();
        try {
            Thread.currentThread().setContextClassLoader(jlineLoader(core));
            for (Bundle b : shell) {
                b.start();
            }
        } finally {
            Thread.currentThread().setContextClassLoader(ours);
        }
        return this;
    }

    /**
     * Starts the plugins, each on a thread of its own, and waits for each only {@link #startMillis()}: an
     * activator that hangs or throws is reported (here, and to the plugin watcher for {@code plugins}) and
     * its bundle left out, so every command still runs.
     */
    private void startPlugins(List<Bundle> plugins) {
        long limit = startMillis();
        for (Bundle b : plugins) {
            if (isFragment(b)) {
                continue;
            }
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
                started.get(limit, java.util.concurrent.TimeUnit.MILLISECONDS);
                continue;
            } catch (java.util.concurrent.TimeoutException e) {
                problem = "its activator did not return within " + limit + " ms: left out";
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable cause = e.getCause() instanceof BundleException && e.getCause().getCause() != null ? e.getCause().getCause() : e.getCause();
                problem = "did not start: " + (cause.getMessage() == null || cause.getMessage().isBlank() ? "its activator failed without saying why" : cause.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            launchProblems.put(b.getLocation(), problem);
            problems.add("plugin " + b.getSymbolicName() + " " + b.getVersion() + " " + problem);
        }
    }

    static long startMillis() {
        return Long.getLong(START_MILLIS, 10_000);
    }

    /**
     * The API's rules for plugin jars ({@code org.factdesk.api.plugins.PluginIdentity}), taken from the API
     * bundle itself so the launcher and the plugins folder judge alike and no bundle class is on the
     * launcher's class path: the jar's refusal, or null when it may be installed.
     */
    private static java.util.function.Function<Path, String> pluginIdentity(List<Bundle> installed, Set<String> builtIns) {
        java.lang.reflect.Method read;
        try {
            Bundle api = installed.stream().filter(b -> "org.factdesk.api".equals(b.getSymbolicName())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the distribution has no org.factdesk.api bundle"));
            read = api.loadClass("org.factdesk.api.plugins.PluginIdentity").getMethod("read", Path.class, Set.class);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the API bundle cannot check plugins: " + e.getMessage(), e);
        }
        return jar -> {
            try {
                read.invoke(null, jar, builtIns);
                return null;
            } catch (java.lang.reflect.InvocationTargetException e) {
                if (e.getCause() instanceof IllegalArgumentException refused) {
                    return refused.getMessage();
                }
                throw new IllegalStateException(jar.getFileName() + ": " + e.getCause(), e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /**
     * Symbolic names of the distribution's bundles, which no plugin may take: those installed, and those
     * of this run's leftovers (the desktop's in a headless run), read from their manifests.
     */
    private Set<String> builtIns(List<Bundle> installed, List<Path> installedJars) throws IOException {
        Set<String> names = new java.util.HashSet<>();
        installed.forEach(b -> names.add(b.getSymbolicName()));
        for (Path jar : jars(options.home().resolve("bundles"))) {
            if (!installedJars.contains(jar)) {
                try (java.util.jar.JarFile f = new java.util.jar.JarFile(jar.toFile())) {
                    String bsn = f.getManifest() == null ? null : f.getManifest().getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
                    if (bsn != null) {
                        names.add(bsn.split(";", 2)[0].strip());
                    }
                }
            }
        }
        return names;
    }

    /** JLine's own class loader, when it is installed; else the current context class loader. */
    private static ClassLoader jlineLoader(List<Bundle> bundles) {
        for (Bundle b : bundles) {
            org.osgi.framework.wiring.BundleWiring wiring = "org.jline".equals(b.getSymbolicName())
                    ? b.adapt(org.osgi.framework.wiring.BundleWiring.class) : null;
            if (wiring != null && wiring.getClassLoader() != null) {
                return wiring.getClassLoader();
            }
        }
        return Thread.currentThread().getContextClassLoader();
    }

    /** Stopped after the log service, the Configurator would print its goodbyes on standard output. */
    private void stopConfiguratorFirst() {
        if (framework.getBundleContext() == null) {
            return;
        }
        for (Bundle b : framework.getBundleContext().getBundles()) {
            if ("org.apache.felix.configurator".equals(b.getSymbolicName()) && b.getState() == Bundle.ACTIVE) {
                try {
                    b.stop(Bundle.STOP_TRANSIENT);
                } catch (BundleException | IllegalStateException e) {
                    // stopping anyway
                }
            }
        }
    }

    /**
     * The framework stops bundles newest first and would wait forever on a plugin whose activator never
     * returned (it holds that bundle's lock), leaving the desk's own bundles running. So they are stopped
     * here, newest first, past the hung ones; the framework then has only those left.
     */
    private boolean anyStarting() {
        return framework.getBundleContext() != null
                && java.util.Arrays.stream(framework.getBundleContext().getBundles()).anyMatch(b -> b.getState() == Bundle.STARTING);
    }

    private void stopAroundHungPlugins() {
        Bundle[] all = framework.getBundleContext().getBundles();
        for (int i = all.length - 1; i > 0; i--) {
            if (all[i].getState() == Bundle.ACTIVE) {
                try {
                    all[i].stop(Bundle.STOP_TRANSIENT);
                } catch (BundleException | IllegalStateException e) {
                    // stopping anyway
                }
            }
        }
    }

    private static int startRank(Bundle b) {
        int i = FIRST.indexOf(b.getSymbolicName());
        return i < 0 ? FIRST.size() : i;
    }

    /** @return the running framework */
    public Framework framework() {
        return framework;
    }

    /** @return plugins that could not be installed or started, one line each */
    public List<String> problems() {
        return problems;
    }

    /** Stops the framework (waiting up to 30 s), whatever state it reached, and removes its cache. */
    @Override
    public synchronized void close() {
        try {
            stopConfiguratorFirst();
            boolean hung = anyStarting(); // an activator that never returned, or SIGTERM while one still runs
            if (hung) {
                stopAroundHungPlugins();
            }
            framework.stop();
            framework.waitForStop(hung ? 1_000 : 30_000);
        } catch (BundleException e) {
            System.err.println("factdesk: framework did not stop cleanly: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            deleteTree(storage);
        }
    }

    /**
     * A fresh directory under java.io.tmpdir. Not Files.createTempDirectory: its SecureRandom
     * costs some 20 ms of start-up, and the name need not be unguessable, only unique.
     */
    static Path newCacheDirectory() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long pid = ProcessHandle.current().pid();
        for (int i = 0;; i++) {
            try {
                return Files.createDirectory(tmp.resolve("factdesk-felix-" + pid + "-" + System.nanoTime() % 100_000 + (i > 0 ? "-" + i : "")));
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                if (i > 100) {
                    throw taken;
                }
            }
        }
    }

    /** @return true for a jar of the desktop's own bundles, by its file name */
    static boolean isGuiBundle(String jarName) {
        return GUI_BUNDLES.stream().anyMatch(n -> jarName.startsWith(n + "-") || jarName.startsWith(n + "."));
    }

    /** @return true if the plugin imports the workbench API (so it cannot resolve without the desktop) */
    static boolean contributesToDesktop(Path jar) {
        try (java.util.jar.JarFile f = new java.util.jar.JarFile(jar.toFile())) {
            java.util.jar.Manifest m = f.getManifest();
            String imports = m == null ? null : m.getMainAttributes().getValue(Constants.IMPORT_PACKAGE);
            return imports != null && imports.contains("org.factdesk.workbench.api");
        } catch (IOException e) {
            return false; // installing it reports what is wrong with it
        }
    }

    static boolean isFragment(Bundle b) {
        return b.getHeaders("").get(Constants.FRAGMENT_HOST) != null;
    }

    static List<Path> jars(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    static void deleteTree(Path dir) {
        // a framework stopped short (SIGTERM during start-up, a hung plugin) may still be writing its cache:
        // what it adds meanwhile is removed on the next pass
        IOException last = null;
        for (int pass = 0; pass < 20 && dir != null && Files.exists(dir, LinkOption.NOFOLLOW_LINKS); pass++) {
            try {
                Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        Files.deleteIfExists(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                        if (e instanceof NoSuchFileException) {
                            return FileVisitResult.CONTINUE; // gone already
                        }
                        throw e;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                        Files.deleteIfExists(d);
                        return FileVisitResult.CONTINUE;
                    }
                });
                last = null; // gone, unless the framework wrote again meanwhile: the loop looks
            } catch (IOException e) {
                last = e;
                try {
                    Thread.sleep(50);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        if (last != null && Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            System.err.println("factdesk: could not remove framework cache " + dir + ": " + last.getMessage());
        }
    }
}

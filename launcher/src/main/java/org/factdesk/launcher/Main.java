package org.factdesk.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;

import org.factdesk.commandline.CommandModel;
import org.factdesk.commandline.Invocation;
import org.factdesk.commandline.UsageException;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceRegistration;

/**
 * {@code factdesk [--plugins DIR] [--workspace DIR] [--keys DIR] [--as USER] [--config DIR] [--verbose] COMMAND ...}:
 * starts FactDesk and hands the command to the shell bundle, which prints results on standard output
 * and reports the exit code back. {@code shell} starts the interactive Gogo shell instead; {@code gui} opens
 * the desktop workbench and returns when its window is closed.
 */
public final class Main {

    /** Property of the launch service: the command-line arguments (String[]). */
    static final String ARGS = "factdesk.launch.args";
    /** Property of the launch service: marks it as the one command-line launch. */
    static final String LAUNCH = "factdesk.launch";

    private Main() {
    }

    /** Phase times for FACTDESK_STATS, in ms since main() was entered. */
    private static final long T0 = System.nanoTime();
    private static final List<String> PHASES = new ArrayList<>();

    private static void phase(String name) {
        PHASES.add(name + "=" + (System.nanoTime() - T0) / 1_000_000);
    }

    public static void main(String[] argv) throws Exception {
        List<String> args = List.of(argv);
        Path home = home();
        // help, version, completion and usage errors are answered from the command model, without a framework
        Invocation call;
        try {
            call = CommandModel.parse(args);
        } catch (UsageException e) {
            System.err.println(e.line());
            System.exit(2);
            return;
        }
        switch (call.request()) {
            case HELP -> answer(CommandModel.help(call.command()));
            case VERSION -> answer(version(home));
            case RUN -> {
                // the framework's business, below
            }
        }
        String command = call.command().get(0);
        if (command.equals("completion")) {
            try {
                answer(CommandModel.completion(call.words().get(0)));
            } catch (IllegalArgumentException e) {
                fail("completion: " + e.getMessage() + " (see factdesk completion --help)");
            }
        }
        if (command.equals("train") || command.equals("evaluate")) {
            fail(command + " runs from the factdesk script in the source tree (it builds the tools module): ./factdesk " + command + " ...");
        }
        Desk where;
        try {
            where = Desk.parse(call.globals(), System.getenv(), Path.of(System.getProperty("factdesk.plugins", home.resolve("plugins").toString())));
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
            return;
        }
        boolean shell = command.equals("shell");
        Map<String, String> props = new java.util.HashMap<>();
        if (call.globals().quiet()) {
            props.put("factdesk.quiet", "1"); // for the commands a script or the shell runs
        }
        try {
            props.putAll(where.frameworkProperties(command));
        } catch (java.io.IOException e) {
            fail("cannot use the configuration folder " + where.config() + ": " + e.getMessage());
        }
        boolean gui = command.equals("gui");
        if (gui) {
            if (java.awt.GraphicsEnvironment.isHeadless()) {
                fail("gui needs a display: none is available (is DISPLAY set?)");
            }
            props.put(FactDesk.GUI, "true");
        }
        if (shell) {
            try {
                props.put("gosh.home", ShellProfile.write().toString());
                if (System.console() == null) {
                    System.setProperty("org.jline.terminal.dumb", "true"); // fed by a pipe: no warning that there is no terminal
                }
            } catch (java.io.IOException e) {
                fail("shell: cannot write its profile: " + e.getMessage());
            }
        }
        if (command.equals("run")) {
            props.put(FactDesk.SCRIPTING, "true"); // Gogo's commands (echo ...), FactDesk runs the script
            props.put("gosh.args", "--nointeractive");
        }

        FactDesk desk = FactDesk.create(new FactDesk.Options(home, where.plugins(), props, shell));
        AtomicBoolean closed = new AtomicBoolean();
        Runnable close = () -> {
            if (closed.compareAndSet(false, true)) {
                desk.close();
            }
        };
        // Ctrl-C / SIGTERM, even during start-up: stop the framework so bundles deactivate and the cache is removed
        Runtime.getRuntime().addShutdownHook(new Thread(close, "factdesk-shutdown"));
        try {
            desk.start();
        } catch (org.osgi.framework.BundleException | RuntimeException e) {
            System.err.println("factdesk: could not start: " + e.getMessage());
            close.run();
            System.exit(70);
        }
        phase("started");
        desk.problems().forEach(p -> System.err.println("factdesk: " + p));

        int code;
        if (shell) {
            desk.framework().waitForStop(0);
            code = 0;
        } else if (gui) {
            code = runWorkbench(desk);
        } else {
            code = runCommand(desk, args);
        }
        phase("command");
        close.run();
        phase("stopped");
        report();
        System.exit(code);
    }

    /** Registers the launch service the shell bundle's command runner waits for, and waits for its exit code. */
    private static int runCommand(FactDesk desk, List<String> args) throws Exception {
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(LAUNCH, "cli");
        props.put(ARGS, args.toArray(new String[0]));
        props.put("factdesk.launch.cwd", Path.of("").toAbsolutePath().toString());
        // results go to the process's standard output itself, so a closed pipe or a full disk is seen with its reason
        props.put("factdesk.launch.stdout", "process");
        ServiceRegistration<IntConsumer> reg = desk.framework().getBundleContext()
                .registerService(IntConsumer.class, exit::complete, props);
        try {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (reg.getReference().getUsingBundles() == null && !exit.isDone()) {
                Thread.onSpinWait();
                if (System.nanoTime() > until) {
                    System.err.println("factdesk: the command runner did not start within 30 s. Bundles not active:");
                    for (Bundle b : desk.framework().getBundleContext().getBundles()) {
                        if (b.getState() != Bundle.ACTIVE && !FactDesk.isFragment(b)) {
                            System.err.println("  " + b.getSymbolicName() + " " + b.getVersion());
                        }
                    }
                    return 70;
                }
                Thread.sleep(1);
            }
            phase("claimed");
            return exit.get();
        } finally {
            try {
                reg.unregister();
            } catch (IllegalStateException alreadyGone) {
                // framework stopping
            }
        }
    }

    /**
     * Waits until the workbench window is closed: the workbench calls the launch service
     * ({@code factdesk.launch=gui}) then. Also returns when the framework stops for another reason.
     */
    private static int runWorkbench(FactDesk desk) throws Exception {
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(LAUNCH, "gui");
        ServiceRegistration<IntConsumer> reg = desk.framework().getBundleContext()
                .registerService(IntConsumer.class, closed::complete, props);
        Thread stopped = new Thread(() -> {
            try {
                desk.framework().waitForStop(0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            closed.complete(0);
        }, "factdesk-gui-wait");
        stopped.setDaemon(true);
        stopped.start();
        phase("window");
        try {
            return closed.get();
        } finally {
            try {
                reg.unregister();
            } catch (IllegalStateException alreadyGone) {
                // framework stopping
            }
        }
    }

    /** With FACTDESK_STATS=1: wall time since JVM start and peak memory, on standard error. */
    private static void report() {
        if (!"1".equals(System.getenv("FACTDESK_STATS"))) {
            return;
        }
        long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        long rssKiB = -1;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    rssKiB = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (Exception e) {
            // not Linux: no peak figure
        }
        long jvm = uptime - (System.nanoTime() - T0) / 1_000_000;
        System.err.printf("factdesk-stats: wall_ms=%d peak_rss_kib=%d jvm_ms=%d %s%n", uptime, rssKiB, jvm, String.join(" ", PHASES));
    }

    /** The install directory: where factdesk.jar lies, unless -Dfactdesk.home says otherwise. */
    /** FactDesk's version (this jar's), the embedded Felix's (its jar's Bundle-Version) and the Java running them. */
    static String version(Path home) {
        String factdesk = Main.class.getPackage().getImplementationVersion();
        String felix = "?";
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(home.resolve("lib/org.apache.felix.framework.jar").toFile())) {
            felix = String.valueOf(jar.getManifest().getMainAttributes().getValue("Bundle-Version"));
        } catch (java.io.IOException e) {
            felix = "? (" + e.getMessage() + ")";
        }
        return "FactDesk " + (factdesk == null ? "(development build)" : factdesk) + "\n"
                + "Apache Felix " + felix + "\n"
                + "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", " + System.getProperty("java.home") + ")\n";
    }

    static Path home() throws Exception {
        String set = System.getProperty("factdesk.home");
        if (set != null) {
            return Path.of(set);
        }
        return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    }

    private static void answer(String text) {
        System.out.print(text);
        System.out.flush();
        System.exit(System.out.checkError() ? 74 : 0);
    }

    private static void fail(String message) {
        System.err.println("factdesk: " + message);
        System.exit(2);
    }
}

package org.factdesk.itest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

import org.factdesk.launcher.FactDesk;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Filter;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * FactDesk started in this JVM through the real launcher, driven the way the command line
 * drives it: a launch service with the arguments, picked up by the shell bundle's runner.
 * Only framework types cross into the test; FactDesk's own classes stay inside Felix.
 */
final class RunningDesk implements AutoCloseable {

    record Result(int exit, String out) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    final FactDesk desk;
    final Path plugins;

    RunningDesk(Path home, Path plugins) throws Exception {
        this(home, plugins, Map.of());
    }

    RunningDesk(Path home, Path plugins, Map<String, String> properties) throws Exception {
        this.plugins = plugins;
        this.desk = FactDesk.start(new FactDesk.Options(home, plugins, properties, false));
    }

    BundleContext context() {
        return desk.framework().getBundleContext();
    }

    /** Runs one command; standard output is captured for its duration. */
    synchronized Result run(String... args) throws Exception {
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("factdesk.launch", "cli");
        props.put("factdesk.launch.args", args);
        props.put("factdesk.launch.cwd", Path.of("").toAbsolutePath().toString());
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        ServiceRegistration<IntConsumer> reg = context().registerService(IntConsumer.class, exit::complete, props);
        try {
            int code = exit.get(60, TimeUnit.SECONDS);
            return new Result(code, buffer.toString(StandardCharsets.UTF_8));
        } finally {
            reg.unregister();
            System.setOut(original);
        }
    }

    /** Waits until a service matching {@code filter} is registered; returns its reference. */
    ServiceReference<?> await(String filter, long millis) throws Exception {
        Filter f = context().createFilter(filter);
        ServiceTracker<Object, Object> t = new ServiceTracker<>(context(), f, null);
        t.open(true);
        try {
            long until = System.currentTimeMillis() + millis;
            while (System.currentTimeMillis() < until) {
                ServiceReference<Object> ref = t.getServiceReference();
                if (ref != null) {
                    return ref;
                }
                Thread.sleep(5);
            }
            throw new AssertionError("no service matching " + filter + " within " + millis + " ms");
        } finally {
            t.close();
        }
    }

    /** Waits until no service matches {@code filter}. */
    void awaitGone(String filter, long millis) throws Exception {
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until) {
            if (context().getServiceReferences((String) null, filter) == null) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("a service matching " + filter + " is still there after " + millis + " ms");
    }

    @Override
    public void close() {
        desk.close();
    }
}

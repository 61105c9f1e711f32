package org.factdesk.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceRegistration;

/**
 * The application services every face calls (Intake, ExportService, Jobs), taken from the running
 * distribution and driven as a face drives them. FactDesk's classes stay inside Felix: the test
 * reaches the services by reflection and implements the callbacks (receiver, monitor, job,
 * listener) as proxies of the API bundle's own interfaces.
 */
class ApplicationServicesTest {

    @TempDir
    static Path tmp;
    static RunningDesk desk;
    static Bundle api;

    @BeforeAll
    static void start() throws Exception {
        desk = new RunningDesk(Distribution.homeWithout(tmp.resolve("home")), Files.createDirectories(tmp.resolve("plugins")));
        api = java.util.Arrays.stream(desk.context().getBundles()).filter(b -> "org.factdesk.api".equals(b.getSymbolicName())).findFirst()
                .orElseThrow();
        Path folder = Files.createDirectories(tmp.resolve("work/folder/sub"));
        Files.writeString(folder.resolveSibling("a.txt"), "Budget row in Springfield\n\nThe council said the new bridge will cost $12 million, twice the estimate.\n");
        Files.writeString(folder.resolveSibling("b.html"), "<!DOCTYPE html><html lang=\"en\"><head><title>Rail strike</title></head><body>"
                + "<h1>Rail strike ends after three days</h1><p>Unions said 4,000 workers took part in the strike, the largest since 1994.</p>"
                + "<p>The operator said trains will run normally from Monday.</p></body></html>");
        Files.writeString(folder.resolve("c.txt"), "Harbour dredging\n\nThe port authority said dredging will take 18 months.\n");
        Files.writeString(folder.resolveSibling(".notes.txt"), "a dot file, never read\n");
        Files.createDirectories(tmp.resolve("work/empty"));
    }

    @AfterAll
    static void stop() {
        if (desk != null) {
            desk.close();
        }
    }

    // --- reaching FactDesk's types from outside the framework

    static Class<?> type(String name) throws ClassNotFoundException {
        return api.loadClass(name);
    }

    static Object service(String type) throws Exception {
        return desk.context().getService(desk.await("(objectClass=" + type + ")", 5000));
    }

    /** Calls a public method through a public type declaring it (implementation classes are not public). */
    static Object call(Object target, String name, Object... args) throws Throwable {
        Method m = method(target.getClass(), name, args);
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Method method(Class<?> start, String name, Object[] args) {
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(start));
        Set<Class<?>> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Class<?> c = todo.poll();
            if (!seen.add(c)) {
                continue;
            }
            if (Modifier.isPublic(c.getModifiers())) {
                for (Method m : c.getDeclaredMethods()) {
                    if (m.getName().equals(name) && Modifier.isPublic(m.getModifiers()) && accepts(m, args)) {
                        return m;
                    }
                }
            }
            todo.addAll(List.of(c.getInterfaces()));
            if (c.getSuperclass() != null) {
                todo.add(c.getSuperclass());
            }
        }
        throw new AssertionError("no public " + name + "/" + args.length + " on " + start);
    }

    private static boolean accepts(Method m, Object[] args) {
        Class<?>[] types = m.getParameterTypes();
        if (types.length != args.length) {
            return false;
        }
        for (int i = 0; i < types.length; i++) {
            if (args[i] != null && !types[i].isPrimitive() && !types[i].isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }

    /** A proxy of an API interface; default methods not handled by {@code handler} (returning this marker) run as written. */
    static final Object DEFAULT = new Object();

    interface Handler {
        Object handle(String method, Object[] args) throws Throwable;
    }

    static Object implement(String interfaceName, Handler handler) throws ClassNotFoundException {
        Class<?> type = type(interfaceName);
        InvocationHandler h = (proxy, m, args) -> {
            Object[] a = args == null ? new Object[0] : args;
            switch (m.getName()) {
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "equals":
                    return proxy == a[0];
                case "toString":
                    return interfaceName + " proxy";
                default:
                    Object r = handler.handle(m.getName(), a);
                    return r == DEFAULT ? InvocationHandler.invokeDefault(proxy, m, args) : r;
            }
        };
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, h);
    }

    /** What a face's receiver collects: each article's location and format, and each problem line. */
    static final class Collected {
        final List<String> articles = Collections.synchronizedList(new ArrayList<>());
        final List<String> headlines = Collections.synchronizedList(new ArrayList<>());
        final List<String> problems = Collections.synchronizedList(new ArrayList<>());

        Object receiver() throws ClassNotFoundException {
            return implement("org.factdesk.api.intake.Receiver", (method, a) -> {
                if (method.equals("article")) {
                    articles.add(a[0] + " " + call(a[1], "format"));
                    headlines.add(String.valueOf(call(a[1], "headline")));
                } else if (method.equals("problem")) {
                    problems.add((String) call(a[0], "line"));
                }
                return null;
            });
        }
    }

    static Object request(Path cwd, String... inputs) throws Exception {
        return type("org.factdesk.api.intake.Request").getConstructor(List.class, Path.class, java.io.InputStream.class)
                .newInstance(List.of(inputs), cwd, null);
    }

    static Object monitorNone() throws Exception {
        return type("org.factdesk.api.job.Monitor").getField("NONE").get(null);
    }

    // --- the tests

    @Test
    void intakeReadsTheDemoArticleAndAFolderAsTheCommandLineDoes() throws Throwable {
        Object intake = service("org.factdesk.api.intake.Intake");
        Collected got = new Collected();
        Path work = tmp.resolve("work");
        Object summary = call(intake, "read", request(work, Distribution.DEMO.toString(), "folder", "missing.txt", "empty"), got.receiver(),
                monitorNone());

        assertThat(got.articles).containsExactly(
                Distribution.DEMO + " text", "folder/a.txt text", "folder/b.html html", "folder/sub/c.txt text");
        assertThat(got.headlines.get(0)).startsWith("Microsoft and Meta");
        assertThat(got.headlines.subList(1, 4)).containsExactly("Budget row in Springfield", "Rail strike ends after three days", "Harbour dredging");
        assertThat(got.problems).containsExactly("missing.txt: no such file", "empty: directory has no files");
        assertThat(call(summary, "articles")).isEqualTo(4);
        assertThat(call(summary, "sources")).isEqualTo(6);
        assertThat(call(summary, "failed")).isEqualTo(2);
    }

    @Test
    void aJobRunsTheIntakeOnAWorkerThreadWithProgressEveryListenerSees() throws Throwable {
        Object intake = service("org.factdesk.api.intake.Intake");
        Object jobs = service("org.factdesk.api.job.Jobs");
        List<String> heard = new CopyOnWriteArrayList<>();
        Object listener = implement("org.factdesk.api.job.JobListener", (method, a) -> {
            Object p = a[1];
            heard.add(call(p, "state") + " " + call(p, "done") + "/" + call(p, "total"));
            return null;
        });
        Hashtable<String, Object> props = new Hashtable<>();
        ServiceRegistration<?> reg = desk.context().registerService("org.factdesk.api.job.JobListener", listener, props);
        try {
            long until = System.currentTimeMillis() + 5000;
            Collected got = new Collected();
            List<String> threads = new CopyOnWriteArrayList<>();
            Object job = implement("org.factdesk.api.job.Job", (method, a) -> switch (method) {
                case "title" -> "Import the demo and a folder";
                case "run" -> {
                    threads.add(Thread.currentThread().getName());
                    yield call(intake, "read", request(tmp.resolve("work"), Distribution.DEMO.toString(), "folder"), got.receiver(), a[0]);
                }
                default -> DEFAULT;
            });
            // the whiteboard listener is bound by DS asynchronously: wait until a job is heard
            while (heard.isEmpty() && System.currentTimeMillis() < until) {
                call(call(jobs, "schedule", implement("org.factdesk.api.job.Job", (m, a) -> m.equals("title") ? "warm-up" : null)), "await");
            }
            heard.clear();

            Object handle = call(jobs, "schedule", job);
            Object summary = call(handle, "await");

            assertThat(call(summary, "articles")).isEqualTo(4);
            assertThat(got.articles).hasSize(4);
            assertThat(threads).singleElement().asString().endsWith(": Import the demo and a folder");
            Object progress = call(handle, "progress");
            assertThat(call(progress, "state")).hasToString("DONE");
            assertThat(call(progress, "done")).isEqualTo(4L);
            assertThat(call(progress, "total")).isEqualTo(4L);
            assertThat(heard).first().isEqualTo("RUNNING 0/-1");
            assertThat(heard).contains("RUNNING 2/4").last().isEqualTo("DONE 4/4");
            assertThat((List<?>) call(jobs, "running")).isEmpty();
        } finally {
            reg.unregister();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theExportServiceListsTheStockExportersAndWritesAFileAtomically() throws Throwable {
        Object exports = service("org.factdesk.api.export.ExportService");
        List<String> formats = new ArrayList<>();
        for (Object e : (List<?>) call(exports, "exporters")) {
            formats.add((String) call(e, "format"));
        }
        assertThat(formats).containsSubsequence("claimreview", "csv", "report-html", "report-md").isSorted();

        assertThatThrownBy(() -> call(exports, "exporter", "pdf"))
                .satisfies(e -> assertThat(e.getClass().getName()).isEqualTo("org.factdesk.api.export.UnknownFormatException"))
                .hasMessageStartingWith("no exporter \"pdf\" (available: claimreview, csv");

        Object csv = call(exports, "exporter", "CSV");
        Path file = Files.writeString(tmp.resolve("cases.csv"), "yesterday's export");
        Object outcome = call(exports, "export", csv, List.of(), file);
        assertThat((List<Object>) call(outcome, "files")).containsExactly(file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("case,state,claim,");
        try (var s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}

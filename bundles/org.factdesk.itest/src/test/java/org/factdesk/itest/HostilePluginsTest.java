package org.factdesk.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.factdesk.itest.Cli.Run;
import org.factdesk.itest.hostile.HostilePlugins;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The hostile-plugin matrix, in the real runtime (the built distribution in a child JVM): plugins that
 * try to take a path or a built-in's name, are no bundle, hang or throw in their activator, end or
 * fork the process, spin deaf to interrupts or eat the heap. With all of them in the plugins folder at
 * once, the desk still works, the built-in checkers' findings are those of a desk without them, each
 * plugin is named with what it did, and removing them restores everything.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostilePluginsTest {

    static final List<String> CHECKER_KINDS = List.of("exit", "runtime-exit", "halt", "exec", "process", "busy", "alloc");
    static final Path JAVA = Path.of(System.getProperty("java.home"));
    /** A short start limit, so the hanging activator costs the test 2 s; a small heap, so the allocation bomb is quick. */
    static final Map<String, String> ENV = Map.of("JAVA_TOOL_OPTIONS", "-Dfactdesk.plugin.startMillis=2000 -Xmx512m");

    @TempDir
    static Path tmp;
    static Path plugins;
    static Path jars;
    static TreeSet<String> builtInFindings;

    @BeforeAll
    static void baseline() throws Exception {
        plugins = Files.createDirectories(tmp.resolve("plugins"));
        jars = Files.createDirectories(tmp.resolve("jars"));
        builtInFindings = findings(check());
        assertThat(builtInFindings).isNotEmpty();
    }

    static Run run(String... args) throws Exception {
        return Cli.run(tmp, JAVA, ENV, args);
    }

    static JsonNode check() throws Exception {
        Run r = run("check", "--json", Distribution.DEMO.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    /** Every finding of a built-in checker, as claim, checker, stance and summary. */
    static TreeSet<String> findings(JsonNode report) {
        TreeSet<String> out = new TreeSet<>();
        for (JsonNode claim : report.get("claims")) {
            for (JsonNode f : claim.get("findings")) {
                assertThat(f.get("checker").asText()).startsWith("org.factdesk.checker.");
                out.add(claim.get("id").asText() + " " + f.get("checker").asText() + " " + f.get("stance").asText() + " " + f.get("summary").asText());
            }
        }
        return out;
    }

    @Test
    @Order(1)
    void jarsThatAreNoPluginsAreRefusedByInstallAndNothingIsWritten() throws Exception {
        Path figures = Distribution.bundleJar("org.factdesk.checker.figures");
        byte[] before = Files.readAllBytes(figures);
        HostilePlugins.bundle(Map.of("Bundle-SymbolicName", "/../../../../" + Distribution.DIST.resolve("bundles/evil")), jars.resolve("traversal.jar"));
        HostilePlugins.bundle(Map.of("Bundle-SymbolicName", "org.factdesk.checker.figures", "Bundle-Version", "0.2.0"), jars.resolve("shadow.jar"));
        HostilePlugins.bundle(Map.of("Bundle-SymbolicName", "org.example.badversion", "Bundle-Version", "1.0.0/x"), jars.resolve("badversion.jar"));
        HostilePlugins.plainJar(jars.resolve("plain.jar"));

        Run r = run("install", jars.resolve("traversal.jar").toString(), jars.resolve("shadow.jar").toString(),
                jars.resolve("badversion.jar").toString(), jars.resolve("plain.jar").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).doesNotContain("installed");
        assertThat(r.err()).contains("traversal.jar: its Bundle-SymbolicName \"/../../../../")
                .contains("shadow.jar: it is named org.factdesk.checker.figures, like a bundle of FactDesk itself; a plugin cannot replace or shadow a built-in bundle")
                .contains("badversion.jar: its Bundle-Version \"1.0.0/x\" is not a version")
                .contains("plain.jar: not an OSGi bundle (the jar has no manifest)")
                .doesNotContain("Exception");
        try (var s = Files.list(plugins)) {
            assertThat(s).isEmpty();
        }
        assertThat(Files.readAllBytes(figures)).isEqualTo(before);
        try (var s = Files.list(Distribution.DIST.resolve("bundles"))) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("evil"));
        }
    }

    @Test
    @Order(2)
    void withEveryHostilePluginDroppedInTheDeskKeepsWorkingAndNamesEachOne() throws Exception {
        for (String kind : CHECKER_KINDS) {
            HostilePlugins.plugin(kind, plugins.resolve(kind + ".jar"));
        }
        HostilePlugins.plugin("block-activator", plugins.resolve("block-activator.jar"));
        HostilePlugins.plugin("throw-activator", plugins.resolve("throw-activator.jar"));
        Files.copy(jars.resolve("shadow.jar"), plugins.resolve("shadow.jar")); // dropped by hand: no install to refuse it
        Files.copy(jars.resolve("plain.jar"), plugins.resolve("plain.jar"));
        Path marker = tmp.resolve("factdesk-hostile-exec");
        Path marker2 = tmp.resolve("factdesk-hostile-process");

        Run r = run("check", "--json", Distribution.DEMO.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(r.out());
        // the built-ins' findings are complete, and no plugin's finding passes for theirs
        TreeSet<String> official = new TreeSet<>();
        List<String> failures = new ArrayList<>();
        for (JsonNode claim : report.get("claims")) {
            for (JsonNode f : claim.get("findings")) {
                official.add(claim.get("id").asText() + " " + f.get("checker").asText() + " " + f.get("stance").asText() + " " + f.get("summary").asText());
            }
            claim.get("failures").forEach(f -> failures.add(f.get("checker").asText() + ": " + f.get("problem").asText() + " " + f.get("message").asText()));
        }
        assertThat(official).isEqualTo(builtInFindings);
        assertThat(failures).allMatch(f -> f.startsWith("org.example.hostile."));
        assertThat(failures).contains(
                "org.example.hostile.exit: EXCEPTION a plugin may not end the desk's process (System.exit(0))",
                "org.example.hostile.runtime.exit: EXCEPTION a plugin may not end the desk's process (Runtime.exit(3))",
                "org.example.hostile.halt: EXCEPTION a plugin may not end the desk's process (Runtime.halt(7))",
                "org.example.hostile.busy: TIMEOUT no answer within 10000 ms",
                "org.example.hostile.busy: TIMEOUT not run: its 2 threads are still busy with claims it did not finish in time");
        assertThat(failures).anyMatch(f -> f.startsWith("org.example.hostile.exec: EXCEPTION a plugin may not start another process (touch "));
        assertThat(failures).anyMatch(f -> f.startsWith("org.example.hostile.process: EXCEPTION a plugin may not start another process (touch "));
        assertThat(failures).anyMatch(f -> f.startsWith("org.example.hostile.alloc: "));
        assertThat(marker).doesNotExist();
        assertThat(marker2).doesNotExist();
        assertThat(r.err())
                .contains("plugin org.example.hostile.block.activator 1.0.0 its activator did not return within 2000 ms: left out")
                .contains("plugin org.example.hostile.throw.activator 1.0.0 did not start: hostile activator refuses to start")
                .contains("plugin shadow.jar: it is named org.factdesk.checker.figures, like a bundle of FactDesk itself")
                .contains("plugin plain.jar: not an OSGi bundle")
                .doesNotContain("Exception");
        // a checker failing claim after claim is quarantined within the article (five failures, or six when two threads
        // fail at once), its later runs are not run, and standard error says so
        assertThat(r.err()).containsPattern("factdesk: checker org.example.hostile.exit 1.0.0 is now quarantined: failed [56] claims in a row; "
                + "last: EXCEPTION a plugin may not end the desk's process \\(System.exit\\(0\\)\\)");
        assertThat(failures).anyMatch(f -> f.matches("org.example.hostile.exit: QUARANTINED not run: quarantined, failed [56] claims in a row; .*"));
        assertThat(report.get("checkers").findValuesAsText("state")).contains("QUARANTINED");
    }

    @Test
    @Order(3)
    void pluginsSaysWhyEachOneIsNotActive() throws Exception {
        Run r = run("plugins", "--json");
        assertThat(r.exit()).isZero();
        Map<String, String> states = new java.util.TreeMap<>();
        for (JsonNode p : new ObjectMapper().readTree(r.out()).get("plugins")) {
            states.put(p.get("file").asText(), p.get("state").asText() + (p.get("problem").asText().isEmpty() ? "" : ": " + p.get("problem").asText()));
        }
        assertThat(states).containsEntry("block-activator.jar", "STARTING: its activator did not return within 2000 ms: left out")
                .containsEntry("throw-activator.jar", "RESOLVED: did not start: hostile activator refuses to start")
                .containsEntry("shadow.jar", "REFUSED: it is named org.factdesk.checker.figures, like a bundle of FactDesk itself; a plugin cannot replace or shadow a built-in bundle")
                .containsEntry("plain.jar", "REFUSED: not an OSGi bundle (the jar has no manifest)");
        for (String kind : CHECKER_KINDS) {
            assertThat(states).containsEntry(kind + ".jar", "ACTIVE"); // they run, guarded, and fail with their reason
        }
        Run help = run("checkers");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("org.factdesk.checker.figures");
    }

    @Test
    @Order(4)
    void sigtermStopsADeskWhosePluginHangsInItsActivator() throws Exception {
        List<String> cmd = new ArrayList<>(Cli.command(tmp, JAVA, "checkers"));
        cmd.add(1, "-Dfactdesk.plugin.startMillis=60000"); // the desk is still waiting for the plugin when the signal comes
        Process p = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectErrorStream(true).redirectOutput(tmp.resolve("term.out").toFile()).start();
        long until = System.currentTimeMillis() + 60_000;
        // the blocked activator is reached once the core bundles have started: some 1.5 s of CPU time
        while (System.currentTimeMillis() < until && !p.info().totalCpuDuration().map(d -> d.toMillis() > 1500).orElse(true)) {
            Thread.sleep(100);
        }
        Thread.sleep(1000);
        p.destroy(); // SIGTERM
        assertThat(p.waitFor(15, TimeUnit.SECONDS)).as("stopped by SIGTERM").isTrue();
    }

    @Test
    @Order(5)
    void removingThemRestoresEverything() throws Exception {
        List<String> names = new ArrayList<>();
        try (var s = Files.list(plugins)) {
            s.forEach(p -> names.add(p.getFileName().toString()));
        }
        List<String> args = new ArrayList<>(List.of("remove"));
        args.addAll(names);
        Run r = run(args.toArray(new String[0]));
        assertThat(r.exit()).as(r.err()).isZero();
        try (var s = Files.list(plugins)) {
            assertThat(s).isEmpty();
        }
        JsonNode report = check();
        assertThat(findings(report)).isEqualTo(builtInFindings);
        for (JsonNode claim : report.get("claims")) {
            assertThat(claim.get("failures")).isEmpty();
        }
    }
}

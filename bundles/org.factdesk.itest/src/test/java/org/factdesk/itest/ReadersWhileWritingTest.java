package org.factdesk.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.factdesk.itest.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 50 runs of {@code audit verify} and {@code case list}, as a script, while another FactDesk
 * imports articles and proposes verdicts into the same workspace: readers see the workspace up to
 * the head committed when they opened it, so there is no false tamper alarm and no error.
 */
class ReadersWhileWritingTest {

    static final Path JAVA = Path.of(System.getProperty("java.home"));

    @TempDir
    Path tmp;

    @Test
    void fiftyAuditsAndCaseListsWhileAnotherProcessWritesSeeNoFalseAlarm() throws Exception {
        Map<String, String> env = new HashMap<>(Map.of("FACTDESK_WORKSPACE", tmp.resolve("desk").toString(), "FACTDESK_KEYS", tmp.resolve("keys").toString()));
        assertThat(Cli.run(tmp, JAVA, env, "user", "add", "maria", "--name", "Maria Lopez", "--role", "admin").exit()).isZero();
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        for (int i = 0; i < 600; i++) {
            Files.writeString(inbox.resolve("a" + i + ".txt"), "Report " + i + "\n\nThe council spent $" + (i + 1) + " million on roads in "
                    + (1990 + i % 30) + ", the mayor said. Unemployment fell to " + (i % 9) + "." + (i % 7) + " percent in " + (2000 + i % 20) + ".\n");
        }
        StringBuilder writes = new StringBuilder("factdesk:import --as maria " + inbox + "\n");
        for (int i = 1; i <= 100; i++) {
            writes.append("factdesk:case select C-").append(i).append(" --as maria\n");
            writes.append("factdesk:case assign C-").append(i).append(" --as maria\n");
            writes.append("factdesk:case propose C-").append(i).append(" --as maria --rating true --rationale \"as reported\" --source \"https://example.org|the figure|2026-01-02\"\n");
        }
        Files.writeString(tmp.resolve("writes.gosh"), writes);
        StringBuilder reads = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            reads.append("factdesk:audit verify\nfactdesk:case list\n");
        }
        Files.writeString(tmp.resolve("reads.gosh"), reads);

        Path writerTmp = Files.createDirectories(tmp.resolve("writer"));
        ProcessBuilder pb = new ProcessBuilder(Cli.command(writerTmp, JAVA, "run", tmp.resolve("writes.gosh").toString())).directory(tmp.toFile())
                .redirectOutput(tmp.resolve("writer.out").toFile()).redirectError(tmp.resolve("writer.err").toFile());
        pb.environment().putAll(env);
        Process writer = pb.start();
        try {
            // the readers start once the writer has written
            long until = System.currentTimeMillis() + 60_000;
            while (!Files.exists(tmp.resolve("desk/journal.head")) || Files.size(tmp.resolve("desk/journal.log")) < 4000) {
                assertThat(System.currentTimeMillis()).as("the writer began").isLessThan(until);
                Thread.sleep(100);
            }
            Run r = Cli.run(tmp, JAVA, env, "run", "reads.gosh");
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.err()).doesNotContain("DOES NOT VERIFY").doesNotContain("missing").doesNotContain("note:");
            List<String> verified = r.out().lines().filter(l -> l.startsWith("workspace ") && l.contains(" verifies: "))
                    .map(l -> l.replaceAll(".* verifies: (\\d+) entries.*", "$1")).toList();
            assertThat(verified).hasSize(50);
            // the journal grew while the readers read it: they ran alongside the writer
            assertThat(verified.stream().distinct().count()).as("heads seen: " + verified).isGreaterThan(1);
        } finally {
            assertThat(writer.waitFor(300, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(writer.exitValue()).as(Files.readString(tmp.resolve("writer.err"))).isZero();
        Run audit = Cli.run(tmp, JAVA, env, "audit", "verify");
        assertThat(audit.exit()).as(audit.out() + audit.err()).isZero();
        assertThat(List.of(audit.out().split("\n"))).anyMatch(l -> l.contains("entries signed by their authors"));
    }
}

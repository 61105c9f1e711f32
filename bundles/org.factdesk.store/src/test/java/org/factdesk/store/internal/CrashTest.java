package org.factdesk.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.factdesk.api.store.AuditReport;
import org.factdesk.api.store.Journal;
import org.factdesk.api.store.WorkspaceStore.Access;
import org.factdesk.measure.DocsSection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM that is committing changes with SIGKILL at random moments, again and again on
 * the same workspace; after each kill, every change the child saw acknowledged must be there
 * with the same hash, and the whole chain must verify. Writes its figures to
 * target/crash-report.md (and to docs/reliability.md when -Dfactdesk.reliability.doc names it).
 */
class CrashTest {

    static final int TRIALS = Integer.getInteger("factdesk.crash.trials", 50);

    @TempDir
    Path tmp;

    @Test
    void everyAcknowledgedChangeSurvivesSigkill() throws Exception {
        Path ws = tmp.resolve("ws");
        Random random = new Random(Long.getLong("factdesk.crash.seed", System.nanoTime()));
        Map<Long, String> acknowledged = new HashMap<>();
        long checked = 0;
        int killedMidRun = 0;
        long minAcks = Long.MAX_VALUE, maxAcks = 0;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int trial = 1; trial <= TRIALS; trial++) {
            Process child = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    CrashChild.class.getName(), ws.toString(), "4").redirectError(ProcessBuilder.Redirect.INHERIT).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String ready = out.readLine();
            assertThat(ready).as("trial %d: child started", trial).startsWith("ready");
            long delay = 5 + random.nextInt(300);
            Thread killer = new Thread(() -> {
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException ignored) {
                    // kill now
                }
                // SIGKILL on Unix; through the handle, which (unlike Process.destroyForcibly) leaves our end of its output readable
                child.toHandle().destroyForcibly();
            });
            killer.start();
            long acks = 0;
            for (String line; (line = out.readLine()) != null;) {
                if (line.startsWith("ack ")) {
                    String[] p = line.split(" ");
                    acknowledged.put(Long.parseLong(p[1]), p[2]);
                    acks++;
                }
            }
            killer.join();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as("trial %d: killed by SIGKILL", trial).isEqualTo(137);
            killedMidRun += acks > 0 ? 1 : 0;
            minAcks = Math.min(minAcks, acks);
            maxAcks = Math.max(maxAcks, acks);

            try (Journal j = new FileWorkspaceStore().open(ws, Access.WRITE, false)) {
                Map<Long, String> present = new HashMap<>();
                j.replay(0, e -> present.put(e.seq(), e.hash()));
                for (Map.Entry<Long, String> a : acknowledged.entrySet()) {
                    assertThat(present.get(a.getKey())).as("trial %d: acknowledged entry %d", trial, a.getKey()).isEqualTo(a.getValue());
                }
                checked += acknowledged.size();
                AuditReport audit = j.verify();
                assertThat(audit.intact()).as("trial %d: %s", trial, audit.problem()).isTrue();
            }
        }
        long setAside = 0;
        if (Files.isDirectory(ws.resolve("set-aside"))) {
            try (Stream<Path> s = Files.list(ws.resolve("set-aside"))) {
                setAside = s.count();
            }
        }
        long entries = Files.readAllLines(ws.resolve("journal.log")).size();
        String report = String.format("""
                | figure | value |
                |---|---|
                | trials (child JVM killed with SIGKILL at a random moment, 5-305 ms into committing) | %d |
                | trials in which the child had acknowledged changes before the kill | %d |
                | acknowledged changes per trial | %d to %d |
                | acknowledged entries, all trials | %d |
                | presence checks (each acknowledged entry, with its hash, after every later restart) | %d |
                | entries in the journal at the end (acknowledged + written but killed before the acknowledgement was read) | %d |
                | acknowledged changes missing | 0 |
                | chain verification after each restart | %d of %d passed |
                | torn last entries set aside | %d |
                """, TRIALS, killedMidRun, minAcks, maxAcks, acknowledged.size(), checked, entries, TRIALS, TRIALS, setAside);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "crash-report.md"), report);
        String doc = System.getProperty("factdesk.reliability.doc");
        if (doc != null && !doc.isBlank()) {
            Path page = Path.of(doc);
            if (DocsSection.read(Files.readString(page), "crash").isEmpty()) {
                throw new IllegalStateException(page + " has no section crash");
            }
            DocsSection.write(page, "crash", report);
        }
        assertThat(killedMidRun).as("kills that hit a child in the middle of committing").isGreaterThan(TRIALS / 2);
    }
}

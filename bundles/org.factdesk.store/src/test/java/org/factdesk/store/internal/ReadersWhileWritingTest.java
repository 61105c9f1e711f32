package org.factdesk.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.factdesk.api.store.AuditReport;
import org.factdesk.api.store.Change;
import org.factdesk.api.store.Journal;
import org.factdesk.api.store.WorkspaceStore.Access;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readers while another process writes as fast as it can (group commits, snapshots): each reader
 * sees the journal up to the head committed when it started, and never reports an entry being
 * written as missing or damaged. A false tamper alarm teaches a desk to ignore real ones.
 */
class ReadersWhileWritingTest {

    @TempDir
    Path tmp;

    @Test
    void fiftyReadersAndAuditsWhileAWriterRunsSeeNoFalseAlarm() throws Exception {
        Path ws = tmp.resolve("ws");
        try (Journal j = new FileWorkspaceStore().open(ws, Access.WRITE, true)) {
            j.append(List.of(new Change("ana", "test", "{}")));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(), ws.toString(), "2")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).startsWith("ready");
            java.util.concurrent.atomic.AtomicLong acked = new java.util.concurrent.atomic.AtomicLong();
            Thread drain = new Thread(() -> out.lines().forEach(l -> acked.incrementAndGet()));
            drain.setDaemon(true);
            drain.start();
            while (acked.get() < 200 && writer.isAlive()) {
                Thread.sleep(10);
            }
            long first = -1;
            long seen = 0;
            for (int i = 0; i < 50; i++) {
                try (Journal reader = new FileWorkspaceStore().open(ws, Access.READ_ONLY, false)) {
                    assertThat(reader.notices()).as("run " + i).isEmpty();
                    AuditReport audit = reader.verify();
                    assertThat(audit.intact()).as("run " + i + ": " + audit.problem()).isTrue();
                    long[] count = {0};
                    reader.replay(0, e -> count[0]++);
                    assertThat(count[0]).isEqualTo(reader.lastSeq());
                    assertThat(reader.lastSeq()).isGreaterThanOrEqualTo(seen);
                    seen = reader.lastSeq();
                    first = first < 0 ? seen : first;
                }
            }
            // the writer was writing all along
            assertThat(writer.isAlive()).isTrue();
            assertThat(seen).isGreaterThan(first);
        } finally {
            writer.destroyForcibly();
            writer.waitFor(30, TimeUnit.SECONDS);
        }
    }
}

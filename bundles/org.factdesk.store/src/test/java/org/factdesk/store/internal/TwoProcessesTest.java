package org.factdesk.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.factdesk.api.store.Change;
import org.factdesk.api.store.Journal;
import org.factdesk.api.store.StoreException;
import org.factdesk.api.store.WorkspaceStore.Access;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two processes on one workspace: the second writer is refused, naming the first; a reader is welcome. */
class TwoProcessesTest {

    @TempDir
    Path tmp;

    @Test
    void aSecondProcessCannotWriteWhileTheFirstHoldsTheWorkspace() throws Exception {
        Path ws = tmp.resolve("ws");
        try (Journal j = new FileWorkspaceStore().open(ws, Access.WRITE, true)) {
            j.append(List.of(new Change("ana", "test", "{}")));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(), ws.toString(), "0")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("ready 1");
            assertThatThrownBy(() -> new FileWorkspaceStore().open(ws, Access.WRITE, false)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("is open for writing in another FactDesk (process " + holder.pid() + "@");
            try (Journal reader = new FileWorkspaceStore().open(ws, Access.READ_ONLY, false)) {
                assertThat(reader.lastSeq()).isEqualTo(1);
            }
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
        // The lock dies with its process: no stale lock file to clean up after a crash.
        try (Journal j = new FileWorkspaceStore().open(ws, Access.WRITE, false)) {
            assertThat(j.append(List.of(new Change("ana", "test", "{}"))).get(0).seq()).isEqualTo(2);
        }
    }
}

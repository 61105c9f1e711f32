package org.factdesk.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.factdesk.api.desk.CaseState;
import org.factdesk.api.desk.DeskSession;
import org.factdesk.api.desk.Role;
import org.factdesk.api.store.WorkspaceStore.Access;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workflow knows the store only by its interface: the same flow runs on a store that is not files at all. */
class AnotherStoreTest {

    @TempDir
    Path keys;

    @Test
    void theWorkflowRunsUnchangedOnAnotherStore() throws Exception {
        DeskService desk = new DeskService(new MemoryStore());
        Path ws = Path.of("team-desk");
        try (DeskSession s = desk.open(ws, keys, Access.WRITE)) {
            s.addPerson("maria", "maria", "Maria", Role.ADMIN);
            s.addPerson("maria", "ana", "Ana", Role.FACT_CHECKER);
            s.importArticle("ana", WorkflowTest.report(), 0.5, "https://example.com/a", "Mint");
            s.select("ana", "C-1");
            s.assign("ana", "C-1", "ana");
            s.propose("ana", "C-1", "true", "checked", WorkflowTest.sources());
            s.signOff("maria", "C-1");
            s.publish("maria", "C-1", "https://factdesk.example/c-1");
            assertThat(s.audit().checks()).anyMatch(c -> c.startsWith("1 sign-off signatures verified"));
        }
        try (DeskSession s = desk.open(ws, keys, Access.READ_ONLY)) {
            assertThat(s.find("C-1").state()).isEqualTo(CaseState.PUBLISHED);
            assertThat(s.history("C-1")).hasSize(6);
        }
    }
}

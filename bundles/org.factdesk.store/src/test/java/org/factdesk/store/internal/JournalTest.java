package org.factdesk.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.factdesk.api.store.Change;
import org.factdesk.api.store.Journal;
import org.factdesk.api.store.JournalEntry;
import org.factdesk.api.store.StoreException;
import org.factdesk.api.store.WorkspaceStore.Access;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    @TempDir
    Path tmp;

    private final FileWorkspaceStore store = new FileWorkspaceStore();

    static Change change(int n) {
        return new Change("ana", "test.change", "{\"n\":" + n + ",\"text\":\"caf\u00e9 \\\"quoted\\\"\\nline\"}");
    }

    static List<JournalEntry> all(Journal j) throws StoreException {
        List<JournalEntry> out = new ArrayList<>();
        j.replay(0, out::add);
        return out;
    }

    @Test
    void entriesSurviveReopeningInOrderWithTheirData() throws Exception {
        Path ws = tmp.resolve("ws");
        try (Journal j = store.open(ws, Access.WRITE, true)) {
            for (int i = 1; i <= 10; i++) {
                assertThat(j.append(List.of(change(i))).get(0).seq()).isEqualTo(i);
            }
        }
        try (Journal j = store.open(ws, Access.WRITE, false)) {
            List<JournalEntry> entries = all(j);
            assertThat(entries).hasSize(10);
            assertThat(entries.get(9).data()).isEqualTo("{\"n\":10,\"text\":\"caf\u00e9 \\\"quoted\\\"\\nline\"}");
            assertThat(entries.get(9).prev()).isEqualTo(entries.get(8).hash());
            assertThat(j.append(List.of(change(11))).get(0).prev()).isEqualTo(entries.get(9).hash());
            assertThat(j.verify().intact()).isTrue();
        }
        assertThat(Files.readAllLines(ws.resolve("journal.log"))).hasSize(11);
    }

    @Test
    void concurrentCommitsAreEachAcknowledgedOnceAndChained() throws Exception {
        Path ws = tmp.resolve("ws");
        int threads = 8, perThread = 50;
        try (Journal j = store.open(ws, Access.WRITE, true)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int base = t * perThread;
                results.add(pool.submit(() -> {
                    List<Long> seqs = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        seqs.add(j.append(List.of(change(base + i))).get(0).seq());
                    }
                    return seqs;
                }));
            }
            List<Long> seqs = new ArrayList<>();
            for (Future<List<Long>> f : results) {
                seqs.addAll(f.get());
            }
            pool.shutdown();
            Collections.sort(seqs);
            assertThat(seqs).hasSize(threads * perThread).doesNotHaveDuplicates().startsWith(1L).endsWith((long) threads * perThread);
            assertThat(j.verify().intact()).isTrue();
        }
    }

    @Test
    void aSecondWriterIsRefusedAndAReaderIsNot() throws Exception {
        Path ws = tmp.resolve("ws");
        try (Journal writer = store.open(ws, Access.WRITE, true)) {
            writer.append(List.of(change(1)));
            assertThatThrownBy(() -> store.open(ws, Access.WRITE, false)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("open for writing in another FactDesk").hasMessageContaining("process ")
                    .extracting(e -> ((StoreException) e).reason()).isEqualTo(StoreException.Reason.LOCKED);
            try (Journal reader = store.open(ws, Access.READ_ONLY, false)) {
                assertThat(reader.lastSeq()).isEqualTo(1);
                assertThatThrownBy(() -> reader.append(List.of(change(2)))).hasMessageContaining("read-only");
            }
        }
        try (Journal again = store.open(ws, Access.WRITE, false)) {
            assertThat(again.lastSeq()).isEqualTo(1);
        }
    }

    @Test
    void badChangesAreRefusedAndNothingIsWritten() throws Exception {
        Path ws = tmp.resolve("ws");
        try (Journal j = store.open(ws, Access.WRITE, true)) {
            j.append(List.of(change(1)));
            assertThatThrownBy(() -> j.append(List.of(change(2), new Change("ana", "x", "[1,2]"))))
                    .hasMessageContaining("must be one JSON object");
            assertThatThrownBy(() -> j.append(List.of(new Change("ana", "x", "{\"a\":")))).hasMessageContaining("not JSON");
            assertThat(j.lastSeq()).isEqualTo(1);
        }
        assertThat(Files.readAllLines(ws.resolve("journal.log"))).hasSize(1);
    }

    @Test
    void aDeskConfiguredBeforeItsFirstImportBecomesAWorkspaceWithItsConfigurationKept() throws Exception {
        Path ws = tmp.resolve("ws");
        Path desk = Files.createDirectories(ws.resolve("config")).resolve("desk.json");
        Files.writeString(desk, "{}");
        try (Journal j = store.open(ws, Access.WRITE, true)) {
            j.append(List.of(change(1)));
        }
        assertThat(Files.readString(desk)).isEqualTo("{}");
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(other.resolve("config"), "a file named config is not a configuration folder");
        assertThatThrownBy(() -> store.open(other, Access.WRITE, true)).hasMessageContaining("is not empty and not a FactDesk workspace");
    }

    @Test
    void aDirectoryThatIsNotAWorkspaceIsNeitherOpenedNorTakenOver() throws Exception {
        Files.writeString(tmp.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> store.open(tmp, Access.WRITE, true)).hasMessageContaining("is not empty and not a FactDesk workspace");
        assertThatThrownBy(() -> store.open(tmp.resolve("nothing"), Access.READ_ONLY, false)).hasMessageContaining("is not a FactDesk workspace");
        assertThat(Files.readString(tmp.resolve("notes.txt"))).isEqualTo("mine");
    }

    @Test
    void aTornLastEntryIsSetAsideNotDroppedAndTheChainContinues() throws Exception {
        Path ws = tmp.resolve("ws");
        try (Journal j = store.open(ws, Access.WRITE, true)) {
            j.append(List.of(change(1), change(2)));
        }
        byte[] torn = "{\"seq\":3,\"at\":\"2026-11-28T00:00:00Z\",\"actor\":\"ana\",\"ty".getBytes(StandardCharsets.UTF_8);
        Files.write(ws.resolve("journal.log"), torn, StandardOpenOption.APPEND);
        try (Journal reader = store.open(ws, Access.READ_ONLY, false)) {
            assertThat(reader.lastSeq()).isEqualTo(2);
            // after the head: to a reader, an entry being written (a crash's leftover looks the same); not read, not reported
            assertThat(reader.notices()).isEmpty();
            assertThat(reader.verify().intact()).isTrue();
        }
        assertThat(Files.size(ws.resolve("journal.log"))).isGreaterThan(torn.length);
        try (Journal j = store.open(ws, Access.WRITE, false)) {
            assertThat(j.notices()).singleElement().asString().contains("entry (3) was incomplete").contains("set-aside/");
            assertThat(j.append(List.of(change(3))).get(0).seq()).isEqualTo(3);
            assertThat(j.verify().intact()).isTrue();
        }
        try (Stream<Path> aside = Files.list(ws.resolve("set-aside"))) {
            assertThat(aside.toList()).singleElement().satisfies(p -> assertThat(Files.readAllBytes(p)).isEqualTo(torn));
        }
    }

    @Test
    void aDamagedEntryInTheMiddleStopsTheWriterAndChangesNothing() throws Exception {
        Path ws = tmp.resolve("ws");
        try (Journal j = store.open(ws, Access.WRITE, true)) {
            for (int i = 1; i <= 5; i++) {
                j.append(List.of(change(i)));
            }
        }
        Path log = ws.resolve("journal.log");
        String text = Files.readString(log).replace("\"n\":3", "\"n\":8");
        Files.writeString(log, text);
        assertThatThrownBy(() -> store.open(ws, Access.WRITE, false)).isInstanceOf(StoreException.class)
                .hasMessageContaining("entry 3 does not match its hash").hasMessageContaining("audit verify");
        assertThat(Files.readString(log)).isEqualTo(text);
        try (Journal reader = store.open(ws, Access.READ_ONLY, false)) {
            assertThat(reader.lastSeq()).isEqualTo(2);
            assertThat(reader.notices()).anyMatch(n -> n.contains("showing the state up to entry 2"));
        }
    }

    @Test
    void aSnapshotSpeedsOpeningAndIsIgnoredWhenItNoLongerMatches() throws Exception {
        Path ws = tmp.resolve("ws");
        try (Journal j = store.open(ws, Access.WRITE, true)) {
            for (int i = 1; i <= 20; i++) {
                j.append(List.of(change(i)));
            }
            j.saveSnapshot(20, "state-at-20".getBytes(StandardCharsets.UTF_8));
            j.append(List.of(change(21)));
        }
        try (Journal j = store.open(ws, Access.WRITE, false)) {
            assertThat(j.snapshot()).hasValueSatisfying(s -> assertThat(new String(s.state(), StandardCharsets.UTF_8)).isEqualTo("state-at-20"));
            List<JournalEntry> after = new ArrayList<>();
            j.replay(20, after::add);
            assertThat(after).extracting(JournalEntry::seq).containsExactly(21L);
            List<JournalEntry> fromStart = new ArrayList<>();
            j.replay(0, fromStart::add);
            assertThat(fromStart).hasSize(21);
        }
        // A damaged snapshot is not used: the journal alone is the truth.
        Path snap;
        try (Stream<Path> s = Files.list(ws.resolve("snapshots"))) {
            snap = s.filter(p -> p.toString().endsWith(".snap")).findFirst().orElseThrow();
        }
        byte[] b = Files.readAllBytes(snap);
        b[b.length - 1] ^= 1;
        Files.write(snap, b);
        try (Journal j = store.open(ws, Access.WRITE, false)) {
            assertThat(j.snapshot()).isEmpty();
            assertThat(j.notices()).anyMatch(n -> n.contains("its state does not match its checksum"));
            assertThat(all(j)).hasSize(21);
            assertThat(j.verify().intact()).isFalse();
            assertThat(j.verify().problem()).contains("snapshot").contains("damaged");
        }
    }

    @Test
    void documentsAreStoredAtomicallyUnderSafeNames() throws Exception {
        try (Journal j = store.open(tmp.resolve("ws"), Access.WRITE, true)) {
            j.putDocument("article-1.json", "{}".getBytes(StandardCharsets.UTF_8));
            assertThat(j.document("article-1.json")).hasValueSatisfying(b -> assertThat(b).isEqualTo("{}".getBytes(StandardCharsets.UTF_8)));
            assertThat(j.document("missing.json")).isEmpty();
            assertThatThrownBy(() -> j.putDocument("../escape", new byte[0])).hasMessageContaining("not a document name");
        }
    }
}

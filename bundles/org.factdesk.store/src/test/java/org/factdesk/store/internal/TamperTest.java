package org.factdesk.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.factdesk.api.store.AuditReport;
import org.factdesk.api.store.Change;
import org.factdesk.api.store.Journal;
import org.factdesk.api.store.JournalEntry;
import org.factdesk.api.store.StoreException;
import org.factdesk.api.store.WorkspaceStore.Access;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of tampering with the journal is found by verify, which names the first entry that does not verify. */
class TamperTest {

    private static final int ENTRIES = 30;

    @TempDir
    Path ws;

    private final FileWorkspaceStore store = new FileWorkspaceStore();
    private final List<JournalEntry> written = new ArrayList<>();

    @BeforeEach
    void writeJournal() throws Exception {
        try (Journal j = store.open(ws.resolve("w"), Access.WRITE, true)) {
            for (int i = 1; i <= ENTRIES; i++) {
                written.addAll(j.append(List.of(new Change(i % 2 == 0 ? "ana" : "ben", "case.changed", "{\"case\":\"C-" + i + "\",\"n\":" + i + "}"))));
            }
            assertThat(j.verify().intact()).isTrue();
        }
        ws = ws.resolve("w");
    }

    private List<String> lines() throws Exception {
        return new ArrayList<>(Files.readAllLines(ws.resolve("journal.log"), StandardCharsets.UTF_8));
    }

    private AuditReport tamper(UnaryOperator<List<String>> edit) throws Exception {
        List<String> edited = edit.apply(lines());
        Files.writeString(ws.resolve("journal.log"), edited.isEmpty() ? "" : String.join("\n", edited) + "\n", StandardCharsets.UTF_8);
        AuditReport report;
        try (Journal reader = store.open(ws, Access.READ_ONLY, false)) {
            report = reader.verify();
        }
        assertThat(report.intact()).isFalse();
        // A writer never continues on a tampered journal.
        assertThatThrownBy(() -> store.open(ws, Access.WRITE, false)).isInstanceOf(StoreException.class)
                .extracting(e -> ((StoreException) e).reason()).isEqualTo(StoreException.Reason.CORRUPT);
        return report;
    }

    @Test
    void aFlippedByteIsFound() throws Exception {
        AuditReport r = tamper(l -> {
            l.set(11, l.get(11).replace("\"n\":12", "\"n\":13"));
            return l;
        });
        assertThat(r.firstBad()).isEqualTo(12);
        assertThat(r.problem()).contains("entry 12 does not match its hash");
    }

    @Test
    void aFlippedByteInTheRawFileIsFound() throws Exception {
        byte[] b = Files.readAllBytes(ws.resolve("journal.log"));
        int at = b.length / 2;
        b[at] ^= 0x04;
        Files.write(ws.resolve("journal.log"), b);
        int line = 1;
        for (int i = 0; i < at; i++) {
            line += b[i] == '\n' ? 1 : 0;
        }
        try (Journal reader = store.open(ws, Access.READ_ONLY, false)) {
            AuditReport r = reader.verify();
            assertThat(r.intact()).isFalse();
            assertThat(r.firstBad()).isEqualTo(line);
        }
    }

    @Test
    void aDeletedEntryIsFound() throws Exception {
        AuditReport r = tamper(l -> {
            l.remove(6);
            return l;
        });
        assertThat(r.firstBad()).isEqualTo(7);
        assertThat(r.problem()).contains("says it is entry 8 but follows entry 6").contains("deleted");
    }

    @Test
    void reorderedEntriesAreFound() throws Exception {
        AuditReport r = tamper(l -> {
            String a = l.get(19);
            l.set(19, l.get(20));
            l.set(20, a);
            return l;
        });
        assertThat(r.firstBad()).isEqualTo(20);
        assertThat(r.problem()).contains("says it is entry 21");
    }

    @Test
    void anInsertedEntryIsFoundEvenWhenItIsWellFormed() throws Exception {
        // A forger who knows the format writes a valid entry 10 that chains to entry 9.
        JournalEntry nine = written.get(8);
        byte[] forged = EntryCodec.encode(10, Instant.now(), "mallory", "verdict.signed", nine.hash(), "{\"case\":\"C-1\"}").line();
        AuditReport r = tamper(l -> {
            l.add(9, new String(forged, StandardCharsets.UTF_8).strip());
            return l;
        });
        assertThat(r.firstBad()).isEqualTo(11);
        assertThat(r.problem()).contains("entry 11 says it is entry 10 but follows entry 10");
    }

    @Test
    void anEditedEntryWithARecomputedHashIsFoundByTheNextLink() throws Exception {
        JournalEntry five = written.get(4);
        byte[] forged = EntryCodec.encode(5, five.at(), five.actor(), five.type(), five.prev(), "{\"case\":\"C-5\",\"n\":500}").line();
        AuditReport r = tamper(l -> {
            l.set(4, new String(forged, StandardCharsets.UTF_8).strip());
            return l;
        });
        assertThat(r.firstBad()).isEqualTo(6);
        assertThat(r.problem()).contains("does not chain to entry 5");
    }

    @Test
    void aRewrittenTailIsFoundByTheHeadRecord() throws Exception {
        // Everything from entry 25 re-forged consistently: the chain verifies, the acknowledged head does not.
        List<String> l = lines();
        String prev = written.get(23).hash();
        for (int i = 25; i <= ENTRIES; i++) {
            EntryCodec.Encoded e = EntryCodec.encode(i, Instant.now(), "mallory", "case.changed", prev, "{\"n\":" + (i * 7) + "}");
            l.set(i - 1, new String(e.line(), StandardCharsets.UTF_8).strip());
            prev = e.entry().hash();
        }
        AuditReport r = tamper(x -> l);
        assertThat(r.firstBad()).isEqualTo(ENTRIES);
        assertThat(r.problem()).contains("is not the entry that was acknowledged");
    }

    @Test
    void entriesCutOffTheEndAreFound() throws Exception {
        AuditReport r = tamper(l -> new ArrayList<>(l.subList(0, 26)));
        assertThat(r.firstBad()).isEqualTo(27);
        assertThat(r.problem()).contains("entries 27..30 are missing");
    }

    @Test
    void aTruncationInsideAnAcknowledgedEntryIsFoundNotSetAside() throws Exception {
        byte[] b = Files.readAllBytes(ws.resolve("journal.log"));
        Files.write(ws.resolve("journal.log"), java.util.Arrays.copyOf(b, b.length - 40));
        try (Journal reader = store.open(ws, Access.READ_ONLY, false)) {
            AuditReport r = reader.verify();
            assertThat(r.intact()).isFalse();
            assertThat(r.firstBad()).isEqualTo(30);
            assertThat(r.problem()).contains("entry 30 is incomplete");
        }
        // the damaged entry is evidence: the writer refuses, moves nothing and changes nothing
        byte[] damaged = Files.readAllBytes(ws.resolve("journal.log"));
        assertThatThrownBy(() -> store.open(ws, Access.WRITE, false)).hasMessageContaining("entry 30 is incomplete")
                .hasMessageContaining("journal.head says it was acknowledged").hasMessageContaining("It was not changed");
        assertThat(ws.resolve("set-aside")).doesNotExist();
        assertThat(Files.readAllBytes(ws.resolve("journal.log"))).isEqualTo(damaged);
    }

    @Test
    void aTruncatedLastEntryWithItsHeadDeletedIsNotSetAsideEither() throws Exception {
        byte[] b = Files.readAllBytes(ws.resolve("journal.log"));
        Files.write(ws.resolve("journal.log"), java.util.Arrays.copyOf(b, b.length - 40));
        Files.delete(ws.resolve("journal.head"));
        assertThatThrownBy(() -> store.open(ws, Access.WRITE, false)).hasMessageContaining("entry 30 is incomplete")
                .hasMessageContaining("journal.head is missing or unreadable");
        assertThat(ws.resolve("set-aside")).doesNotExist();
    }

    @Test
    void anEmptiedJournalIsFound() throws Exception {
        AuditReport r = tamper(l -> new ArrayList<>());
        assertThat(r.firstBad()).isEqualTo(1);
        assertThat(r.problem()).contains("entries 1..30 are missing");
    }
}

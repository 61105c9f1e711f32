package org.factdesk.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.factdesk.api.desk.CaseState;
import org.factdesk.api.desk.DeskSession;
import org.factdesk.api.desk.Person;
import org.factdesk.api.desk.Role;
import org.factdesk.api.store.AuditReport;
import org.factdesk.api.store.Change;
import org.factdesk.api.store.Journal;
import org.factdesk.api.store.JournalEntry;
import org.factdesk.api.store.WorkspaceStore.Access;
import org.factdesk.store.internal.FileWorkspaceStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An attacker with write access to the workspace: every kind of forged entry is found by the
 * audit, with the entry named, and writers refuse to go on. Entries are forged through the store
 * itself, so they are well-formed and correctly chained: only signatures, the rules and the key
 * folder's memory can give them away.
 */
class ForgeryTest {

    @TempDir
    Path tmp;
    Path ws;
    Path keys;
    final DeskService desk = new DeskService(new FileWorkspaceStore());
    final FileWorkspaceStore store = new FileWorkspaceStore();

    @BeforeEach
    void desk() throws Exception {
        ws = tmp.resolve("ws");
        keys = tmp.resolve("keys");
        try (DeskSession s = desk.open(ws, keys, Access.WRITE)) {
            s.addPerson("maria", "maria", "Maria Admin", Role.ADMIN);
            s.addPerson("maria", "ana", "Ana Checker", Role.FACT_CHECKER);
            s.addPerson("maria", "ben", "Ben Editor", Role.EDITOR);
            s.importArticle("ana", WorkflowTest.report(), 0.5, "https://www.livemint.com/ai/microsoft-meta-ai-spending.html", "Mint");
            s.select("ana", "C-1");
        }
    }

    @Test
    void anActionInAnotherPersonsNameWithoutTheirKeyIsFound() throws Exception {
        long forged = forge(new Change("ana", Events.CASE_ASSIGNED, json(new Events.CaseAssigned("C-1", "ana"))));
        refused(forged, "is not signed, yet it follows signed entries");
        restore();
        long signedByAttacker = forge(new Change("ana", Events.CASE_ASSIGNED, json(new Events.CaseAssigned("C-1", "ana")), attackerKey()));
        refused(signedByAttacker, "its signature does not verify with the key registered for ana");
    }

    @Test
    void aForgedAdminARoleChangeAndAPublicationWithoutSignOffAreRefusedByTheRules() throws Exception {
        // insiders with their own keys, writing around FactDesk
        Person eve = new Person("eve", "Eve", Role.ADMIN, KeyRing.publicKey(KeyRing.generate()));
        refused(forge(new Change("ana", Events.PERSON_ADDED, json(new Events.PersonAdded(eve)), keyOf("ana"))),
                "the workflow's rules refuse it: only an admin adds people; ana is a fact-checker");
        restore();
        refused(forge(new Change("ana", Events.PERSON_ROLE_CHANGED, json(new Events.PersonRoleChanged("ana", Role.ADMIN)), keyOf("ana"))),
                "only an admin changes roles; ana is a fact-checker");
        restore();
        refused(forge(new Change("ben", Events.CASE_PUBLISHED, json(new Events.CasePublished("C-1", "https://factdesk.example/c-1", "true")), keyOf("ben"))),
                "cannot publish C-1: it is selected");
    }

    @Test
    void aReplayedSignatureAndASignatureMovedToAnotherEntryDoNotVerify() throws Exception {
        List<JournalEntry> entries = entries();
        JournalEntry selected = entries.get(entries.size() - 1);
        // the same entry again, its signature copied: the signature covers the entry's place
        refused(forge(new Change(selected.actor(), selected.type(), selected.data(), b -> selected.signature())),
                "its signature does not verify with the key registered for ana");
        restore();
        // ana's signature from her import, put on an assignment in her name
        JournalEntry imported = entries.stream().filter(e -> e.type().equals(Events.ARTICLE_IMPORTED)).findFirst().orElseThrow();
        refused(forge(new Change("ana", Events.CASE_ASSIGNED, json(new Events.CaseAssigned("C-1", "ana")), b -> imported.signature())),
                "its signature does not verify");
    }

    @Test
    void aReplacedPublicKeyWithTheJournalRechainedIsFound() throws Exception {
        // ben's key replaced by the attacker's in the entry that registered it, every later entry rewritten and rechained
        String attacker = KeyRing.publicKey(KeyRing.generate());
        rewrite(e -> {
            if (e.type().equals(Events.PERSON_ADDED) && e.data().contains("\"ben\"")) {
                Person ben = Json.MAPPER.readValue(e.data(), Events.PersonAdded.class).person();
                return new Change(e.actor(), e.type(), json(new Events.PersonAdded(new Person("ben", ben.name(), ben.role(), attacker))), b -> e.signature());
            }
            return new Change(e.actor(), e.type(), e.data(), b -> e.signature());
        });
        // the key folder remembers the head it verified: a writer sees at once that the journal is another one
        assertThatThrownBy(() -> desk.open(ws, keys, Access.WRITE)).hasMessageContaining("entry 5 is not the entry this key folder saw there");
        // and each signature covered its entry's time and place: the rewritten entries no longer verify, from the first
        AuditReport audit = audit();
        assertThat(audit.firstBad()).isEqualTo(1);
        assertThat(audit.problem()).contains("its signature does not verify with the key registered for maria");
        // a key folder that never saw the workspace finds it too
        try (DeskSession r = desk.open(ws, tmp.resolve("newcomer"), Access.READ_ONLY)) {
            assertThat(r.audit().problem()).contains("entry 1 (person.added by maria): its signature does not verify");
        }
    }

    @Test
    void aJournalReplacedFromTheStartWithTheAttackersOwnRootIsFoundByTheKeyFolder() throws Exception {
        // a whole new desk with the same people, all keys the attacker's: every signature verifies, the root is another
        Path forgedWs = tmp.resolve("forged");
        Path attackerKeys = tmp.resolve("attacker-keys");
        try (DeskSession s = desk.open(forgedWs, attackerKeys, Access.WRITE)) {
            s.addPerson("maria", "maria", "Maria Admin", Role.ADMIN);
            s.addPerson("maria", "ana", "Ana Checker", Role.FACT_CHECKER);
        }
        replaceJournal(forgedWs);
        assertThatThrownBy(() -> desk.open(ws, keys, Access.WRITE)).hasMessageContaining("the desk's root key changed");
        assertThat(audit().problem()).contains("the desk's root key changed");
    }

    @Test
    void aDeletedHeadWithTheTailCutOffIsFoundByTheKeyFolder() throws Exception {
        try (DeskSession s = desk.open(ws, keys, Access.WRITE)) {
            s.assign("ana", "C-1", "ana");
            s.propose("ana", "C-1", "true", "checked", WorkflowTest.sources());
            s.signOff("ben", "C-1");
        }
        List<JournalEntry> entries = entries();
        long kept = entries.size() - 3;
        rewriteKeeping(kept);
        Files.delete(ws.resolve("journal.head"));
        assertThatThrownBy(() -> desk.open(ws, keys, Access.WRITE)).hasMessageContaining("entries " + (kept + 1) + ".." + entries.size() + " are missing");
        AuditReport audit = audit();
        assertThat(audit.intact()).isFalse();
        assertThat(audit.problem()).contains("this key folder saw entry " + entries.size());
    }

    @Test
    void anOlderUnsignedWorkspaceIsReadItsEntriesReportedAsUnsignedAndNewOnesAreSigned() throws Exception {
        Path old = tmp.resolve("old");
        Path oldKeys = tmp.resolve("old-keys");
        KeyRing ring = new KeyRing(oldKeys);
        try (Journal j = store.open(old, Access.WRITE, true)) {
            j.append(List.of(new Change("maria", Events.PERSON_ADDED, json(new Events.PersonAdded(new Person("maria", "Maria", Role.ADMIN, ring.create("maria")))))));
            j.append(List.of(new Change("maria", Events.PERSON_ADDED, json(new Events.PersonAdded(new Person("ana", "Ana", Role.FACT_CHECKER, ring.create("ana")))))));
        }
        try (DeskSession s = desk.open(old, oldKeys, Access.WRITE)) {
            s.importArticle("ana", WorkflowTest.report(), 0.5, null, null);
            AuditReport audit = s.audit();
            assertThat(audit.intact()).as(audit.problem()).isTrue();
            assertThat(audit.checks()).anySatisfy(c -> assertThat(c).contains("entries 1..2 are unsigned"))
                    .anySatisfy(c -> assertThat(c).startsWith("1 entries signed by their authors"));
        }
    }

    @Test
    void aRotatedKeySignsFromThenOnAndARevokedOneNoLonger() throws Exception {
        Path anaLaptop = tmp.resolve("ana-laptop");
        String fresh = desk.makeKey(anaLaptop, "ana");
        try (DeskSession s = desk.open(ws, keys, Access.WRITE)) {
            assertThat(s.changeKey("ana", "ana", fresh).publicKey()).isEqualTo(fresh);
            // the old key in the shared folder no longer acts for ana
            assertThatThrownBy(() -> s.assign("ana", "C-1", "ana")).hasMessageContaining("the private key of ana is not on this machine");
            assertThatThrownBy(() -> s.changeKey("ana", "ben", null)).hasMessageContaining("only an admin changes another person's key");
            s.changeKey("maria", "ben", null);
            assertThatThrownBy(() -> s.select("ben", "C-2")).hasMessageContaining("ben's key was revoked");
        }
        try (DeskSession s = desk.open(ws, anaLaptop, Access.WRITE)) {
            assertThat(s.assign("ana", "C-1", "ana").state()).isEqualTo(CaseState.IN_REVIEW);
            assertThat(s.audit().intact()).as(s.audit().problem()).isTrue();
        }
        // an entry signed with ana's old key after the rotation is found
        refused(forge(new Change("ana", Events.CASE_SELECTED, json(new Events.CaseSelected("C-2")), keyOfFile("ana", keys))),
                "its signature does not verify with the key registered for ana");
    }

    // --- the attacker's tools

    /** Appends a forged entry through the store, correctly chained; returns its number. */
    private long forge(Change change) throws Exception {
        backup();
        try (Journal j = store.open(ws, Access.WRITE, false)) {
            return j.append(List.of(change)).get(0).seq();
        }
    }

    private Path backupDir;

    private void backup() throws Exception {
        if (backupDir == null) {
            backupDir = tmp.resolve("backup");
            copyTree(ws, backupDir);
        }
    }

    /** Puts the workspace back as it was before the last forgery. */
    private void restore() throws Exception {
        deleteTree(ws);
        copyTree(backupDir, ws);
    }

    private void refused(long entry, String why) throws Exception {
        assertThatThrownBy(() -> desk.open(ws, keys, Access.WRITE)).hasMessageContaining("does not verify, so nothing is added to it")
                .hasMessageContaining("entry " + entry + " (").hasMessageContaining(why);
        AuditReport audit = audit();
        assertThat(audit.intact()).isFalse();
        assertThat(audit.firstBad()).isEqualTo(entry);
        assertThat(audit.problem()).contains(why);
    }

    private AuditReport audit() throws Exception {
        try (DeskSession r = desk.open(ws, keys, Access.READ_ONLY)) {
            return r.audit();
        }
    }

    private List<JournalEntry> entries() throws Exception {
        List<JournalEntry> out = new ArrayList<>();
        try (Journal j = store.open(ws, Access.READ_ONLY, false)) {
            j.replay(0, out::add);
        }
        return out;
    }

    interface Rewrite {
        Change apply(JournalEntry e) throws Exception;
    }

    /** Writes the journal again, entry by entry, as an attacker with the store's code would: rechained, with a new head. */
    private void rewrite(Rewrite how) throws Exception {
        List<JournalEntry> entries = entries();
        Path other = tmp.resolve("rewritten");
        try (Journal j = store.open(other, Access.WRITE, true)) {
            for (JournalEntry e : entries) {
                j.append(List.of(how.apply(e)));
            }
        }
        replaceJournal(other);
    }

    /** Cuts the journal after entry {@code n}, as a truncating attacker would. */
    private void rewriteKeeping(long n) throws Exception {
        List<String> lines = Files.readAllLines(ws.resolve("journal.log"));
        Files.write(ws.resolve("journal.log"), lines.subList(0, (int) n));
        deleteTree(ws.resolve("snapshots"));
    }

    private void replaceJournal(Path from) throws Exception {
        Files.copy(from.resolve("journal.log"), ws.resolve("journal.log"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(from.resolve("journal.head"), ws.resolve("journal.head"), StandardCopyOption.REPLACE_EXISTING);
        deleteTree(ws.resolve("snapshots"));
    }

    private Change.Signer attackerKey() throws Exception {
        Path k = tmp.resolve("attacker-" + System.nanoTime());
        String pub = new KeyRing(k).create("ana");
        return new KeyRing(k).signer(new Person("ana", "Ana", Role.FACT_CHECKER, pub));
    }

    private Change.Signer keyOf(String id) throws Exception {
        return keyOfFile(id, keys);
    }

    /** The signer from whichever key file of {@code id} is in a folder. */
    private Change.Signer keyOfFile(String id, Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            Path f = files.filter(p -> p.getFileName().toString().startsWith(id + "-")).findFirst().orElseThrow();
            byte[] pkcs8 = java.util.Base64.getDecoder().decode(Files.readString(f).strip());
            java.security.PrivateKey key = java.security.KeyFactory.getInstance("Ed25519").generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(pkcs8));
            return bytes -> {
                try {
                    java.security.Signature s = java.security.Signature.getInstance("Ed25519");
                    s.initSign(key);
                    s.update(bytes);
                    return java.util.Base64.getEncoder().encodeToString(s.sign());
                } catch (java.security.GeneralSecurityException e) {
                    throw new IllegalStateException(e);
                }
            };
        }
    }

    private static String json(Object event) throws Exception {
        return Json.MAPPER.writeValueAsString(event);
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("workspace.lock")) {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

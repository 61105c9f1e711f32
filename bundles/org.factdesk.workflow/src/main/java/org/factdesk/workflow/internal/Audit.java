package org.factdesk.workflow.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.factdesk.api.desk.Person;
import org.factdesk.api.desk.WorkflowException;
import org.factdesk.api.store.AuditReport;
import org.factdesk.api.store.Journal;
import org.factdesk.api.store.JournalEntry;
import org.factdesk.api.store.Snapshot;
import org.factdesk.api.store.StoreException;

/**
 * Checks a workspace beyond the chain, entry by entry against the state as it stood: that its
 * author signed it with the key the journal had registered for them then, that the workflow's
 * rules allowed it, each sign-off's own signature, each stored article against the hash recorded
 * when it was imported, and the journal against what this key folder saw of it before (its root
 * key and the last head verified). Writers run the same checks on what is new since they last
 * verified, and refuse to add to a workspace that fails them.
 */
final class Audit {

    private final Journal journal;
    private final DeskState state;
    private final Optional<Seen.Pin> pin;
    private long signedEntries;
    /** Unsigned entries at the start of the journal (an older workspace); none may follow a signed one. */
    private long unsigned;
    private boolean signed;
    private long signOffs;
    private long articles;
    private long unknown;
    private String hashAtPin;
    private String problem;
    private long bad;

    /**
     * @param start  the state before the first entry to check
     * @param signed whether signed entries came before it
     * @param pin    what this key folder saw of the workspace before
     */
    Audit(Journal journal, DeskState start, boolean signed, Optional<Seen.Pin> pin) {
        this.journal = journal;
        this.state = start;
        this.signed = signed;
        this.pin = pin;
    }

    DeskState state() {
        return state;
    }

    boolean signed() {
        return signed;
    }

    /** The first problem, as "entry N (type by actor): what", or null. */
    String problem() {
        return problem;
    }

    long bad() {
        return bad;
    }

    /** Applies an entry the caller already trusts (verified by this key folder before). */
    void trusted(JournalEntry e) {
        see(e);
        state.apply(e);
        signed |= e.signature() != null;
    }

    /** Checks an entry and applies it; false (with {@link #problem()}) if it does not verify. */
    boolean step(JournalEntry e) {
        if (problem != null) {
            return false;
        }
        see(e);
        Optional<String> wrong;
        try {
            wrong = check(e);
            if (wrong.isEmpty()) {
                state.apply(e);
            }
        } catch (RuntimeException x) {
            wrong = Optional.of(x.getMessage());
        }
        if (wrong.isPresent()) {
            problem = "entry " + e.seq() + " (" + e.type() + " by " + e.actor() + "): " + wrong.get();
            bad = e.seq();
            return false;
        }
        return true;
    }

    /** Notes an entry's hash where the pin points, for {@link #comparePin}, without checking it. */
    void seen(JournalEntry e) {
        see(e);
    }

    private void see(JournalEntry e) {
        if (pin.isPresent() && e.seq() == pin.get().seq()) {
            hashAtPin = e.hash();
        }
    }

    /** The whole journal, from its first entry. */
    static Audit whole(Journal journal, Optional<Seen.Pin> pin) {
        Audit a = new Audit(journal, new DeskState(), false, pin);
        Optional<Snapshot> snapshot = journal.snapshot();
        try {
            journal.replay(0, e -> {
                if (a.step(e) && snapshot.isPresent() && snapshot.get().seq() == e.seq()) {
                    snapshotMatches(snapshot.get(), a.state).ifPresent(why -> {
                        a.problem = "entry " + e.seq() + " (" + e.type() + " by " + e.actor() + "): " + why;
                        a.bad = e.seq();
                    });
                }
            });
        } catch (StoreException e) {
            a.problem = "cannot read the journal: " + e.getMessage();
            a.bad = 1;
        }
        if (a.problem == null) {
            a.comparePin(snapshot.map(Snapshot::hash).orElse(null), snapshot.map(Snapshot::seq).orElse(0L));
        }
        return a;
    }

    /**
     * Compares the journal with what this key folder saw: the same root, and the head it saw
     * still there with the same hash. Call once every entry was stepped.
     *
     * @param snapshotHash the hash of the snapshot's entry, for a head at the snapshot
     */
    void comparePin(String snapshotHash, long snapshotSeq) {
        if (pin.isEmpty() || problem != null) {
            return;
        }
        Seen.Pin p = pin.get();
        if (state.root != null && p.root() != null && !p.root().equals(state.root)) {
            problem = "the desk's root key changed: this key folder saw the workspace founded by key " + p.root() + " (on " + p.at()
                    + "), and its entry 1 now registers key " + state.root + ": the journal was replaced from the start";
            bad = 1;
        } else if (p.seq() > state.seq) {
            problem = "entries " + (state.seq + 1) + ".." + p.seq() + " are missing: this key folder saw entry " + p.seq() + " on " + p.at()
                    + ", and the journal ends at entry " + state.seq + " (cut off, its head record with it)";
            bad = state.seq + 1;
        } else {
            String there = hashAtPin != null ? hashAtPin : p.seq() == snapshotSeq ? snapshotHash : null;
            if (there != null && !there.equals(p.hash())) {
                problem = "entry " + p.seq() + " is not the entry this key folder saw there on " + p.at() + ": the journal was rewritten";
                bad = p.seq();
            }
        }
    }

    AuditReport report(AuditReport chain) {
        List<String> checks = new ArrayList<>(chain.checks());
        if (problem != null) {
            return new AuditReport(false, chain.entries(), chain.head(), bad, problem, checks);
        }
        checks.add(signedEntries + " entries signed by their authors, each verified with the Ed25519 key the journal registered for them at the time");
        if (unsigned > 0) {
            checks.add("entries 1.." + unsigned + " are unsigned: written before FactDesk signed every action, so who made them rests on the journal alone");
        }
        checks.add(state.seq + " entries allowed by the workflow's rules as they stood (roles, states, four eyes)");
        checks.add(signOffs + " sign-off signatures verified with the editors' Ed25519 public keys, with the sign-off rules in force then");
        checks.add(articles + " stored articles match the SHA-256 recorded when they were imported");
        if (unknown > 0) {
            checks.add(unknown + " entries of kinds this FactDesk does not know (a newer version's?): signatures checked, rules not");
        }
        journal.snapshot().ifPresent(snap -> checks.add("the snapshot at entry " + snap.seq() + " holds the state the journal gives up to there"));
        checks.add(pin.map(p -> "the root key " + p.root() + " and entry " + p.seq() + " are as this key folder saw them on " + p.at())
                .orElse("this key folder had not seen the workspace before: its root key " + state.root + " is pinned from now on"));
        return new AuditReport(true, chain.entries(), chain.head(), 0, "", checks);
    }

    private Optional<String> check(JournalEntry e) {
        Class<?> type = Rules.EVENTS.get(e.type());
        Object event = type == null ? null : read(e, type);
        // the key that must have signed: the author's as registered then; the founding admin signs with their own new key
        Person author = state.people.get(e.actor());
        if (author == null && event instanceof Events.PersonAdded a && state.people.isEmpty()) {
            author = a.person();
        }
        if (e.signature() == null) {
            if (signed) {
                return Optional.of("is not signed, yet it follows signed entries: it was written around FactDesk");
            }
            unsigned++;
        } else {
            if (author == null) {
                return Optional.of("signed in the name of " + e.actor() + ", who is not at the desk");
            }
            if (author.publicKey().isEmpty()) {
                return Optional.of("signed by " + e.actor() + ", whose key was revoked before it");
            }
            if (!KeyRing.verify(author.publicKey(), e.signedBytes(), e.signature())) {
                return Optional.of("its signature does not verify with the key registered for " + e.actor() + " (key "
                        + author.keyFingerprint() + "): signed by another key, moved from another entry, or the entry was changed");
            }
            signedEntries++;
            signed = true;
        }
        if (event == null) {
            unknown++;
            return Optional.empty();
        }
        try {
            Rules.check(state, e.actor(), event);
        } catch (WorkflowException x) {
            return Optional.of("the workflow's rules refuse it: " + x.getMessage());
        }
        if (event instanceof Events.VerdictSigned) {
            signOffs++;
        }
        if (event instanceof Events.ArticleImported a) {
            try {
                Optional<byte[]> doc = journal.document(a.article().document());
                if (doc.isEmpty()) {
                    return Optional.of("the article document " + a.article().document() + " is missing");
                }
                if (!Session.sha256(doc.get()).equals(a.article().sha256())) {
                    return Optional.of("the article document " + a.article().document() + " was changed after it was imported");
                }
                articles++;
            } catch (StoreException x) {
                return Optional.of(x.getMessage());
            }
        }
        return Optional.empty();
    }

    /** A snapshot is a shortcut, never a source: it must hold exactly what the journal folds to. */
    static Optional<String> snapshotMatches(Snapshot snapshot, DeskState folded) {
        try {
            DeskState snap = DeskState.fromSnapshot(snapshot.state());
            if (snap.founding == null) {
                // written before snapshots named the founding entry
                snap.founding = folded.founding;
                snap.root = folded.root;
            }
            if (snap.image().equals(folded.image())) {
                return Optional.empty();
            }
            return Optional.of("the snapshot taken here does not hold the state the journal gives (was it edited?)");
        } catch (java.io.IOException x) {
            return Optional.of("the snapshot taken here does not read: " + x.getMessage());
        }
    }

    private static <T> T read(JournalEntry e, Class<T> type) {
        try {
            return Json.MAPPER.readValue(e.data(), type);
        } catch (java.io.IOException x) {
            throw new IllegalStateException("its data does not read: " + x.getMessage(), x);
        }
    }
}

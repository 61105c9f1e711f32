package org.factdesk.workflow.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.factdesk.api.desk.Case;
import org.factdesk.api.desk.CaseState;
import org.factdesk.api.desk.Person;
import org.factdesk.api.desk.SignOff;
import org.factdesk.api.store.AuditReport;
import org.factdesk.api.store.Journal;
import org.factdesk.api.store.JournalEntry;
import org.factdesk.api.store.Snapshot;
import org.factdesk.api.store.StoreException;

/**
 * Checks a workspace beyond the chain: every sign-off's Ed25519 signature against the editor's
 * public key as the journal recorded it, the sign-off rules as they stood, and each stored
 * article against the hash recorded when it was imported.
 */
final class Audit {

    private final Journal journal;

    Audit(Journal journal) {
        this.journal = journal;
    }

    AuditReport run() {
        AuditReport chain = journal.verify();
        if (!chain.intact()) {
            return chain;
        }
        List<String> checks = new ArrayList<>(chain.checks());
        DeskState state = new DeskState();
        int[] signatures = {0};
        int[] articles = {0};
        String[] problem = {null};
        long[] bad = {0};
        Optional<Snapshot> snapshot = journal.snapshot();
        try {
            journal.replay(0, e -> {
                if (problem[0] != null) {
                    return;
                }
                Optional<String> wrong;
                try {
                    wrong = check(e, state, signatures, articles);
                    if (wrong.isEmpty()) {
                        state.apply(e);
                        if (snapshot.isPresent() && snapshot.get().seq() == e.seq()) {
                            wrong = snapshotMatches(snapshot.get(), state);
                        }
                    }
                } catch (RuntimeException x) {
                    wrong = Optional.of(x.getMessage());
                }
                if (wrong.isPresent()) {
                    problem[0] = "entry " + e.seq() + " (" + e.type() + " by " + e.actor() + "): " + wrong.get();
                    bad[0] = e.seq();
                }
            });
        } catch (StoreException e) {
            return new AuditReport(false, chain.entries(), chain.head(), 1, "cannot read the journal: " + e.getMessage(), checks);
        }
        if (problem[0] != null) {
            return new AuditReport(false, chain.entries(), chain.head(), bad[0], problem[0], checks);
        }
        checks.add(signatures[0] + " sign-off signatures verified with the editors' Ed25519 public keys, with the sign-off rules in force then");
        checks.add(articles[0] + " stored articles match the SHA-256 recorded when they were imported");
        snapshot.ifPresent(snap -> checks.add("the snapshot at entry " + snap.seq() + " holds the state the journal gives up to there"));
        return new AuditReport(true, chain.entries(), chain.head(), 0, "", checks);
    }

    private Optional<String> check(JournalEntry e, DeskState state, int[] signatures, int[] articles) {
        switch (e.type()) {
            case Events.VERDICT_SIGNED -> {
                Events.VerdictSigned s = read(e, Events.VerdictSigned.class);
                Person editor = state.people.get(e.actor());
                if (editor == null) {
                    return Optional.of("signed by " + e.actor() + ", who is not at the desk");
                }
                Case c = state.cases.get(s.caseId());
                if (c == null || c.state() != CaseState.VERDICT_PROPOSED || c.verdict() == null) {
                    return Optional.of("signs off " + s.caseId() + ", which had no verdict waiting for sign-off");
                }
                if (!c.verdict().entry().equals(s.verdict())) {
                    return Optional.of("signs verdict " + s.verdict() + ", but the verdict proposed for " + s.caseId() + " is " + c.verdict().entry());
                }
                if (!editor.role().canSignOff()) {
                    return Optional.of(e.actor() + " signed off without the editor role");
                }
                if (state.rules.fourEyes() && c.verdict().proposedBy().equals(e.actor())) {
                    return Optional.of(e.actor() + " signed off their own verdict (four eyes)");
                }
                if (!KeyRing.verify(editor.publicKey(), SignOff.payload(s.caseId(), s.verdict(), e.actor(), s.signedAt()), s.signature())) {
                    return Optional.of("the sign-off signature does not verify with " + e.actor() + "'s public key");
                }
                signatures[0]++;
            }
            case Events.ARTICLE_IMPORTED -> {
                Events.ArticleImported a = read(e, Events.ArticleImported.class);
                try {
                    Optional<byte[]> doc = journal.document(a.article().document());
                    if (doc.isEmpty()) {
                        return Optional.of("the article document " + a.article().document() + " is missing");
                    }
                    if (!Session.sha256(doc.get()).equals(a.article().sha256())) {
                        return Optional.of("the article document " + a.article().document() + " was changed after it was imported");
                    }
                    articles[0]++;
                } catch (StoreException x) {
                    return Optional.of(x.getMessage());
                }
            }
            default -> {
            }
        }
        return Optional.empty();
    }

    /** A snapshot is a shortcut, never a source: it must hold exactly what the journal folds to. */
    private static Optional<String> snapshotMatches(Snapshot snapshot, DeskState folded) {
        try {
            if (DeskState.fromSnapshot(snapshot.state()).image().equals(folded.image())) {
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

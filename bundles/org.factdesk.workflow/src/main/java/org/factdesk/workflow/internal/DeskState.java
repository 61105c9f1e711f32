package org.factdesk.workflow.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.factdesk.api.check.Finding;
import org.factdesk.api.claim.Claim;
import org.factdesk.api.desk.ClaimAppearance;
import org.factdesk.api.desk.Case;
import org.factdesk.api.desk.CaseState;
import org.factdesk.api.desk.Correction;
import org.factdesk.api.desk.DeskRules;
import org.factdesk.api.desk.Person;
import org.factdesk.api.desk.Publication;
import org.factdesk.api.desk.Rejection;
import org.factdesk.api.desk.SignOff;
import org.factdesk.api.desk.Verdict;
import org.factdesk.api.store.JournalEntry;


/**
 * What the journal says, folded: people, rules, articles, cases. {@link #apply} is the only way
 * it changes, for replayed and new entries alike, so a reopened workspace is exactly the one
 * that was closed. Not thread-safe: the session guards it.
 */
final class DeskState {

    /** The state as a value (the audit compares two); a snapshot is its header, then one line per case. */
    record Image(long seq, DeskRules rules, List<Person> people, List<Events.ArticleRecord> articles, List<Case> cases, int nextCase,
            Map<String, String> claimIndex, String founding, String root) {
    }

    DeskRules rules = DeskRules.standard();
    final Map<String, Person> people = new LinkedHashMap<>();
    final Map<String, Events.ArticleRecord> articles = new LinkedHashMap<>();
    final CaseBook cases = new CaseBook();
    int nextCase = 1;
    /** {@link #sameClaim} of each case's claims -> the case: where a claim seen again in another article belongs. */
    final Map<String, String> claimIndex = new LinkedHashMap<>();
    long seq;
    /** The hash of entry 1, which names the workspace, and the fingerprint of the founding admin's key it registers: the desk's root. */
    String founding;
    String root;

    static DeskState fromSnapshot(byte[] snapshot) throws IOException {
        // line by line from the bytes: the whole snapshot is never one String (that would hold it twice more)
        int nl = indexOf(snapshot, 0);
        Image i = Json.MAPPER.readValue(snapshot, 0, nl < 0 ? snapshot.length : nl, Image.class);
        DeskState s = new DeskState();
        s.rules = i.rules();
        i.people().forEach(p -> s.people.put(p.id(), p));
        i.articles().forEach(a -> s.articles.put(a.id(), a));
        for (int from = nl + 1, to; nl >= 0 && from < snapshot.length; from = to + 1) {
            to = indexOf(snapshot, from);
            to = to < 0 ? snapshot.length : to;
            String line = new String(snapshot, from, to - from, StandardCharsets.UTF_8);
            // Records write their components in order: every case line starts with its id.
            if (!line.startsWith(CASE_PREFIX) || line.indexOf('"', CASE_PREFIX.length()) < 0) {
                throw new IOException("snapshot line " + line.substring(0, Math.min(40, line.length())) + "... is not a case");
            }
            s.cases.putEncoded(line.substring(CASE_PREFIX.length(), line.indexOf('"', CASE_PREFIX.length())), line);
        }
        s.nextCase = i.nextCase();
        if (i.claimIndex() != null) {
            s.claimIndex.putAll(i.claimIndex());
        }
        s.seq = i.seq();
        s.founding = i.founding();
        s.root = i.root();
        return s;
    }

    private static final String CASE_PREFIX = "{\"id\":\"";

    private static int indexOf(byte[] b, int from) {
        for (int k = from; k < b.length; k++) {
            if (b[k] == '\n') {
                return k;
            }
        }
        return -1;
    }

    byte[] snapshot() throws IOException {
        StringBuilder out = new StringBuilder();
        out.append(Json.MAPPER.writeValueAsString(new Image(seq, rules, List.copyOf(people.values()), List.copyOf(articles.values()), List.of(),
                nextCase, claimIndex, founding, root))).append('\n');
        cases.write(out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    Image image() {
        return new Image(seq, rules, List.copyOf(people.values()), List.copyOf(articles.values()), cases.all(), nextCase, Map.copyOf(claimIndex), founding, root);
    }

    /**
     * Applies one entry.
     *
     * @throws IllegalStateException if the entry cannot apply (an unknown case, data of the wrong shape)
     */
    void apply(JournalEntry e) {
        try {
            applyData(e, e.data());
        } catch (IOException x) {
            throw new IllegalStateException("entry " + e.seq() + " (" + e.type() + ") has data that does not read: " + x.getMessage(), x);
        }
        seq = e.seq();
    }

    /** Straight from the entry's text to the event record: opening a workspace without a snapshot decodes every entry. */
    private <T> T read(String data, Class<T> type) throws IOException {
        return Json.MAPPER.readValue(data, type);
    }

    private void applyData(JournalEntry e, String data) throws IOException {
        Instant at = e.at();
        switch (e.type()) {
            case Events.PERSON_ADDED -> {
                Person p = read(data, Events.PersonAdded.class).person();
                people.put(p.id(), p);
                if (e.seq() == 1) {
                    founding = e.hash();
                    root = p.keyFingerprint();
                }
            }
            case Events.PERSON_ROLE_CHANGED -> {
                Events.PersonRoleChanged r = read(data, Events.PersonRoleChanged.class);
                Person p = person(r.id(), e);
                people.put(p.id(), new Person(p.id(), p.name(), r.role(), p.publicKey()));
            }
            case Events.PERSON_KEY_CHANGED -> {
                Events.PersonKeyChanged k = read(data, Events.PersonKeyChanged.class);
                Person p = person(k.id(), e);
                people.put(p.id(), new Person(p.id(), p.name(), p.role(), k.publicKey() == null ? "" : k.publicKey()));
            }
            case Events.DESK_CONFIGURED -> rules = read(data, Events.DeskConfigured.class).rules();
            case Events.ARTICLE_IMPORTED -> {
                Events.ArticleImported a = read(data, Events.ArticleImported.class);
                articles.put(a.article().id(), a.article());
                for (Events.OpenedCase c : a.cases()) {
                    cases.put(new Case(c.caseId(), c.claims(), c.appearance(), List.of(), CaseState.DETECTED, null, c.suggestions(), List.of(),
                            null, null, List.of(), null, List.of(), at, at));
                    nextCase = Math.max(nextCase, number(c.caseId()) + 1);
                    c.claims().forEach(claim -> claimIndex.putIfAbsent(sameClaim(claim.text()), c.caseId()));
                }
                for (Events.OpenedCase j : a.joined() == null ? List.<Events.OpenedCase>of() : a.joined()) {
                    Case c = kase(j.caseId(), e);
                    List<Claim> claims = new ArrayList<>(c.claims());
                    claims.addAll(j.claims());
                    List<Finding> suggestions = new ArrayList<>(c.suggestions());
                    suggestions.addAll(j.suggestions());
                    List<ClaimAppearance> alsoIn = new ArrayList<>(c.alsoIn());
                    alsoIn.add(j.appearance());
                    cases.put(new Case(c.id(), claims, c.appearance(), alsoIn, c.state(), c.assignee(), suggestions, c.evidence(), c.verdict(),
                            c.signOff(), c.rejections(), c.publication(), c.corrections(), c.opened(), at));
                }
            }
            case Events.CASE_SELECTED -> {
                Case c = kase(read(data, Events.CaseSelected.class).caseId(), e);
                put(c, CaseState.SELECTED, c.assignee(), c.evidence(), c.verdict(), c.signOff(), c.rejections(), c.publication(), c.corrections(), at);
            }
            case Events.CASE_ASSIGNED -> {
                Events.CaseAssigned a = read(data, Events.CaseAssigned.class);
                Case c = kase(a.caseId(), e);
                put(c, CaseState.IN_REVIEW, a.assignee(), c.evidence(), c.verdict(), c.signOff(), c.rejections(), c.publication(), c.corrections(), at);
            }
            case Events.EVIDENCE_ATTACHED -> {
                Events.EvidenceAttached a = read(data, Events.EvidenceAttached.class);
                Case c = kase(a.caseId(), e);
                List<Finding> evidence = new ArrayList<>(c.evidence());
                evidence.add(a.finding());
                put(c, c.state(), c.assignee(), evidence, c.verdict(), c.signOff(), c.rejections(), c.publication(), c.corrections(), at);
            }
            case Events.VERDICT_PROPOSED -> {
                Events.VerdictProposed p = read(data, Events.VerdictProposed.class);
                Case c = kase(p.caseId(), e);
                Verdict v = new Verdict(p.rating(), p.rationale(), p.sources(), e.actor(), at, e.hash());
                put(c, CaseState.VERDICT_PROPOSED, c.assignee(), c.evidence(), v, null, c.rejections(), c.publication(), c.corrections(), at);
            }
            case Events.VERDICT_REJECTED -> {
                Events.VerdictRejected r = read(data, Events.VerdictRejected.class);
                Case c = kase(r.caseId(), e);
                List<Rejection> rejections = new ArrayList<>(c.rejections());
                rejections.add(new Rejection(e.actor(), at, r.comment(), r.verdict()));
                put(c, CaseState.IN_REVIEW, c.assignee(), c.evidence(), c.verdict(), null, rejections, c.publication(), c.corrections(), at);
            }
            case Events.VERDICT_SIGNED -> {
                Events.VerdictSigned s = read(data, Events.VerdictSigned.class);
                Case c = kase(s.caseId(), e);
                SignOff signOff = new SignOff(e.actor(), s.signedAt(), s.verdict(), s.signature());
                put(c, CaseState.SIGNED_OFF, c.assignee(), c.evidence(), c.verdict(), signOff, c.rejections(), c.publication(), c.corrections(), at);
            }
            case Events.CASE_PUBLISHED -> {
                Events.CasePublished p = read(data, Events.CasePublished.class);
                Case c = kase(p.caseId(), e);
                List<Correction> corrections = new ArrayList<>(c.corrections());
                int last = corrections.size() - 1;
                if (last >= 0 && corrections.get(last).republishedAt() == null) {
                    corrections.set(last, corrections.get(last).republished(at, p.rating()));
                }
                put(c, CaseState.PUBLISHED, c.assignee(), c.evidence(), c.verdict(), c.signOff(), c.rejections(),
                        new Publication(e.actor(), at, p.url(), p.rating(), c.verdict()), corrections, at);
            }
            case Events.CASE_REOPENED -> {
                Events.CaseReopened r = read(data, Events.CaseReopened.class);
                Case c = kase(r.caseId(), e);
                List<Correction> corrections = new ArrayList<>(c.corrections());
                corrections.add(new Correction(e.actor(), at, r.reason(), c.publication() == null ? null : c.publication().rating(), null, null));
                put(c, CaseState.IN_REVIEW, c.assignee(), c.evidence(), c.verdict(), null, c.rejections(), c.publication(), corrections, at);
            }
            default -> {
                // An event of a newer FactDesk: kept in the journal, no effect here.
            }
        }
    }

    private Person person(String id, JournalEntry e) {
        Person p = people.get(id);
        if (p == null) {
            throw new IllegalStateException("entry " + e.seq() + " (" + e.type() + ") names " + id + ", who is not at the desk");
        }
        return p;
    }

    private Case kase(String id, JournalEntry e) {
        Case c = cases.get(id);
        if (c == null) {
            throw new IllegalStateException("entry " + e.seq() + " (" + e.type() + ") names case " + id + ", which was never opened");
        }
        return c;
    }

    private void put(Case c, CaseState state, String assignee, List<Finding> evidence, Verdict verdict, SignOff signOff,
            List<Rejection> rejections, Publication publication, List<Correction> corrections, Instant at) {
        cases.put(new Case(c.id(), c.claims(), c.appearance(), c.alsoIn(), state, assignee, c.suggestions(), evidence, verdict, signOff,
                rejections, publication, corrections, c.opened(), at));
    }

    /** Claims with this same key are the same claim: case and spacing do not matter. */
    static String sameClaim(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    static int number(String caseId) {
        try {
            return Integer.parseInt(caseId.substring(caseId.indexOf('-') + 1));
        } catch (RuntimeException e) {
            return 0;
        }
    }
}

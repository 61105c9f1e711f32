package org.factdesk.workflow.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.factdesk.api.article.Article;
import org.factdesk.api.check.Finding;
import org.factdesk.api.desk.Case;
import org.factdesk.api.desk.CaseEvent;
import org.factdesk.api.desk.CaseState;
import org.factdesk.api.desk.ClaimAppearance;
import org.factdesk.api.desk.DeskRules;
import org.factdesk.api.desk.DeskSession;
import org.factdesk.api.desk.Person;
import org.factdesk.api.desk.Role;
import org.factdesk.api.desk.SignOff;
import org.factdesk.api.desk.Source;
import org.factdesk.api.desk.WorkflowException;
import org.factdesk.api.pipeline.ArticleReport;
import org.factdesk.api.pipeline.ClaimReport;
import org.factdesk.api.store.AuditReport;
import org.factdesk.api.store.Change;
import org.factdesk.api.store.Journal;
import org.factdesk.api.store.JournalEntry;
import org.factdesk.api.store.Snapshot;
import org.factdesk.api.store.StoreException;

/**
 * The workflow on one open workspace. Each change: check the rules against the current state,
 * append the event (durable when append returns), then fold the written entry into the state
 * with the same code that replays the journal.
 */
final class Session implements DeskSession {

    /** A snapshot every this many entries, so opening replays at most this many. */
    static final int SNAPSHOT_EVERY = 5_000;
    /** On close, a snapshot only if this many entries came since the last one: a one-change command should not rewrite the state. */
    static final int SNAPSHOT_ON_CLOSE = 500;

    private final Journal journal;
    private final KeyRing keys;
    private final ReentrantLock lock = new ReentrantLock();
    private final List<String> notices = new ArrayList<>();
    private final Map<String, Change.Signer> signers = new java.util.HashMap<>();
    private final Seen seen;
    /** Whether signed entries are in the journal (the writer's own entries always are). */
    private boolean signed;
    /** The snapshot this writer verified or wrote: the key folder records it with the head. */
    private long snapshotSeq;
    private String snapshotSha;
    private DeskState state;

    /** @param seen what the key folder had seen, read before the journal was opened */
    Session(Journal journal, KeyRing keys, Seen seen) throws WorkflowException {
        this.journal = journal;
        this.keys = keys;
        this.seen = seen;
        notices.addAll(journal.notices());
        try {
            DeskState s = null;
            Optional<Snapshot> snapshot = journal.snapshot();
            if (snapshot.isPresent()) {
                try {
                    s = DeskState.fromSnapshot(snapshot.get().state());
                } catch (IOException e) {
                    notices.add("the snapshot does not read (" + e.getMessage() + "); replaying the whole journal");
                }
            }
            DeskState folded = s != null ? s : new DeskState();
            List<JournalEntry> tail = new ArrayList<>();
            journal.replay(folded.seq, e -> {
                tail.add(e);
                folded.apply(e);
            });
            state = folded;
            Optional<Seen.Pin> pin = seen.find(journal.location(), state.founding);
            Snapshot used = s != null ? snapshot.get() : null;
            if (journal.readOnly()) {
                // a reader shows the workspace as it is, and says if it is not what this key folder saw
                Audit a = new Audit(journal, state, true, pin);
                tail.forEach(a::seen);
                a.comparePin(used == null ? null : used.hash(), used == null ? 0 : used.seq());
                if (a.problem() != null) {
                    notices.add("the workspace DOES NOT VERIFY: " + a.problem() + " (factdesk audit verify)");
                }
            } else {
                verifyForWriting(pin, used, tail);
            }
        } catch (StoreException | IllegalStateException | IOException e) {
            throw new WorkflowException("cannot read workspace " + journal.location() + ": " + e.getMessage(), e);
        }
    }

    /**
     * A writer adds only to a workspace that verifies: the chain, then every entry this key folder
     * has not verified before (all of them the first time, or when the snapshot it verified was
     * replaced), and the root and head it saw.
     */
    private void verifyForWriting(Optional<Seen.Pin> pin, Snapshot used, List<JournalEntry> tail) throws WorkflowException, IOException {
        AuditReport chain = journal.verify();
        String problem = chain.intact() ? null : chain.problem();
        Audit a = null;
        long from = used == null ? 0 : used.seq();
        // hashed once: the snapshot can be tens of MB, and the key folder records this hash with the head
        String usedSha = used == null ? null : sha256(used.state());
        if (problem == null) {
            Seen.Pin p = pin.orElse(null);
            boolean sameStart = p != null && p.seq() >= from && (used == null || (p.snapshotSeq() == from && usedSha.equals(p.snapshotSha())));
            if (sameStart && p.seq() == state.seq) {
                // nothing new since this key folder verified it: the head it saw must still be there
                a = new Audit(journal, state, p.signed(), pin);
                tail.forEach(a::seen);
                a.comparePin(used == null ? null : used.hash(), from);
            } else if (sameStart && p.seq() < state.seq) {
                a = new Audit(journal, used == null ? new DeskState() : DeskState.fromSnapshot(used.state()), p.signed(), pin);
                for (JournalEntry e : tail) {
                    if (e.seq() <= p.seq()) {
                        a.trusted(e);
                    } else if (!a.step(e)) {
                        break;
                    }
                }
                a.comparePin(used == null ? null : used.hash(), from);
            } else {
                a = Audit.whole(journal, pin);
            }
            problem = a.problem();
        }
        if (problem != null) {
            throw new WorkflowException("workspace " + journal.location() + " does not verify, so nothing is added to it: " + problem
                    + ". Restore it from a copy (a backup, or a colleague's); if an older copy was restored on purpose, remove its record from "
                    + seen.file() + " to trust it as it is now");
        }
        state = a.state();
        signed = a.signed();
        snapshotSeq = from;
        snapshotSha = usedSha;
        pin();
    }

    /** Records in the key folder what this writer verified or wrote: the root and the head. */
    private void pin() {
        if (state.founding != null && !journal.readOnly()) {
            seen.put(new Seen.Pin(Seen.where(journal.location()), state.founding, state.root, state.seq, journal.lastHash(), snapshotSeq, snapshotSha,
                    signed, Instant.now()));
        }
    }

    @Override
    public Path workspace() {
        return journal.location();
    }

    @Override
    public boolean readOnly() {
        return journal.readOnly();
    }

    @Override
    public List<String> notices() {
        return List.copyOf(notices);
    }

    @Override
    public DeskRules rules() {
        return locked(() -> state.rules);
    }

    @Override
    public List<Person> people() {
        return locked(() -> List.copyOf(state.people.values()));
    }

    @Override
    public List<Case> cases() {
        return locked(() -> state.cases.all());
    }

    @Override
    public Case find(String id) throws WorkflowException {
        lock.lock();
        try {
            return kase(id);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Optional<Article> article(String id) {
        Events.ArticleRecord a = locked(() -> state.articles.get(id));
        if (a == null) {
            return Optional.empty();
        }
        try {
            Optional<byte[]> doc = journal.document(a.document());
            return doc.isEmpty() ? Optional.empty() : Optional.of(Json.MAPPER.readValue(doc.get(), Article.class));
        } catch (StoreException | IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public Person addPerson(String actor, String id, String name, Role role) throws WorkflowException {
        return addPerson(actor, id, name, role, null);
    }

    @Override
    public Person addPerson(String actor, String id, String name, Role role, String publicKey) throws WorkflowException {
        return change(() -> {
            if (name == null || name.isBlank()) {
                throw new WorkflowException("a person needs a name");
            }
            java.security.KeyPair pair = publicKey == null ? KeyRing.generate() : null;
            Person p = new Person(id, name.strip(), role, pair != null ? KeyRing.publicKey(pair) : publicKey.strip());
            Events.PersonAdded added = new Events.PersonAdded(p);
            // the rules first: no private key is stored for someone who may not be added
            Rules.check(state, actor, added);
            if (pair != null) {
                keys.store(id, pair);
            }
            try {
                record(actor, Events.PERSON_ADDED, added);
            } catch (WorkflowException e) {
                if (pair != null) {
                    keys.forget(p);
                }
                throw e;
            }
            return state.people.get(id);
        });
    }

    @Override
    public Person changeRole(String actor, String id, Role role) throws WorkflowException {
        return change(() -> {
            record(actor, Events.PERSON_ROLE_CHANGED, new Events.PersonRoleChanged(id, role));
            return state.people.get(id);
        });
    }

    @Override
    public Person changeKey(String actor, String id, String publicKey) throws WorkflowException {
        return change(() -> {
            record(actor, Events.PERSON_KEY_CHANGED, new Events.PersonKeyChanged(id, publicKey == null ? null : publicKey.strip()));
            return state.people.get(id);
        });
    }

    @Override
    public DeskRules configure(String actor, DeskRules rules) throws WorkflowException {
        return change(() -> {
            record(actor, Events.DESK_CONFIGURED, new Events.DeskConfigured(rules));
            return state.rules;
        });
    }

    @Override
    public List<Case> importArticle(String actor, ArticleReport report, double minScore, String url, String publisher) throws WorkflowException {
        return change(() -> {
            signer(actor);
            Article article = report.article();
            if (state.articles.containsKey(article.id())) {
                return List.of();
            }
            if (url != null && !isWebUrl(url)) {
                throw new WorkflowException("the article URL must be an absolute http(s) URL, not \"" + url + "\"");
            }
            Map<String, List<ClaimReport>> groups = new LinkedHashMap<>();
            for (ClaimReport c : report.claims()) {
                if (c.claim().score() >= minScore) {
                    groups.computeIfAbsent(DeskState.sameClaim(c.claim().text()), k -> new ArrayList<>()).add(c);
                }
            }
            String articleUrl = url != null ? url : firstOf(article.metadata(), "canonical", "url", "link");
            String articlePublisher = publisher != null ? publisher : firstOf(article.metadata(), "siteName", "publisher", "provider");
            List<Events.OpenedCase> opened = new ArrayList<>();
            List<Events.OpenedCase> joined = new ArrayList<>();
            int n = state.nextCase;
            for (Map.Entry<String, List<ClaimReport>> group : groups.entrySet()) {
                ClaimReport first = group.getValue().get(0);
                String author = first.claim().speaker() != null ? first.claim().speaker()
                        : article.byline() != null ? article.byline() : articlePublisher;
                List<Finding> suggestions = group.getValue().stream().flatMap(c -> c.findings().stream()).toList();
                ClaimAppearance where = new ClaimAppearance(article.id(), articleUrl, article.headline(), author, article.published(), articlePublisher);
                List<org.factdesk.api.claim.Claim> claims = group.getValue().stream().map(ClaimReport::claim).toList();
                // The same claim in another article is the same fact-check: it joins the case already open for it.
                String existing = state.claimIndex.get(group.getKey());
                if (existing != null) {
                    joined.add(new Events.OpenedCase(existing, claims, where, suggestions));
                } else {
                    opened.add(new Events.OpenedCase("C-" + n++, claims, where, suggestions));
                }
            }
            byte[] doc;
            try {
                doc = Json.MAPPER.writeValueAsBytes(article);
            } catch (IOException e) {
                throw new WorkflowException("cannot store article " + article.id() + ": " + e.getMessage(), e);
            }
            String name = "article-" + article.id() + ".json";
            store(() -> journal.putDocument(name, doc));
            record(actor, Events.ARTICLE_IMPORTED, new Events.ArticleImported(
                    new Events.ArticleRecord(article.id(), name, sha256(doc), article.source(), article.headline()), opened, joined));
            List<Case> touched = new ArrayList<>();
            for (Events.OpenedCase o : opened) {
                touched.add(state.cases.get(o.caseId()));
            }
            for (Events.OpenedCase j : joined) {
                touched.add(state.cases.get(j.caseId()));
            }
            return touched;
        });
    }

    @Override
    public Case select(String actor, String caseId) throws WorkflowException {
        return change(() -> record(actor, Events.CASE_SELECTED, new Events.CaseSelected(kase(caseId).id()), kase(caseId).id()));
    }

    @Override
    public Case assign(String actor, String caseId, String assignee) throws WorkflowException {
        return change(() -> {
            Case c = kase(caseId);
            return record(actor, Events.CASE_ASSIGNED, new Events.CaseAssigned(c.id(), Rules.person(state, assignee).id()), c.id());
        });
    }

    @Override
    public Case attach(String actor, String caseId, int suggestion) throws WorkflowException {
        return change(() -> {
            Case c = kase(caseId);
            if (suggestion < 1 || suggestion > c.suggestions().size()) {
                throw new WorkflowException(c.id() + " has " + c.suggestions().size() + " suggestions (1.." + c.suggestions().size() + "), not " + suggestion);
            }
            return record(actor, Events.EVIDENCE_ATTACHED, new Events.EvidenceAttached(c.id(), c.suggestions().get(suggestion - 1)), c.id());
        });
    }

    @Override
    public Case propose(String actor, String caseId, String rating, String rationale, List<Source> sources) throws WorkflowException {
        return change(() -> {
            Case c = kase(caseId);
            // the scale's id for what was typed ("Mostly true" is mostly-true); the rules say if it is not on the scale
            String id = state.rules.scale().find(rating).map(r -> r.id()).orElse(rating);
            return record(actor, Events.VERDICT_PROPOSED, new Events.VerdictProposed(c.id(), id, rationale == null ? null : rationale.strip(),
                    sources == null ? List.of() : List.copyOf(sources)), c.id());
        });
    }

    @Override
    public Case reject(String actor, String caseId, String comment) throws WorkflowException {
        return change(() -> {
            Case c = Rules.expect(kase(caseId), "reject the verdict of", CaseState.VERDICT_PROPOSED);
            return record(actor, Events.VERDICT_REJECTED, new Events.VerdictRejected(c.id(), c.verdict().entry(), comment == null ? null : comment.strip()), c.id());
        });
    }

    @Override
    public Case signOff(String actor, String caseId) throws WorkflowException {
        return change(() -> {
            Person editor = person(actor);
            Case c = Rules.expect(kase(caseId), "sign off", CaseState.VERDICT_PROPOSED);
            if (!editor.role().canSignOff()) {
                throw new WorkflowException("signing off needs the editor role; " + actor + " is " + Rules.role(editor.role()));
            }
            if (state.rules.fourEyes() && c.verdict().proposedBy().equals(actor)) {
                throw new WorkflowException("four eyes: " + actor + " proposed this verdict, so another editor must sign it off");
            }
            Instant at = Instant.now();
            String signature = keys.sign(editor, SignOff.payload(c.id(), c.verdict().entry(), actor, at));
            return record(actor, Events.VERDICT_SIGNED, new Events.VerdictSigned(c.id(), c.verdict().entry(), at, signature), c.id());
        });
    }

    @Override
    public Case publish(String actor, String caseId, String url) throws WorkflowException {
        return change(() -> {
            Case c = Rules.expect(kase(caseId), "publish", CaseState.SIGNED_OFF);
            return record(actor, Events.CASE_PUBLISHED, new Events.CasePublished(c.id(), url, c.verdict().rating()), c.id());
        });
    }

    @Override
    public Case reopen(String actor, String caseId, String reason) throws WorkflowException {
        return change(() -> {
            Case c = kase(caseId);
            return record(actor, Events.CASE_REOPENED, new Events.CaseReopened(c.id(), reason == null ? null : reason.strip()), c.id());
        });
    }

    @Override
    public List<CaseEvent> history(String caseId) throws WorkflowException {
        String id = find(caseId).id();
        List<CaseEvent> out = new ArrayList<>();
        try {
            // only entries that name the case are parsed: a long journal is mostly other cases' entries
            String named = "\"" + id + "\"";
            journal.replay(0, e -> {
                if (e.data().contains(named)) {
                    History.describe(e, id).ifPresent(out::add);
                }
            });
        } catch (StoreException e) {
            throw new WorkflowException("cannot read the journal: " + e.getMessage(), e);
        }
        return out;
    }

    @Override
    public AuditReport audit() {
        AuditReport chain = journal.verify();
        if (!chain.intact()) {
            return chain;
        }
        lock.lock();
        try {
            Audit a = Audit.whole(journal, seen.find(journal.location(), state.founding));
            return a.report(chain);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() throws WorkflowException {
        lock.lock();
        try {
            if (!journal.readOnly() && state.seq - journal.snapshot().map(s -> s.seq()).orElse(0L) >= SNAPSHOT_ON_CLOSE) {
                try {
                    saveSnapshot();
                } catch (StoreException | IOException e) {
                    // every change is in the journal already: a snapshot only makes the next opening faster
                    notices.add("could not save a snapshot (opening will replay more): " + e.getMessage());
                }
            }
            pin();
            journal.close();
        } catch (StoreException e) {
            throw new WorkflowException("closing workspace " + journal.location() + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    // --- the machinery

    private interface Step<T> {
        T run() throws WorkflowException;
    }

    private interface StoreStep {
        void run() throws StoreException;
    }

    private <T> T change(Step<T> step) throws WorkflowException {
        if (journal.readOnly()) {
            throw new WorkflowException("workspace " + journal.location() + " is open read-only (another FactDesk is writing to it)");
        }
        lock.lock();
        try {
            return step.run();
        } finally {
            lock.unlock();
        }
    }

    private <T> T locked(java.util.function.Supplier<T> read) {
        lock.lock();
        try {
            return read.get();
        } finally {
            lock.unlock();
        }
    }

    private static void store(StoreStep step) throws WorkflowException {
        try {
            step.run();
        } catch (StoreException e) {
            throw new WorkflowException(e.getMessage() + " (nothing was recorded)", e);
        }
    }

    private Case record(String actor, String type, Object data, String caseId) throws WorkflowException {
        record(actor, type, data);
        return state.cases.get(caseId);
    }

    /** Checks the change with the workflow's rules, then writes it signed with the actor's key. */
    private void record(String actor, String type, Object data) throws WorkflowException {
        Rules.check(state, actor, data);
        Change.Signer signer = data instanceof Events.PersonAdded a && state.people.isEmpty() ? keys.signer(a.person()) : signer(actor);
        String json;
        try {
            json = Json.MAPPER.writeValueAsString(data);
        } catch (IOException e) {
            throw new WorkflowException("cannot encode " + type + ": " + e.getMessage(), e);
        }
        List<JournalEntry> written = new ArrayList<>();
        store(() -> written.addAll(journal.append(List.of(new Change(actor, type, json, signer)))));
        written.forEach(state::apply);
        signed = true;
        if (state.seq - journal.snapshot().map(s -> s.seq()).orElse(0L) >= SNAPSHOT_EVERY) {
            try {
                saveSnapshot();
            } catch (StoreException | IOException e) {
                notices.add("could not save a snapshot (opening will replay more): " + e.getMessage());
            }
        }
    }

    private void saveSnapshot() throws StoreException, IOException {
        byte[] bytes = state.snapshot();
        journal.saveSnapshot(state.seq, bytes);
        snapshotSeq = state.seq;
        snapshotSha = sha256(bytes);
    }

    private Person person(String id) throws WorkflowException {
        return Rules.person(state, id);
    }

    /** The actor's signer, its private key read once a session. */
    private Change.Signer signer(String actor) throws WorkflowException {
        Person p = person(actor);
        Change.Signer known = signers.get(p.id() + " " + p.publicKey());
        if (known == null) {
            known = keys.signer(p);
            signers.put(p.id() + " " + p.publicKey(), known);
        }
        return known;
    }

    private Case kase(String id) throws WorkflowException {
        return Rules.kase(state, id);
    }

    static boolean isWebUrl(String url) {
        try {
            URI u = new URI(url);
            return ("https".equals(u.getScheme()) || "http".equals(u.getScheme())) && u.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String firstOf(Map<String, String> metadata, String... keys) {
        for (String k : keys) {
            String v = metadata.get(k);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    static String sha256(byte[] b) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

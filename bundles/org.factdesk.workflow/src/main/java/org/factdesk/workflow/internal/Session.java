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
import java.util.regex.Pattern;

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
    private static final Pattern USER_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,31}");

    private final Journal journal;
    private final KeyRing keys;
    private final ReentrantLock lock = new ReentrantLock();
    private final List<String> notices = new ArrayList<>();
    private DeskState state;

    Session(Journal journal, KeyRing keys) throws WorkflowException {
        this.journal = journal;
        this.keys = keys;
        notices.addAll(journal.notices());
        try {
            DeskState s = null;
            if (journal.snapshot().isPresent()) {
                try {
                    s = DeskState.fromSnapshot(journal.snapshot().get().state());
                } catch (IOException e) {
                    notices.add("the snapshot does not read (" + e.getMessage() + "); replaying the whole journal");
                }
            }
            DeskState folded = s != null ? s : new DeskState();
            journal.replay(folded.seq, folded::apply);
            state = folded;
        } catch (StoreException | IllegalStateException e) {
            throw new WorkflowException("cannot read workspace " + journal.location() + ": " + e.getMessage(), e);
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
        return change(() -> {
            if (!USER_ID.matcher(id).matches()) {
                throw new WorkflowException("\"" + id + "\" is not a user name: lower-case letters, digits, '.', '-', '_', up to 32");
            }
            if (name == null || name.isBlank()) {
                throw new WorkflowException("a person needs a name");
            }
            if (state.people.containsKey(id)) {
                throw new WorkflowException(id + " is already at this desk (" + state.people.get(id).name() + ", " + role(state.people.get(id).role()) + ")");
            }
            if (state.people.isEmpty()) {
                if (role != Role.ADMIN || !actor.equals(id)) {
                    throw new WorkflowException("the first person of a workspace must be an admin adding themselves (--as " + id + " --role admin)");
                }
            } else if (!state.people.containsKey(actor)) {
                throw new WorkflowException("only an admin adds people: who is adding " + id + "? (--as ADMIN; people: "
                        + String.join(", ", state.people.keySet()) + ")");
            } else if (person(actor).role() != Role.ADMIN) {
                throw new WorkflowException("only an admin adds people; " + actor + " is " + role(person(actor).role()));
            }
            Person p = new Person(id, name.strip(), role, keys.create(id));
            record(actor, Events.PERSON_ADDED, new Events.PersonAdded(p));
            return p;
        });
    }

    @Override
    public DeskRules configure(String actor, DeskRules rules) throws WorkflowException {
        return change(() -> {
            if (person(actor).role() != Role.ADMIN) {
                throw new WorkflowException("only an admin changes the desk's rules; " + actor + " is " + role(person(actor).role()));
            }
            // a signed-off or published verdict must stay exportable: its rating stays on the scale
            for (Case c : state.cases.all()) {
                boolean decided = c.signOff() != null || c.publication() != null || !c.corrections().isEmpty();
                if (decided && c.verdict() != null && rules.scale().find(c.verdict().rating()).isEmpty()) {
                    throw new WorkflowException("the new rating scale leaves out \"" + c.verdict().rating() + "\", the rating of "
                            + (c.publication() != null ? "published" : "signed-off") + " case " + c.id() + "; keep it on the scale");
                }
            }
            record(actor, Events.DESK_CONFIGURED, new Events.DeskConfigured(rules));
            return state.rules;
        });
    }

    @Override
    public List<Case> importArticle(String actor, ArticleReport report, double minScore, String url, String publisher) throws WorkflowException {
        return change(() -> {
            person(actor);
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
        return change(() -> {
            person(actor);
            Case c = expect(kase(caseId), "select", CaseState.DETECTED);
            return record(actor, Events.CASE_SELECTED, new Events.CaseSelected(c.id()), c.id());
        });
    }

    @Override
    public Case assign(String actor, String caseId, String assignee) throws WorkflowException {
        return change(() -> {
            Person by = person(actor);
            Person to = person(assignee);
            Case c = expect(kase(caseId), "assign", CaseState.DETECTED, CaseState.SELECTED, CaseState.IN_REVIEW);
            if (!to.id().equals(by.id()) && !by.role().canSignOff()) {
                throw new WorkflowException("only an editor assigns a case to someone else; " + actor + " is " + role(by.role())
                        + " (take it yourself: --as " + assignee + ")");
            }
            return record(actor, Events.CASE_ASSIGNED, new Events.CaseAssigned(c.id(), to.id()), c.id());
        });
    }

    @Override
    public Case attach(String actor, String caseId, int suggestion) throws WorkflowException {
        return change(() -> {
            person(actor);
            Case c = expect(kase(caseId), "attach evidence to", CaseState.DETECTED, CaseState.SELECTED, CaseState.IN_REVIEW);
            if (suggestion < 1 || suggestion > c.suggestions().size()) {
                throw new WorkflowException(c.id() + " has " + c.suggestions().size() + " suggestions (1.." + c.suggestions().size() + "), not " + suggestion);
            }
            Finding finding = c.suggestions().get(suggestion - 1);
            if (c.evidence().contains(finding)) {
                throw new WorkflowException(c.id() + ": suggestion " + suggestion + " is already attached as evidence");
            }
            return record(actor, Events.EVIDENCE_ATTACHED, new Events.EvidenceAttached(c.id(), finding), c.id());
        });
    }

    @Override
    public Case propose(String actor, String caseId, String rating, String rationale, List<Source> sources) throws WorkflowException {
        return change(() -> {
            Person by = person(actor);
            Case c = kase(caseId);
            if (c.state() == CaseState.PUBLISHED) {
                throw new WorkflowException(c.id() + " is published: its verdict cannot change until an editor reopens it for a correction"
                        + " (factdesk case correct " + c.id() + " --reason ...)");
            }
            expect(c, "propose a verdict for", CaseState.IN_REVIEW);
            if (c.assignee() != null && !c.assignee().equals(actor) && !by.role().canSignOff()) {
                throw new WorkflowException(c.id() + " is assigned to " + c.assignee() + "; " + actor + " cannot propose its verdict");
            }
            String id = state.rules.scale().find(rating).orElseThrow(() -> new WorkflowException("\"" + rating + "\" is not on the desk's scale ("
                    + String.join(", ", state.rules.scale().ratings().stream().map(r -> r.id()).toList()) + ")")).id();
            if (rationale == null || rationale.isBlank()) {
                throw new WorkflowException("a verdict needs a rationale: why is it " + id + "?");
            }
            if (sources.isEmpty()) {
                throw new WorkflowException("a verdict needs at least one source, detailed enough to repeat the check (--source URL|what it shows|date)");
            }
            for (Source s : sources) {
                if (s.location().isBlank() || s.shows().isBlank()) {
                    throw new WorkflowException("each source needs a location (URL or document) and what it shows: " + s);
                }
            }
            return record(actor, Events.VERDICT_PROPOSED, new Events.VerdictProposed(c.id(), id, rationale.strip(), sources), c.id());
        });
    }

    @Override
    public Case reject(String actor, String caseId, String comment) throws WorkflowException {
        return change(() -> {
            Person by = person(actor);
            Case c = expect(kase(caseId), "reject the verdict of", CaseState.VERDICT_PROPOSED);
            if (!by.role().canSignOff()) {
                throw new WorkflowException("rejecting a verdict needs the editor role; " + actor + " is " + role(by.role()));
            }
            if (comment == null || comment.isBlank()) {
                throw new WorkflowException("a rejection needs a comment saying what must change (--comment ...)");
            }
            return record(actor, Events.VERDICT_REJECTED, new Events.VerdictRejected(c.id(), c.verdict().entry(), comment.strip()), c.id());
        });
    }

    @Override
    public Case signOff(String actor, String caseId) throws WorkflowException {
        return change(() -> {
            Person editor = person(actor);
            Case c = expect(kase(caseId), "sign off", CaseState.VERDICT_PROPOSED);
            if (!editor.role().canSignOff()) {
                throw new WorkflowException("signing off needs the editor role; " + actor + " is " + role(editor.role()));
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
            Person by = person(actor);
            Case c = expect(kase(caseId), "publish", CaseState.SIGNED_OFF);
            if (!by.role().canSignOff()) {
                throw new WorkflowException("publishing needs the editor role; " + actor + " is " + role(by.role()));
            }
            if (url == null || !isWebUrl(url)) {
                throw new WorkflowException("publishing needs the fact-check's URL, an absolute http(s) URL (--url ...), not " + (url == null ? "nothing" : "\"" + url + "\""));
            }
            return record(actor, Events.CASE_PUBLISHED, new Events.CasePublished(c.id(), url, c.verdict().rating()), c.id());
        });
    }

    @Override
    public Case reopen(String actor, String caseId, String reason) throws WorkflowException {
        return change(() -> {
            Person by = person(actor);
            Case c = expect(kase(caseId), "reopen for a correction", CaseState.PUBLISHED);
            if (!by.role().canSignOff()) {
                throw new WorkflowException("reopening a published fact-check needs the editor role; " + actor + " is " + role(by.role()));
            }
            if (reason == null || reason.isBlank()) {
                throw new WorkflowException("a correction needs its reason, which is published with it (--reason ...)");
            }
            return record(actor, Events.CASE_REOPENED, new Events.CaseReopened(c.id(), reason.strip()), c.id());
        });
    }

    @Override
    public List<CaseEvent> history(String caseId) throws WorkflowException {
        String id = find(caseId).id();
        List<CaseEvent> out = new ArrayList<>();
        try {
            journal.replay(0, e -> History.describe(e, id).ifPresent(out::add));
        } catch (StoreException e) {
            throw new WorkflowException("cannot read the journal: " + e.getMessage(), e);
        }
        return out;
    }

    @Override
    public AuditReport audit() {
        return new Audit(journal).run();
    }

    @Override
    public void close() throws WorkflowException {
        lock.lock();
        try {
            if (!journal.readOnly() && state.seq - journal.snapshot().map(s -> s.seq()).orElse(0L) >= SNAPSHOT_ON_CLOSE) {
                journal.saveSnapshot(state.seq, state.snapshot());
            }
            journal.close();
        } catch (StoreException | IOException e) {
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

    private void record(String actor, String type, Object data) throws WorkflowException {
        String json;
        try {
            json = Json.MAPPER.writeValueAsString(data);
        } catch (IOException e) {
            throw new WorkflowException("cannot encode " + type + ": " + e.getMessage(), e);
        }
        List<JournalEntry> written = new ArrayList<>();
        store(() -> written.addAll(journal.append(List.of(new Change(actor, type, json)))));
        written.forEach(state::apply);
        if (state.seq - journal.snapshot().map(s -> s.seq()).orElse(0L) >= SNAPSHOT_EVERY) {
            try {
                journal.saveSnapshot(state.seq, state.snapshot());
            } catch (StoreException | IOException e) {
                notices.add("could not save a snapshot (opening will replay more): " + e.getMessage());
            }
        }
    }

    private Person person(String id) throws WorkflowException {
        Person p = state.people.get(id);
        if (p == null) {
            throw new WorkflowException(state.people.isEmpty() ? "nobody is at this desk yet: add the first admin (factdesk user add ID --name NAME --role admin --as ID)"
                    : "\"" + id + "\" is not at this desk (people: " + String.join(", ", state.people.keySet()) + ")");
        }
        return p;
    }

    private Case kase(String id) throws WorkflowException {
        Case c = state.cases.get(id == null ? "" : id.toUpperCase(Locale.ROOT));
        if (c == null) {
            throw new WorkflowException("no case \"" + id + "\" in this workspace" + (state.cases.isEmpty() ? " (import an article first)" : " (cases C-1..C-" + (state.nextCase - 1) + "; factdesk case list)"));
        }
        return c;
    }

    private static Case expect(Case c, String action, CaseState... allowed) throws WorkflowException {
        for (CaseState s : allowed) {
            if (c.state() == s) {
                return c;
            }
        }
        throw new WorkflowException("cannot " + action + " " + c.id() + ": it is " + History.state(c.state()) + " (that needs it "
                + String.join(" or ", java.util.Arrays.stream(allowed).map(History::state).toList()) + ")");
    }

    private static String role(Role r) {
        return switch (r) {
            case FACT_CHECKER -> "a fact-checker";
            case EDITOR -> "an editor";
            case ADMIN -> "an admin";
        };
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

package org.factdesk.workbench.desk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.swing.SwingUtilities;
import javax.swing.Timer;

import org.factdesk.api.article.Article;
import org.factdesk.api.check.Finding;
import org.factdesk.api.claim.Claim;
import org.factdesk.api.desk.Case;
import org.factdesk.api.desk.CaseDesk;
import org.factdesk.api.desk.CaseEvent;
import org.factdesk.api.desk.CaseState;
import org.factdesk.api.desk.DeskSession;
import org.factdesk.api.desk.Person;
import org.factdesk.api.desk.Source;
import org.factdesk.api.desk.WorkflowException;
import org.factdesk.api.export.ExportOutcome;
import org.factdesk.api.export.ExportService;
import org.factdesk.api.export.Exporter;
import org.factdesk.api.export.FactCheck;
import org.factdesk.api.intake.DeskImport;
import org.factdesk.api.intake.InputProblem;
import org.factdesk.api.intake.Intake;
import org.factdesk.api.intake.Request;
import org.factdesk.api.job.CancelledException;
import org.factdesk.api.job.Job;
import org.factdesk.api.job.Monitor;
import org.factdesk.api.pipeline.ArticleReport;
import org.factdesk.api.pipeline.ClaimReport;
import org.factdesk.api.pipeline.Pipeline;
import org.factdesk.api.store.AuditReport;
import org.factdesk.api.store.WorkspaceStore.Access;
import org.factdesk.workbench.api.Selection;

/**
 * What the fact-check views share: the workspace as last read, the open articles, who works, what
 * is in focus (case, claim, finding), the triage undo list, and the checkers running now. Every
 * read of the workspace, check of an article or export runs as a job (off the event dispatch
 * thread); its result is applied on the event dispatch thread, where this model lives: call it
 * only there. The workspace is opened read-only to be shown and for writing only for the
 * duration of one action, as the command line does, so both can work on it at once.
 */
public final class DeskModel {

    /** Told of changes, on the event dispatch thread. */
    public interface Listener {
        /** @param snapshot the workspace as read now */
        default void snapshotChanged(DeskSnapshot snapshot) {
        }

        /** @param article the article that changed (opened, checked, re-checked), or null when one closed */
        default void articlesChanged(OpenArticle article) {
        }

        /**
         * @param source who changed the focus (a view ignores its own)
         * @param focus  what is selected now
         */
        default void focusChanged(Object source, Object focus) {
        }

        /** The person working changed. */
        default void userChanged() {
        }

        /** The checkers running changed (a bundle came, went or was updated); findings of checkers gone are stale. */
        default void checkersChanged() {
        }
    }

    /** Work done in one session. @param <T> its result */
    @FunctionalInterface
    public interface SessionWork<T> {
        /**
         * @param session the open session
         * @param actor   who acts
         * @param monitor progress and cancel
         * @return the result
         * @throws Exception if refused or failed
         */
        T run(DeskSession session, String actor, Monitor monitor) throws Exception;
    }

    /**
     * A triage step that can perhaps be undone.
     *
     * @param label    what was done: {@code Dismiss C-3, C-4}
     * @param reason   why it cannot be undone, or null if it can
     * @param undo     the way back in the workflow, or null
     * @param local    the way back for a local step (dismiss), or null
     */
    public record Undo(String label, String reason, SessionWork<?> undo, Runnable local) {
        /** @return true if it can be undone */
        public boolean possible() {
            return reason == null;
        }
    }

    /** The result of a verification, entry by entry as far as the workflow tells. */
    public record AuditResult(AuditReport report, List<AuditEntry> entries) {
    }

    /**
     * A journal entry as the audit shows it.
     *
     * @param seq     its number
     * @param event   what the case histories say of it, or null for an entry about the desk (people, rules)
     * @param caseId  the case it belongs to, or null
     * @param verdict {@code verified}, {@code FIRST BAD: ...} or {@code not verified}
     */
    public record AuditEntry(long seq, CaseEvent event, String caseId, String verdict) {
    }

    private static final String DISMISSED = "dismissed|";

    private final Services services;
    private final Settings settings;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, OpenArticle> open = new LinkedHashMap<>();
    private final Deque<Undo> undo = new ArrayDeque<>();
    private final AtomicLong generation = new AtomicLong();
    private final Timer recheckTimer;
    private final Timer refreshTimer;
    private DeskSnapshot snapshot;
    private long appliedGeneration = -1;
    private String activeArticle;
    private String chosenUser;
    private Set<String> dismissed;
    private Map<String, Set<String>> checkers;
    private Selection selection;
    private Function<List<Person>, Optional<String>> chooser;
    private Case focusCase;
    private Claim focusClaim;
    private Finding focusFinding;
    private Object focus = Selection.EMPTY;
    private Thread watcher;
    private WatchService watchService;

    /**
     * @param services the application services and where the workspace is
     * @param settings what is remembered between runs
     */
    public DeskModel(Services services, Settings settings) {
        this.services = services;
        this.settings = settings;
        this.snapshot = DeskSnapshot.empty(services.workspace(), null);
        this.recheckTimer = new Timer(400, e -> recheckOpen("checkers changed"));
        this.recheckTimer.setRepeats(false);
        this.refreshTimer = new Timer(300, e -> refresh());
        this.refreshTimer.setRepeats(false);
    }

    // --- listeners, focus, user

    /** @param l told of changes */
    public void addListener(Listener l) {
        listeners.add(l);
    }

    /** @param l no longer told */
    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    /** @return the services */
    public Services services() {
        return services;
    }

    /** @param s the workbench's selection service, or null when it went away */
    public void setSelection(Selection s) {
        selection = s;
    }

    /** @param c asks who is working, among the desk's people (a dialog); null: nobody to ask */
    public void setUserChooser(Function<List<Person>, Optional<String>> c) {
        chooser = c;
    }

    /**
     * Selects something for every view: through the workbench's selection service when there is one
     * (its listeners, this model among them, hear of it), else directly.
     *
     * @param source    the view selecting
     * @param selection a Case, Claim, Finding, Article; null for nothing
     */
    public void select(Object source, Object selection) {
        if (this.selection != null) {
            this.selection.select(source, selection);
            if (this.focus != (selection == null ? Selection.EMPTY : selection)) {
                // a selection service that does not tell us (or tells later): keep the focus right anyway
                selected(source, selection);
            }
        } else {
            selected(source, selection);
        }
    }

    /**
     * The selection changed (the workbench's selection service tells this).
     *
     * @param source who selected
     * @param sel    what
     */
    public void selected(Object source, Object sel) {
        Object s = sel == null ? Selection.EMPTY : sel;
        if (s instanceof Case c) {
            focusCase = snapshot.find(c.id()).orElse(c);
            focusClaim = firstClaimShown(focusCase);
            focusFinding = null;
        } else if (s instanceof Claim cl) {
            focusClaim = cl;
            focusCase = snapshot.caseOf(cl).orElse(null);
            focusFinding = null;
        } else if (s instanceof Finding f) {
            focusFinding = f;
        } else if (s instanceof Article a) {
            if (open.containsKey(a.id())) {
                activeArticle = a.id();
            }
        }
        focus = s;
        for (Listener l : listeners) {
            l.focusChanged(source, s);
        }
    }

    private Claim firstClaimShown(Case c) {
        if (activeArticle != null) {
            for (Claim cl : c.claims()) {
                if (cl.id().startsWith(activeArticle + "#")) {
                    return cl;
                }
            }
        }
        return c.claims().isEmpty() ? null : c.claims().get(0);
    }

    /** @return the case in focus (selected, or the case of the selected claim), as last read */
    public Optional<Case> focusCase() {
        return Optional.ofNullable(focusCase);
    }

    /** @return the claim in focus */
    public Optional<Claim> focusClaim() {
        return Optional.ofNullable(focusClaim);
    }

    /** @return the finding in focus */
    public Optional<Finding> focusFinding() {
        return Optional.ofNullable(focusFinding);
    }

    /** @return what was selected last */
    public Object focus() {
        return focus;
    }

    /**
     * @param selection a selection (Case, Claim, Finding ...)
     * @return the case it stands for, as last read; a finding stands for the case in focus
     */
    public Optional<Case> caseOf(Object selection) {
        if (selection instanceof Case c) {
            return Optional.of(snapshot.find(c.id()).orElse(c));
        }
        if (selection instanceof Claim cl) {
            return snapshot.caseOf(cl);
        }
        return focusCase();
    }

    /** @return who works: {@code --as}, else the person chosen here */
    public Optional<String> user() {
        Optional<String> given = services.givenUser();
        return given.isPresent() ? given : Optional.ofNullable(chosenUser);
    }

    /** @return the person working, if at the desk */
    public Optional<Person> person() {
        return user().flatMap(snapshot::person);
    }

    /** @return true if the person working was given by {@code --as} (and cannot be changed here) */
    public boolean userGiven() {
        return services.givenUser().isPresent();
    }

    /** @param id the person who works from now on (when {@code --as} gave nobody) */
    public void chooseUser(String id) {
        chosenUser = id;
        for (Listener l : listeners) {
            l.userChanged();
        }
    }

    /**
     * Who acts: the user, or asks once (a dialog listing the desk's people).
     *
     * @return the user, or empty if nobody could be asked or the question was cancelled
     */
    public Optional<String> requireUser() {
        Optional<String> u = user();
        if (u.isPresent()) {
            return u;
        }
        if (snapshot.people().isEmpty()) {
            services.error("Nobody is at this desk yet: add the first person with factdesk user add ID --name NAME --role admin", null);
            return Optional.empty();
        }
        if (chooser == null) {
            return Optional.empty();
        }
        Optional<String> chosen = chooser.apply(snapshot.people());
        chosen.ifPresent(this::chooseUser);
        return chosen;
    }

    /** @return the person asked for, as the desk knows them */
    public Optional<Person> personFor(String id) {
        return snapshot.person(id);
    }

    /**
     * @param action an action on the case in focus
     * @param c      the case, or null
     * @return whether the desk's rules allow it for the person working
     */
    public ReviewRules.Decision allowed(ReviewRules.Action action, Case c) {
        Person who = person().orElse(null);
        if (who == null && user().isEmpty() && !snapshot.people().isEmpty() && c != null) {
            // nobody chosen yet: decided by state alone; the action asks who is working
            Person any = snapshot.people().stream().filter(p -> p.role().canSignOff()).findFirst().orElse(snapshot.people().get(0));
            ReviewRules.Decision d = ReviewRules.check(action, c, new Person("?", "?", any.role(), ""), snapshot.rules());
            return d.allowed() ? d : d.reason().contains("cannot ") ? d : new ReviewRules.Decision(true, "");
        }
        return ReviewRules.check(action, c, who, snapshot.rules());
    }

    // --- the workspace

    /** @return the workspace as last read */
    public DeskSnapshot snapshot() {
        return snapshot;
    }

    /**
     * Reads the workspace again (read-only), as a job.
     *
     * @return completes on the event dispatch thread with the snapshot applied
     */
    public CompletableFuture<DeskSnapshot> refresh() {
        long gen = generation.incrementAndGet();
        Path ws = services.workspace();
        Optional<CaseDesk> desk = services.caseDesk();
        Set<String> hidden = Set.copyOf(dismissed());
        return job("Reading workspace " + ws.getFileName(), m -> withRows(read(desk, ws, m), hidden), s -> apply(s, gen));
    }

    private DeskSnapshot read(Optional<CaseDesk> desk, Path ws, Monitor m) throws CancelledException {
        if (desk.isEmpty()) {
            return DeskSnapshot.empty(ws, "the workflow is not running (bundle org.factdesk.workflow)");
        }
        if (!Files.isDirectory(ws)) {
            return DeskSnapshot.empty(ws, "no workspace at " + ws + " yet: import an article to start one");
        }
        try (DeskSession s = Sessions.open(desk.get(), ws, services.keys(), Access.READ_ONLY, m)) {
            return DeskSnapshot.of(s);
        } catch (WorkflowException e) {
            return DeskSnapshot.empty(ws, e.getMessage());
        }
    }

    /** Makes the snapshot's triage rows on the worker thread: a workspace of thousands of cases is no freeze. */
    private static DeskSnapshot withRows(DeskSnapshot s, Set<String> dismissed) {
        s.triageRows(dismissed);
        return s;
    }

    private void apply(DeskSnapshot s, long gen) {
        if (gen < appliedGeneration) {
            return; // an older read finished after a newer one
        }
        appliedGeneration = gen;
        if (!s.workspace().equals(snapshot.workspace())) {
            dismissed = null;
            undo.clear();
        }
        snapshot = s;
        if (focusCase != null) {
            focusCase = s.find(focusCase.id()).orElse(null);
        }
        for (Listener l : listeners) {
            l.snapshotChanged(s);
        }
    }

    /**
     * Changes the workspace: opens it for writing for this action only, runs the work as the
     * person working, reads the new state from the same session, closes it.
     *
     * @param <T>   the result
     * @param title the job's title
     * @param work  the change
     * @return completes on the event dispatch thread after the new state is applied; exceptionally
     *         (after the user was told) if refused, failed or nobody is working
     */
    public <T> CompletableFuture<T> change(String title, SessionWork<T> work) {
        Optional<String> who = requireUser();
        if (who.isEmpty()) {
            return CompletableFuture.failedFuture(new CancellationException("nobody is working"));
        }
        return change(title, who.get(), work);
    }

    /**
     * {@link #change(String, SessionWork)} as a given person, without asking.
     *
     * @param <T>   the result
     * @param title the job's title
     * @param actor who acts
     * @param work  the change
     * @return as {@link #change(String, SessionWork)}
     */
    public <T> CompletableFuture<T> change(String title, String actor, SessionWork<T> work) {
        Optional<CaseDesk> desk = services.caseDesk();
        if (desk.isEmpty()) {
            services.error("The workflow is not running (bundle org.factdesk.workflow): nothing can be changed now", null);
            return CompletableFuture.failedFuture(new IllegalStateException("no workflow"));
        }
        Path ws = services.workspace();
        long gen = generation.incrementAndGet();
        Set<String> hidden = Set.copyOf(dismissed());
        record Done<T>(T result, DeskSnapshot snapshot) {
        }
        return this.<Done<T>>job(title, m -> {
            try (DeskSession s = Sessions.open(desk.get(), ws, services.keys(), Access.WRITE, m)) {
                T result = work.run(s, actor, m);
                return new Done<>(result, withRows(DeskSnapshot.of(s), hidden));
            }
        }, d -> apply(d.snapshot(), gen)).thenApply(Done::result);
    }

    // --- the workflow's steps

    /** @return the ids of the cases as they are now, skipping any no longer there */
    private List<Case> current(List<String> ids) {
        return ids.stream().map(snapshot::find).flatMap(Optional::stream).toList();
    }

    /**
     * DETECTED -> SELECTED for each case (bulk). Cannot be undone: the workflow has no way back.
     *
     * @param caseIds the cases
     * @return the cases now
     */
    public CompletableFuture<List<Case>> selectCases(List<String> caseIds) {
        List<String> ids = List.copyOf(caseIds);
        return change("Select " + String.join(", ", ids), (s, actor, m) -> {
            List<Case> out = new ArrayList<>();
            for (String id : ids) {
                out.add(s.select(actor, id));
            }
            return out;
        }).thenApply(cases -> {
            pushUndo(new Undo("Select " + String.join(", ", ids), "the workflow has no way back from selected (the journal keeps every step)", null, null));
            services.status("Selected " + String.join(", ", ids));
            return cases;
        });
    }

    /**
     * Assigns each case (bulk). Undo gives a case in review back to whom it was assigned before.
     *
     * @param caseIds  the cases
     * @param assignee who takes them; null for the person working
     * @return the cases now
     */
    public CompletableFuture<List<Case>> assignCases(List<String> caseIds, String assignee) {
        Optional<String> who = requireUser();
        if (who.isEmpty()) {
            return CompletableFuture.failedFuture(new CancellationException("nobody is working"));
        }
        String to = assignee != null ? assignee : who.get();
        Map<String, String> before = new LinkedHashMap<>();
        boolean reversible = true;
        for (Case c : current(caseIds)) {
            before.put(c.id(), c.assignee());
            reversible &= c.state() == CaseState.IN_REVIEW && c.assignee() != null;
        }
        boolean canUndo = reversible && !before.isEmpty();
        String label = "Assign " + String.join(", ", caseIds) + " to " + to;
        return change(label, who.get(), (s, actor, m) -> {
            List<Case> out = new ArrayList<>();
            for (String id : caseIds) {
                out.add(s.assign(actor, id, to));
            }
            return out;
        }).thenApply(cases -> {
            pushUndo(new Undo(label, canUndo ? null : "the workflow has no way back to unassigned (the journal keeps every step)", canUndo ? (s, actor, m) -> {
                for (Map.Entry<String, String> e : before.entrySet()) {
                    s.assign(actor, e.getKey(), e.getValue());
                }
                return null;
            } : null, null));
            services.status(label);
            return cases;
        });
    }

    /** @return the cases this user dismissed from the inbox in this workspace */
    public Set<String> dismissed() {
        if (dismissed == null) {
            String line = settings.get(DISMISSED + snapshot.workspace()).orElse("");
            dismissed = new LinkedHashSet<>(Arrays.stream(line.split(",")).filter(x -> !x.isBlank()).toList());
        }
        return Set.copyOf(dismissed);
    }

    /**
     * Dismisses cases from the inbox, or brings them back. The workflow has no dismissed state: this
     * is the user's own triage mark, kept between runs; it changes nothing in the workspace. Undoable.
     *
     * @param caseIds the cases
     * @param on      true to dismiss, false to bring back
     */
    public void dismiss(List<String> caseIds, boolean on) {
        Set<String> before = dismissed();
        Set<String> after = new LinkedHashSet<>(before);
        if (on) {
            after.addAll(caseIds);
        } else {
            caseIds.forEach(after::remove);
        }
        setDismissed(after);
        String label = (on ? "Dismiss " : "Bring back ") + String.join(", ", caseIds);
        pushUndo(new Undo(label, null, null, () -> setDismissed(before)));
        services.status(label + (on ? " (Ctrl+Z brings them back)" : ""));
    }

    private void setDismissed(Set<String> ids) {
        dismissed = new LinkedHashSet<>(ids);
        settings.put(DISMISSED + snapshot.workspace(), String.join(",", dismissed));
        for (Listener l : listeners) {
            l.snapshotChanged(snapshot);
        }
    }

    private void pushUndo(Undo u) {
        undo.push(u);
        while (undo.size() > 50) {
            undo.removeLast();
        }
    }

    /** @return the last triage step, if any */
    public Optional<Undo> lastStep() {
        return Optional.ofNullable(undo.peek());
    }

    /**
     * Undoes the last triage step, where the workflow allows it.
     *
     * @return completes when undone; exceptionally if it cannot be (the user was told why)
     */
    public CompletableFuture<Void> undo() {
        Undo u = undo.peek();
        if (u == null) {
            services.status("Nothing to undo");
            return CompletableFuture.failedFuture(new IllegalStateException("nothing to undo"));
        }
        if (!u.possible()) {
            services.status("Cannot undo \"" + u.label() + "\": " + u.reason());
            return CompletableFuture.failedFuture(new IllegalStateException(u.reason()));
        }
        undo.pop();
        if (u.local() != null) {
            u.local().run();
            services.status("Undone: " + u.label());
            return CompletableFuture.completedFuture(null);
        }
        return change("Undo " + u.label(), u.undo()).thenAccept(x -> services.status("Undone: " + u.label()));
    }

    /** @return completes with the case after attaching suggestion {@code index} (from 1) as evidence */
    public CompletableFuture<Case> attach(String caseId, int index) {
        return change("Attach evidence to " + caseId, (s, actor, m) -> s.attach(actor, caseId, index));
    }

    /** @return completes with the case after the verdict is proposed */
    public CompletableFuture<Case> propose(String caseId, String rating, String rationale, List<Source> sources) {
        return change("Propose " + rating + " for " + caseId, (s, actor, m) -> s.propose(actor, caseId, rating, rationale, sources));
    }

    /** @return completes with the case after the verdict is sent back */
    public CompletableFuture<Case> reject(String caseId, String comment) {
        return change("Reject the verdict of " + caseId, (s, actor, m) -> s.reject(actor, caseId, comment));
    }

    /** @return completes with the case after the sign-off */
    public CompletableFuture<Case> signOff(String caseId) {
        return change("Sign off " + caseId, (s, actor, m) -> s.signOff(actor, caseId));
    }

    /** @return completes with the case after publication */
    public CompletableFuture<Case> publish(String caseId, String url) {
        return change("Publish " + caseId, (s, actor, m) -> s.publish(actor, caseId, url));
    }

    /** @return completes with the case after it is reopened for a correction */
    public CompletableFuture<Case> correct(String caseId, String reason) {
        return change("Reopen " + caseId + " for a correction", (s, actor, m) -> s.reopen(actor, caseId, reason));
    }

    /** @return completes with the case's history, read from the journal */
    public CompletableFuture<List<CaseEvent>> history(String caseId) {
        return read("History of " + caseId, s -> s.history(caseId));
    }

    /**
     * @param caseId     the case
     * @param publishUrl the URL typed for publication, or blank
     * @return completes with the ClaimReview preview
     */
    public CompletableFuture<Preview> preview(String caseId, String publishUrl) {
        Optional<ExportService> exports = services.exports();
        if (exports.isEmpty()) {
            return CompletableFuture.completedFuture(new Preview(caseId, false, null, List.of("the export service is not running (bundle org.factdesk.export.service)"),
                    List.of()));
        }
        String editor = user().orElse(null);
        return read("ClaimReview preview of " + caseId, s -> Preview.of(exports.get(), s, caseId, publishUrl, editor));
    }

    /**
     * Exports cases to a file or directory through the export service (atomically).
     *
     * @param format  the exporter's format
     * @param caseIds the cases; all when empty
     * @param target  the file (or directory, for several cases of a per-case format)
     * @return completes with what was written and refused
     */
    public CompletableFuture<ExportOutcome> export(String format, List<String> caseIds, Path target) {
        Optional<ExportService> exports = services.exports();
        if (exports.isEmpty()) {
            services.error("The export service is not running (bundle org.factdesk.export.service)", null);
            return CompletableFuture.failedFuture(new IllegalStateException("no export service"));
        }
        return read("Export " + format + " to " + target.getFileName(), s -> {
            Exporter exporter = exports.get().exporter(format);
            List<FactCheck> checks = exports.get().factChecks(s, caseIds);
            return exports.get().export(exporter, checks, target);
        });
    }

    /** @return completes with the journal's verification, entry by entry as far as the case histories tell */
    public CompletableFuture<AuditResult> audit() {
        return read("Verifying the journal", s -> {
            AuditReport r = s.audit();
            Map<Long, CaseEvent> events = new HashMap<>();
            Map<Long, String> caseOf = new HashMap<>();
            for (Case c : s.cases()) {
                for (CaseEvent e : s.history(c.id())) {
                    events.putIfAbsent(e.seq(), e);
                    caseOf.merge(e.seq(), c.id(), (a, b) -> a + ", " + b);
                }
            }
            List<AuditEntry> entries = new ArrayList<>();
            for (long seq = 1; seq <= r.entries(); seq++) {
                String verdict = r.intact() || seq < r.firstBad() ? "verified" : seq == r.firstBad() ? "FIRST BAD: " + r.problem() : "not verified";
                entries.add(new AuditEntry(seq, events.get(seq), caseOf.get(seq), verdict));
            }
            return new AuditResult(r, entries);
        });
    }

    /** Work in a read-only session. */
    @FunctionalInterface
    public interface ReadWork<T> {
        /** @param s the session @return the result @throws Exception if it fails */
        T run(DeskSession s) throws Exception;
    }

    /**
     * Reads the workspace in a read-only session, as a job.
     *
     * @param <T>   the result
     * @param title the job's title
     * @param work  the reading
     * @return completes on the event dispatch thread
     */
    public <T> CompletableFuture<T> read(String title, ReadWork<T> work) {
        Optional<CaseDesk> desk = services.caseDesk();
        if (desk.isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalStateException("the workflow is not running (bundle org.factdesk.workflow)"));
        }
        Path ws = services.workspace();
        return job(title, m -> {
            try (DeskSession s = Sessions.open(desk.get(), ws, services.keys(), Access.READ_ONLY, m)) {
                return work.run(s);
            }
        }, x -> {
        });
    }

    // --- import

    /**
     * Imports files, folders, URLs or pasted text into the workspace, as {@code factdesk import}
     * does, then opens the first article.
     *
     * @param inputs  what to read, as named ({@code -} for {@code stdin})
     * @param stdin   what {@code -} reads (pasted text), or null
     * @param options score threshold and publication details
     * @return completes with what was imported (the user was told of problems)
     */
    public CompletableFuture<ImportResult> importInputs(List<String> inputs, InputStream stdin, DeskImport.Options options) {
        Optional<DeskImport> imports = services.deskImport();
        if (imports.isEmpty()) {
            services.error("Import is not available: the intake is not running (bundle org.factdesk.intake)", null);
            return CompletableFuture.failedFuture(new IllegalStateException("no intake"));
        }
        List<String> in = List.copyOf(inputs);
        String title = in.size() == 1 ? "Import " + (in.get(0).equals("-") ? "pasted text" : in.get(0)) : "Import " + in.size() + " inputs";
        return change(title, (s, actor, m) -> {
            List<ImportResult.Imported> done = new ArrayList<>();
            List<InputProblem> problems = new ArrayList<>();
            imports.get().importInto(s, actor, new Request(in, services.workingDirectory(), stdin), options, new DeskImport.Listener() {
                @Override
                public void imported(String location, Article article, List<Case> opened, List<Case> joined) {
                    done.add(new ImportResult.Imported(location, article, opened, joined));
                }

                @Override
                public void problem(InputProblem problem) {
                    problems.add(problem);
                }
            }, m);
            return new ImportResult(done, problems);
        }).thenApply(r -> {
            services.status(r.summary());
            if (!r.problems().isEmpty()) {
                services.error("Some inputs could not be imported:\n" + r.problems().stream().map(InputProblem::line).collect(Collectors.joining("\n")), null);
            }
            if (!r.articles().isEmpty()) {
                openArticle(r.articles().get(0).article().id());
            }
            return r;
        });
    }

    /**
     * Checks files, folders or URLs without importing them: each article opens in the editor, its
     * claims and findings shown, nothing is stored.
     *
     * @param inputs what to read
     * @return completes with the articles opened
     */
    public CompletableFuture<List<OpenArticle>> checkOnly(List<String> inputs) {
        Optional<Intake> intake = services.intake();
        Optional<Pipeline> pipeline = services.pipeline();
        if (intake.isEmpty() || pipeline.isEmpty()) {
            services.error("Checking is not available: the intake or the pipeline is not running", null);
            return CompletableFuture.failedFuture(new IllegalStateException("no pipeline"));
        }
        List<String> in = List.copyOf(inputs);
        return job("Check " + (in.size() == 1 ? in.get(0) : in.size() + " inputs"), m -> {
            List<ArticleReport> reports = new ArrayList<>();
            List<InputProblem> problems = new ArrayList<>();
            intake.get().read(new Request(in, services.workingDirectory()), new org.factdesk.api.intake.Receiver<RuntimeException>() {
                @Override
                public void article(String location, Article article) {
                    reports.add(pipeline.get().check(article));
                }

                @Override
                public void problem(InputProblem problem) {
                    problems.add(problem);
                }
            }, m);
            return Map.entry(reports, problems);
        }, x -> {
        }).thenApply(x -> {
            if (!x.getValue().isEmpty()) {
                services.error("Some inputs could not be read:\n" + x.getValue().stream().map(InputProblem::line).collect(Collectors.joining("\n")), null);
            }
            List<OpenArticle> out = new ArrayList<>();
            for (ArticleReport r : x.getKey()) {
                OpenArticle a = new OpenArticle(r.article(), false, List.of(), false, false, Map.of(), null).withReport(r);
                putOpen(a);
                out.add(a);
            }
            if (!out.isEmpty()) {
                activate(out.get(0).id());
            }
            return out;
        });
    }

    // --- open articles

    /** @return the open articles, in the order opened */
    public List<OpenArticle> openArticles() {
        return List.copyOf(open.values());
    }

    /** @return the open article with this id */
    public Optional<OpenArticle> opened(String id) {
        return Optional.ofNullable(open.get(id));
    }

    /** @return the article shown in the editor */
    public Optional<OpenArticle> activeArticle() {
        return Optional.ofNullable(activeArticle == null ? null : open.get(activeArticle));
    }

    /** @param id the article the editor shows now */
    public void activate(String id) {
        if (open.containsKey(id) && !id.equals(activeArticle)) {
            activeArticle = id;
            fireArticle(open.get(id));
        }
        services.showView(org.factdesk.workbench.api.StandardViews.ARTICLE);
    }

    /**
     * Opens an article of the workspace in the editor: its text and its cases' claims at once, then
     * every claim with the findings of the checkers running now, from a check in the background.
     *
     * @param articleId the article
     * @return completes when the text is shown (the check goes on)
     */
    public CompletableFuture<OpenArticle> openArticle(String articleId) {
        OpenArticle already = open.get(articleId);
        if (already != null) {
            activate(articleId);
            return CompletableFuture.completedFuture(already);
        }
        List<ClaimReport> fromCases = new ArrayList<>();
        for (Claim c : snapshot.claimsIn(articleId)) {
            fromCases.add(new ClaimReport(c, snapshot.caseOf(c).map(Case::suggestions).orElse(List.of()), List.of()));
        }
        return read("Open article " + articleId, s -> s.article(articleId)
                .orElseThrow(() -> new WorkflowException("article " + articleId + " is not in the workspace"))).thenApply(a -> {
                    OpenArticle o = new OpenArticle(a, true, fromCases, false, false, Map.of(), null);
                    putOpen(o);
                    activate(a.id());
                    recheck(List.of(a.id()), "opened");
                    return o;
                });
    }

    /** @param id the article to close in the editor */
    public void closeArticle(String id) {
        if (open.remove(id) != null) {
            if (id.equals(activeArticle)) {
                activeArticle = open.isEmpty() ? null : open.keySet().iterator().next();
            }
            fireArticle(null);
        }
    }

    private void putOpen(OpenArticle a) {
        open.put(a.id(), a);
        if (activeArticle == null) {
            activeArticle = a.id();
        }
        fireArticle(a);
    }

    private void fireArticle(OpenArticle a) {
        for (Listener l : listeners) {
            l.articlesChanged(a);
        }
    }

    /**
     * Checks open articles again with the checkers running now, in the background; the changes in
     * their findings are kept for the inspector.
     *
     * @param ids    the articles
     * @param reason why, for the job's title
     * @return completes when all are checked
     */
    public CompletableFuture<Void> recheck(List<String> ids, String reason) {
        Optional<Pipeline> pipeline = services.pipeline();
        List<OpenArticle> articles = ids.stream().map(open::get).filter(java.util.Objects::nonNull).toList();
        if (pipeline.isEmpty() || articles.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        for (OpenArticle a : articles) {
            OpenArticle c = a.checking(true);
            open.put(c.id(), c);
            fireArticle(c);
        }
        String title = articles.size() == 1 ? "Checking " + articles.get(0).title() : "Checking " + articles.size() + " open articles (" + reason + ")";
        return this.<List<ArticleReport>>job(title, m -> {
            m.begin(title, articles.size());
            List<ArticleReport> out = new ArrayList<>();
            for (OpenArticle a : articles) {
                m.checkCancelled();
                m.message(a.title());
                out.add(pipeline.get().check(a.article()));
                m.worked(1);
            }
            return out;
        }, reports -> {
            for (ArticleReport r : reports) {
                OpenArticle before = open.get(r.article().id());
                if (before != null) {
                    OpenArticle after = before.withReport(r);
                    open.put(after.id(), after);
                    fireArticle(after);
                }
            }
        }).whenComplete((r, e) -> {
            if (e != null) {
                for (OpenArticle a : articles) {
                    OpenArticle now = open.get(a.id());
                    if (now != null && now.checking()) {
                        OpenArticle c = now.checking(false);
                        open.put(c.id(), c);
                        fireArticle(c);
                    }
                }
            }
        }).thenApply(r -> null);
    }

    private void recheckOpen(String reason) {
        if (!open.isEmpty()) {
            recheck(List.copyOf(open.keySet()), reason);
        }
    }

    // --- live swap

    /**
     * The checkers running now changed: findings of a checker (or a version of it) that is gone
     * become stale, and the open articles are checked again shortly (changes come in bursts: a
     * bundle update unregisters, then registers).
     *
     * @param now checker id to the versions registered now
     */
    public void checkersChanged(Map<String, Set<String>> now) {
        boolean first = checkers == null;
        checkers = Map.copyOf(now);
        for (Listener l : listeners) {
            l.checkersChanged();
        }
        if (!first && !open.isEmpty()) {
            recheckTimer.restart();
        }
    }

    /** @return true if the checker (in that version) that made the finding is no longer running */
    public boolean isStale(Finding f) {
        Map<String, Set<String>> c = checkers;
        return c != null && f.checker() != null && !c.getOrDefault(f.checker(), Set.of()).contains(f.version());
    }

    /**
     * The findings on a claim, as the views show them: from the open article it stands in (the
     * latest check), else from its case (what the checkers found at import).
     *
     * @param claim the claim
     * @return the findings
     */
    public List<Finding> findings(Claim claim) {
        OpenArticle a = open.get(articleOf(claim));
        if (a != null && a.claim(claim.id()).isPresent()) {
            return a.findings(claim.id());
        }
        return snapshot.caseOf(claim).map(Case::suggestions).orElse(List.of());
    }

    /** @return what the latest re-check changed in the claim's findings */
    public List<FindingChange> changes(Claim claim) {
        OpenArticle a = open.get(articleOf(claim));
        return a == null ? List.of() : a.changes().getOrDefault(claim.id(), List.of());
    }

    /** @return the article id a claim id starts with ({@code ARTICLE#START}) */
    public static String articleOf(Claim claim) {
        int hash = claim.id().lastIndexOf('#');
        return hash < 0 ? "" : claim.id().substring(0, hash);
    }

    // --- watching the workspace for changes by others (the command line, another desk)

    /** Starts following the workspace directory: a change made there by anyone is read again shortly. */
    public void startWatching() {
        if (watcher != null) {
            return;
        }
        Path ws = services.workspace();
        Path dir = Files.isDirectory(ws) ? ws : ws.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        try {
            watchService = dir.getFileSystem().newWatchService();
            dir.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException | UnsupportedOperationException e) {
            return; // no notifications here: F5 refreshes
        }
        WatchService w = watchService;
        boolean parent = !dir.equals(ws);
        watcher = new Thread(() -> {
            try {
                while (true) {
                    WatchKey key = w.take();
                    boolean relevant = key.pollEvents().stream().anyMatch(e -> !parent || ws.getFileName().equals(e.context()));
                    key.reset();
                    if (relevant) {
                        SwingUtilities.invokeLater(() -> {
                            refreshTimer.restart();
                            if (parent) {
                                stopWatching();
                                startWatching(); // the workspace was created: watch it now
                            }
                        });
                    }
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                // stopped
            }
        }, "FactDesk workspace watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Stops following the workspace directory. */
    public void stopWatching() {
        if (watchService != null) {
            try {
                watchService.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        watchService = null;
        watcher = null;
    }

    /** Stops timers and the watcher. */
    public void dispose() {
        stopWatching();
        recheckTimer.stop();
        refreshTimer.stop();
    }

    // --- jobs

    /**
     * Runs work as a job and applies its result on the event dispatch thread. Failures are told to
     * the user: a refusal of the workflow as it words it, a cancel in the status bar.
     */
    private <T> CompletableFuture<T> job(String title, Job.Work<T> work, Consumer<T> onEdt) {
        CompletableFuture<T> done = new CompletableFuture<>();
        services.run(Job.of(title, work)).whenComplete((r, e) -> SwingUtilities.invokeLater(() -> {
            if (e != null) {
                Throwable cause = unwrap(e);
                tell(title, cause);
                done.completeExceptionally(cause);
                return;
            }
            try {
                onEdt.accept(r);
                done.complete(r);
            } catch (RuntimeException x) {
                services.error(title + " failed: " + x.getMessage(), x);
                done.completeExceptionally(x);
            }
        }));
        return done;
    }

    private void tell(String title, Throwable cause) {
        if (cause instanceof CancelledException || cause instanceof CancellationException || cause instanceof InterruptedException) {
            services.status(title + ": cancelled");
        } else if (cause instanceof WorkflowException w && Sessions.locked(w)) {
            services.error(title + ": the workspace is being written by another process; try again in a moment (" + w.getMessage() + ")", null);
        } else if (cause instanceof WorkflowException w) {
            services.error("Refused: " + w.getMessage(), null);
        } else {
            services.error(title + " failed: " + (cause.getMessage() == null ? cause.toString() : cause.getMessage()), cause);
        }
    }

    /** @return the failure inside a future's wrapping */
    public static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof java.util.concurrent.ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}

package org.factdesk.workflow.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;

import org.factdesk.api.desk.Case;
import org.factdesk.api.desk.CaseState;
import org.factdesk.api.desk.Person;
import org.factdesk.api.desk.Role;
import org.factdesk.api.desk.SignOff;
import org.factdesk.api.desk.Source;
import org.factdesk.api.desk.WorkflowException;

/**
 * The workflow's rules: who may do what to which case in which state. The session checks every
 * change with them before it is written, and the audit checks every entry of the journal with the
 * same code against the state as it stood, so an entry written around FactDesk (an admin added by
 * a fact-checker, a publication without a sign-off) is found.
 */
final class Rules {

    private static final Pattern USER_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,31}");

    /** Each event type's data. */
    static final Map<String, Class<?>> EVENTS = Map.ofEntries(
            Map.entry(Events.PERSON_ADDED, Events.PersonAdded.class),
            Map.entry(Events.PERSON_ROLE_CHANGED, Events.PersonRoleChanged.class),
            Map.entry(Events.PERSON_KEY_CHANGED, Events.PersonKeyChanged.class),
            Map.entry(Events.DESK_CONFIGURED, Events.DeskConfigured.class),
            Map.entry(Events.ARTICLE_IMPORTED, Events.ArticleImported.class),
            Map.entry(Events.CASE_SELECTED, Events.CaseSelected.class),
            Map.entry(Events.CASE_ASSIGNED, Events.CaseAssigned.class),
            Map.entry(Events.EVIDENCE_ATTACHED, Events.EvidenceAttached.class),
            Map.entry(Events.VERDICT_PROPOSED, Events.VerdictProposed.class),
            Map.entry(Events.VERDICT_REJECTED, Events.VerdictRejected.class),
            Map.entry(Events.VERDICT_SIGNED, Events.VerdictSigned.class),
            Map.entry(Events.CASE_PUBLISHED, Events.CasePublished.class),
            Map.entry(Events.CASE_REOPENED, Events.CaseReopened.class));

    private Rules() {
    }

    /**
     * Whether {@code actor} may record {@code event} on {@code s}.
     *
     * @throws WorkflowException saying which rule the change breaks
     */
    static void check(DeskState s, String actor, Object event) throws WorkflowException {
        if (event instanceof Events.PersonAdded a) {
            Person p = a.person();
            if (!USER_ID.matcher(p.id()).matches()) {
                throw new WorkflowException("\"" + p.id() + "\" is not a user name: lower-case letters, digits, '.', '-', '_', up to 32");
            }
            if (p.name().isBlank()) {
                throw new WorkflowException("a person needs a name");
            }
            if (s.people.containsKey(p.id())) {
                Person there = s.people.get(p.id());
                throw new WorkflowException(p.id() + " is already at this desk (" + there.name() + ", " + role(there.role()) + ")");
            }
            if (s.people.isEmpty()) {
                if (p.role() != Role.ADMIN || !actor.equals(p.id())) {
                    throw new WorkflowException("the first person of a workspace must be an admin adding themselves (--as " + p.id() + " --role admin)");
                }
            } else {
                admin(s, actor, "adds people");
            }
            if (!KeyRing.isPublicKey(p.publicKey())) {
                throw new WorkflowException(p.id() + "'s public key is not an Ed25519 public key (X.509, Base64)");
            }
            return;
        }
        if (event instanceof Events.PersonRoleChanged r) {
            admin(s, actor, "changes roles");
            Person p = person(s, r.id());
            if (p.role() == Role.ADMIN && r.role() != Role.ADMIN && s.people.values().stream().filter(x -> x.role() == Role.ADMIN).count() == 1) {
                throw new WorkflowException(p.id() + " is the desk's only admin: make another admin first");
            }
            return;
        }
        if (event instanceof Events.PersonKeyChanged k) {
            Person p = person(s, k.id());
            if (!actor.equals(p.id())) {
                admin(s, actor, "changes another person's key");
            }
            if (k.publicKey() != null && !KeyRing.isPublicKey(k.publicKey())) {
                throw new WorkflowException("the new key of " + p.id() + " is not an Ed25519 public key (X.509, Base64)");
            }
            return;
        }
        if (event instanceof Events.DeskConfigured d) {
            admin(s, actor, "changes the desk's rules");
            // a signed-off or published verdict must stay exportable: its rating stays on the scale
            for (Case c : s.cases.all()) {
                boolean decided = c.signOff() != null || c.publication() != null || !c.corrections().isEmpty();
                if (decided && c.verdict() != null && d.rules().scale().find(c.verdict().rating()).isEmpty()) {
                    throw new WorkflowException("the new rating scale leaves out \"" + c.verdict().rating() + "\", the rating of "
                            + (c.publication() != null ? "published" : "signed-off") + " case " + c.id() + "; keep it on the scale");
                }
            }
            return;
        }
        Person by = person(s, actor);
        if (event instanceof Events.ArticleImported a) {
            if (s.articles.containsKey(a.article().id())) {
                throw new WorkflowException("article " + a.article().id() + " is already in the workspace");
            }
            int next = s.nextCase;
            for (Events.OpenedCase o : a.cases()) {
                if (!o.caseId().equals("C-" + next++)) {
                    throw new WorkflowException("opens case " + o.caseId() + " where the next case is C-" + (next - 1));
                }
            }
            for (Events.OpenedCase j : a.joined() == null ? java.util.List.<Events.OpenedCase>of() : a.joined()) {
                kase(s, j.caseId());
            }
        } else if (event instanceof Events.CaseSelected e) {
            expect(kase(s, e.caseId()), "select", CaseState.DETECTED);
        } else if (event instanceof Events.CaseAssigned e) {
            Person to = person(s, e.assignee());
            expect(kase(s, e.caseId()), "assign", CaseState.DETECTED, CaseState.SELECTED, CaseState.IN_REVIEW);
            if (!to.id().equals(by.id()) && !by.role().canSignOff()) {
                throw new WorkflowException("only an editor assigns a case to someone else; " + actor + " is " + role(by.role())
                        + " (take it yourself: --as " + e.assignee() + ")");
            }
        } else if (event instanceof Events.EvidenceAttached e) {
            Case c = expect(kase(s, e.caseId()), "attach evidence to", CaseState.DETECTED, CaseState.SELECTED, CaseState.IN_REVIEW);
            if (!c.suggestions().contains(e.finding())) {
                throw new WorkflowException(c.id() + ": the evidence is not one of its checkers' suggestions");
            }
            if (c.evidence().contains(e.finding())) {
                throw new WorkflowException(c.id() + ": suggestion " + (c.suggestions().indexOf(e.finding()) + 1) + " is already attached as evidence");
            }
        } else if (event instanceof Events.VerdictProposed e) {
            Case c = kase(s, e.caseId());
            if (c.state() == CaseState.PUBLISHED) {
                throw new WorkflowException(c.id() + " is published: its verdict cannot change until an editor reopens it for a correction"
                        + " (factdesk case correct " + c.id() + " --reason ...)");
            }
            expect(c, "propose a verdict for", CaseState.IN_REVIEW);
            if (c.assignee() != null && !c.assignee().equals(actor) && !by.role().canSignOff()) {
                throw new WorkflowException(c.id() + " is assigned to " + c.assignee() + "; " + actor + " cannot propose its verdict");
            }
            if (s.rules.scale().find(e.rating()).filter(r -> r.id().equals(e.rating())).isEmpty()) {
                throw new WorkflowException("\"" + e.rating() + "\" is not on the desk's scale ("
                        + String.join(", ", s.rules.scale().ratings().stream().map(r -> r.id()).toList()) + ")");
            }
            if (e.rationale() == null || e.rationale().isBlank()) {
                throw new WorkflowException("a verdict needs a rationale: why is it " + e.rating() + "?");
            }
            if (e.sources() == null || e.sources().isEmpty()) {
                throw new WorkflowException("a verdict needs at least one source, detailed enough to repeat the check (--source URL|what it shows|date)");
            }
            for (Source src : e.sources()) {
                if (src.location().isBlank() || src.shows().isBlank()) {
                    throw new WorkflowException("each source needs a location (URL or document) and what it shows: " + src);
                }
            }
        } else if (event instanceof Events.VerdictRejected e) {
            Case c = expect(kase(s, e.caseId()), "reject the verdict of", CaseState.VERDICT_PROPOSED);
            editor(by, "rejecting a verdict");
            if (e.comment() == null || e.comment().isBlank()) {
                throw new WorkflowException("a rejection needs a comment saying what must change (--comment ...)");
            }
            sameVerdict(c, e.verdict());
        } else if (event instanceof Events.VerdictSigned e) {
            Case c = expect(kase(s, e.caseId()), "sign off", CaseState.VERDICT_PROPOSED);
            editor(by, "signing off");
            if (s.rules.fourEyes() && c.verdict().proposedBy().equals(actor)) {
                throw new WorkflowException("four eyes: " + actor + " proposed this verdict, so another editor must sign it off");
            }
            sameVerdict(c, e.verdict());
            if (!KeyRing.verify(by.publicKey(), SignOff.payload(c.id(), e.verdict(), actor, e.signedAt()), e.signature())) {
                throw new WorkflowException("the sign-off signature does not verify with " + actor + "'s public key");
            }
        } else if (event instanceof Events.CasePublished e) {
            Case c = expect(kase(s, e.caseId()), "publish", CaseState.SIGNED_OFF);
            editor(by, "publishing");
            if (e.url() == null || !Session.isWebUrl(e.url())) {
                throw new WorkflowException("publishing needs the fact-check's URL, an absolute http(s) URL (--url ...), not "
                        + (e.url() == null ? "nothing" : "\"" + e.url() + "\""));
            }
            if (!c.verdict().rating().equals(e.rating())) {
                throw new WorkflowException("publishes " + c.id() + " as " + e.rating() + ", but its signed-off verdict is " + c.verdict().rating());
            }
        } else if (event instanceof Events.CaseReopened e) {
            expect(kase(s, e.caseId()), "reopen for a correction", CaseState.PUBLISHED);
            editor(by, "reopening a published fact-check");
            if (e.reason() == null || e.reason().isBlank()) {
                throw new WorkflowException("a correction needs its reason, which is published with it (--reason ...)");
            }
        }
    }

    private static void sameVerdict(Case c, String verdict) throws WorkflowException {
        if (!c.verdict().entry().equals(verdict)) {
            throw new WorkflowException("names verdict " + verdict + ", but the verdict proposed for " + c.id() + " is " + c.verdict().entry());
        }
    }

    private static void admin(DeskState s, String actor, String what) throws WorkflowException {
        Person p = s.people.get(actor);
        if (p == null) {
            throw new WorkflowException("only an admin " + what + ": " + actor + " is not at this desk (people: " + String.join(", ", s.people.keySet()) + ")");
        }
        if (p.role() != Role.ADMIN) {
            throw new WorkflowException("only an admin " + what + "; " + actor + " is " + role(p.role()));
        }
    }

    private static void editor(Person by, String what) throws WorkflowException {
        if (!by.role().canSignOff()) {
            throw new WorkflowException(what + " needs the editor role; " + by.id() + " is " + role(by.role()));
        }
    }

    static Person person(DeskState s, String id) throws WorkflowException {
        Person p = s.people.get(id);
        if (p == null) {
            throw new WorkflowException(s.people.isEmpty() ? "nobody is at this desk yet: add the first admin (factdesk user add ID --name NAME --role admin --as ID)"
                    : "\"" + id + "\" is not at this desk (people: " + String.join(", ", s.people.keySet()) + ")");
        }
        return p;
    }

    static Case kase(DeskState s, String id) throws WorkflowException {
        Case c = s.cases.get(id == null ? "" : id.toUpperCase(java.util.Locale.ROOT));
        if (c == null) {
            throw new WorkflowException("no case \"" + id + "\" in this workspace"
                    + (s.cases.isEmpty() ? " (import an article first)" : " (cases C-1..C-" + (s.nextCase - 1) + "; factdesk case list)"));
        }
        return c;
    }

    static Case expect(Case c, String action, CaseState... allowed) throws WorkflowException {
        for (CaseState st : allowed) {
            if (c.state() == st) {
                return c;
            }
        }
        throw new WorkflowException("cannot " + action + " " + c.id() + ": it is " + History.state(c.state()) + " (that needs it "
                + String.join(" or ", Arrays.stream(allowed).map(History::state).toList()) + ")");
    }

    static String role(Role r) {
        return switch (r) {
            case FACT_CHECKER -> "a fact-checker";
            case EDITOR -> "an editor";
            case ADMIN -> "an admin";
        };
    }
}

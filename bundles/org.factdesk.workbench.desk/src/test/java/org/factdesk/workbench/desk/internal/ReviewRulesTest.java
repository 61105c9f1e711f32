package org.factdesk.workbench.desk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.factdesk.api.desk.Case;
import org.factdesk.api.desk.CaseState;
import org.factdesk.api.desk.ClaimAppearance;
import org.factdesk.api.desk.DeskRules;
import org.factdesk.api.desk.DeskSession;
import org.factdesk.api.desk.Person;
import org.factdesk.api.desk.Role;
import org.factdesk.api.desk.Verdict;
import org.factdesk.api.desk.WorkflowException;
import org.factdesk.workbench.desk.internal.ReviewRules.Action;
import org.factdesk.workbench.desk.internal.ReviewRules.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the views enable against what the real workflow then does: every action, for every person
 * (admin, fact-checkers, editors), in every state a case can be in, with four eyes on and off.
 */
class ReviewRulesTest {

    @TempDir
    Path dir;

    /** The states the sweep puts a case in; the prepared case is consumed when an action succeeds on it. */
    enum Scenario {
        DETECTED, DETECTED_NO_FINDINGS, SELECTED, IN_REVIEW_ANA, IN_REVIEW_NO_FINDINGS, PROPOSED_BY_ANA, PROPOSED_BY_BEN, SIGNED_OFF, PUBLISHED,
        REOPENED
    }

    static String prepare(RealDesk d, Scenario s) throws WorkflowException {
        DeskSession w = d.session;
        String id = d.newCase(s != Scenario.DETECTED_NO_FINDINGS && s != Scenario.IN_REVIEW_NO_FINDINGS).id();
        switch (s) {
            case DETECTED, DETECTED_NO_FINDINGS -> {
            }
            case SELECTED -> w.select("ana", id);
            case IN_REVIEW_ANA, IN_REVIEW_NO_FINDINGS -> w.assign("ana", id, "ana");
            case PROPOSED_BY_ANA -> {
                w.assign("ana", id, "ana");
                w.propose("ana", id, "false", "Acme sold fewer", RealDesk.sources());
            }
            case PROPOSED_BY_BEN -> {
                w.assign("ben", id, "ben");
                w.propose("ben", id, "false", "Acme sold fewer", RealDesk.sources());
            }
            case SIGNED_OFF, PUBLISHED, REOPENED -> {
                w.assign("ana", id, "ana");
                w.propose("ana", id, "false", "Acme sold fewer", RealDesk.sources());
                w.signOff("ben", id);
                if (s != Scenario.SIGNED_OFF) {
                    w.publish("ben", id, "https://factdesk.example/" + id);
                }
                if (s == Scenario.REOPENED) {
                    w.reopen("ben", id, "the year was wrong");
                }
            }
        }
        return id;
    }

    static void perform(DeskSession w, Action a, String who, String id) throws WorkflowException {
        switch (a) {
            case SELECT -> w.select(who, id);
            case ASSIGN_TO_ME -> w.assign(who, id, who);
            case ATTACH -> w.attach(who, id, 1);
            case PROPOSE -> w.propose(who, id, "true", "Acme's report says so", RealDesk.sources());
            case REJECT -> w.reject(who, id, "needs a second source");
            case SIGN_OFF -> w.signOff(who, id);
            case PUBLISH -> w.publish(who, id, "https://factdesk.example/" + id);
            case CORRECT -> w.reopen(who, id, "a correction");
        }
    }

    @ParameterizedTest(name = "four eyes {0}")
    @ValueSource(booleans = {true, false})
    void theDeskAllowsExactlyWhatTheWorkflowAllowsAndWordsRefusalsAsItDoes(boolean fourEyes) throws Exception {
        Set<String> disagreements = new TreeSet<>();
        Set<Action> allowedSomewhere = EnumSet.noneOf(Action.class);
        int checked = 0;
        try (RealDesk d = new RealDesk(dir)) {
            d.fourEyes(fourEyes);
            for (Scenario scenario : Scenario.values()) {
                String id = null;
                for (String person : RealDesk.PEOPLE) {
                    for (Action action : Action.values()) {
                        if (id == null) {
                            id = prepare(d, scenario);
                        }
                        DeskSnapshot snap = DeskSnapshot.of(d.session);
                        Case c = snap.find(id).orElseThrow();
                        Person who = snap.person(person).orElseThrow();
                        Decision desk = ReviewRules.check(action, c, who, snap.rules());
                        assertThat(desk.reason().isEmpty()).as("a decision has a reason exactly when it refuses: %s", desk).isEqualTo(desk.allowed());
                        String refusal = null;
                        try {
                            perform(d.session, action, person, id);
                        } catch (WorkflowException e) {
                            refusal = e.getMessage();
                        }
                        checked++;
                        String where = scenario + " " + person + " " + action;
                        if (desk.allowed() != (refusal == null)) {
                            disagreements.add(where + ": desk " + (desk.allowed() ? "allows" : "refuses (" + desk.reason() + ")") + ", workflow "
                                    + (refusal == null ? "allows" : "refuses (" + refusal + ")"));
                        } else if (refusal != null && !refusal.startsWith(desk.reason())) {
                            disagreements.add(where + ": words: desk \"" + desk.reason() + "\", workflow \"" + refusal + "\"");
                        }
                        if (refusal == null) {
                            allowedSomewhere.add(action);
                            id = null; // the action changed the case: the next one gets a fresh case in this state
                        }
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(Scenario.values().length * RealDesk.PEOPLE.size() * Action.values().length);
        assertThat(allowedSomewhere).as("every action went through the workflow at least once").containsExactlyInAnyOrder(Action.values());
        // The only differences: the desk does not offer "take" on a case its user already has in review (the
        // workflow would record a second, empty assignment), and says "no checker findings" where the
        // workflow counts suggestions (1..0).
        assertThat(disagreements).allSatisfy(x -> assertThat(x).matches(
                "(IN_REVIEW_ANA|IN_REVIEW_NO_FINDINGS|REOPENED) ana ASSIGN_TO_ME: desk refuses \\(C-\\d+ is already yours\\), workflow allows"
                        + "|(DETECTED_NO_FINDINGS|IN_REVIEW_NO_FINDINGS) \\w+ ATTACH: words: desk \"C-\\d+ has no checker findings to attach\", "
                        + "workflow \"C-\\d+ has 0 suggestions \\(1\\.\\.0\\), not 1\""));
        assertThat(disagreements).hasSize(3 + 2 * RealDesk.PEOPLE.size());
    }

    @Test
    void fourEyesTheEditorWhoProposedCannotSignOffAnotherEditorCan() throws Exception {
        try (RealDesk d = new RealDesk(dir)) {
            String id = prepare(d, Scenario.PROPOSED_BY_BEN);
            DeskSnapshot snap = DeskSnapshot.of(d.session);
            Case c = snap.find(id).orElseThrow();
            assertThat(c.verdict().proposedBy()).isEqualTo("ben");

            Decision ben = ReviewRules.check(Action.SIGN_OFF, c, snap.person("ben").orElseThrow(), snap.rules());
            assertThat(ben.allowed()).isFalse();
            assertThat(ben.reason()).isEqualTo("four eyes: ben proposed this verdict, so another editor must sign it off");
            assertThat(ReviewRules.check(Action.SIGN_OFF, c, snap.person("eve").orElseThrow(), snap.rules()).allowed()).isTrue();
            assertThat(ReviewRules.check(Action.SIGN_OFF, c, snap.person("maria").orElseThrow(), snap.rules()).allowed()).isTrue();
            // the proposer may still send their own verdict back
            assertThat(ReviewRules.check(Action.REJECT, c, snap.person("ben").orElseThrow(), snap.rules()).allowed()).isTrue();

            // without four eyes the proposer may sign off, and the workflow agrees
            d.fourEyes(false);
            snap = DeskSnapshot.of(d.session);
            assertThat(ReviewRules.check(Action.SIGN_OFF, snap.find(id).orElseThrow(), snap.person("ben").orElseThrow(), snap.rules()).allowed()).isTrue();
            assertThat(d.session.signOff("ben", id).state()).isEqualTo(CaseState.SIGNED_OFF);
        }
    }

    @Test
    void aFactCheckerNeverSignsOffRejectsPublishesOrCorrects() throws Exception {
        try (RealDesk d = new RealDesk(dir)) {
            String proposed = prepare(d, Scenario.PROPOSED_BY_ANA);
            String signed = prepare(d, Scenario.SIGNED_OFF);
            String published = prepare(d, Scenario.PUBLISHED);
            DeskSnapshot snap = DeskSnapshot.of(d.session);
            Person carl = snap.person("carl").orElseThrow();
            DeskRules rules = snap.rules();
            assertThat(ReviewRules.check(Action.SIGN_OFF, snap.find(proposed).get(), carl, rules).reason())
                    .isEqualTo("signing off needs the editor role; carl is a fact-checker");
            assertThat(ReviewRules.check(Action.REJECT, snap.find(proposed).get(), carl, rules).reason())
                    .isEqualTo("rejecting a verdict needs the editor role; carl is a fact-checker");
            assertThat(ReviewRules.check(Action.PUBLISH, snap.find(signed).get(), carl, rules).reason())
                    .isEqualTo("publishing needs the editor role; carl is a fact-checker");
            assertThat(ReviewRules.check(Action.CORRECT, snap.find(published).get(), carl, rules).reason())
                    .isEqualTo("reopening a published fact-check needs the editor role; carl is a fact-checker");
            // the state is named before the role: a fact-checker asking to publish a proposed verdict hears what it needs
            assertThat(ReviewRules.check(Action.PUBLISH, snap.find(proposed).get(), carl, rules).reason())
                    .isEqualTo("cannot publish " + proposed + ": it is verdict proposed (that needs it signed off)");
        }
    }

    @Test
    void onlyTheAssigneeOrAnEditorProposesAVerdict() throws Exception {
        try (RealDesk d = new RealDesk(dir)) {
            String id = prepare(d, Scenario.IN_REVIEW_ANA);
            DeskSnapshot snap = DeskSnapshot.of(d.session);
            Case c = snap.find(id).get();
            assertThat(ReviewRules.check(Action.PROPOSE, c, snap.person("ana").get(), snap.rules()).allowed()).isTrue();
            assertThat(ReviewRules.check(Action.PROPOSE, c, snap.person("carl").get(), snap.rules()).reason())
                    .isEqualTo(id + " is assigned to ana; carl cannot propose its verdict");
            assertThat(ReviewRules.check(Action.PROPOSE, c, snap.person("ben").get(), snap.rules()).allowed()).isTrue();
            // a fact-checker may take over a case another has in review (the workflow allows it too)
            assertThat(ReviewRules.check(Action.ASSIGN_TO_ME, c, snap.person("carl").get(), snap.rules()).allowed()).isTrue();
            assertThat(ReviewRules.check(Action.ASSIGN_TO_ME, c, snap.person("ana").get(), snap.rules()).reason()).isEqualTo(id + " is already yours");
        }
    }

    // --- without a workspace

    static final Person ANA = new Person("ana", "Ana", Role.FACT_CHECKER, "key");
    static final Person BEN = new Person("ben", "Ben", Role.EDITOR, "key");
    static final Person MARIA = new Person("maria", "Maria", Role.ADMIN, "key");

    static Case kase(CaseState state, String assignee, Verdict verdict) {
        return new Case("C-7", List.of(), new ClaimAppearance("a1", null, null, null, null, null), List.of(), state, assignee,
                List.of(RealDesk.finding("org.x", org.factdesk.api.check.Stance.INFO, "x")), List.of(), verdict, null, List.of(), null, List.of(),
                Instant.EPOCH, null);
    }

    @Test
    void withoutACaseOrAPersonNothingIsAllowedAndTheReasonSaysWhatToDo() {
        for (Action a : Action.values()) {
            Decision none = ReviewRules.check(a, null, ANA, DeskRules.standard());
            assertThat(none).isEqualTo(new Decision(false, "no case chosen: pick one in Triage"));
            Decision nobody = ReviewRules.check(a, kase(CaseState.DETECTED, null, null), null, DeskRules.standard());
            assertThat(nobody).isEqualTo(new Decision(false, "who is working? choose who you are (Desk > Work As...)"));
        }
    }

    @Test
    void eachActionNeedsItsStates() {
        record Need(Action action, Set<CaseState> states) {
        }
        List<Need> needs = List.of(new Need(Action.SELECT, EnumSet.of(CaseState.DETECTED)),
                new Need(Action.ASSIGN_TO_ME, EnumSet.of(CaseState.DETECTED, CaseState.SELECTED, CaseState.IN_REVIEW)),
                new Need(Action.ATTACH, EnumSet.of(CaseState.DETECTED, CaseState.SELECTED, CaseState.IN_REVIEW)),
                new Need(Action.PROPOSE, EnumSet.of(CaseState.IN_REVIEW)), new Need(Action.REJECT, EnumSet.of(CaseState.VERDICT_PROPOSED)),
                new Need(Action.SIGN_OFF, EnumSet.of(CaseState.VERDICT_PROPOSED)), new Need(Action.PUBLISH, EnumSet.of(CaseState.SIGNED_OFF)),
                new Need(Action.CORRECT, EnumSet.of(CaseState.PUBLISHED)));
        Verdict byAna = new Verdict("false", "r", RealDesk.sources(), "ana", Instant.EPOCH, "h");
        List<String> wrong = new ArrayList<>();
        for (Need n : needs) {
            for (CaseState s : CaseState.values()) {
                boolean allowed = ReviewRules.check(n.action(), kase(s, "ana", byAna), BEN, DeskRules.standard()).allowed();
                if (allowed != n.states().contains(s)) {
                    wrong.add(n.action() + " in " + s + ": " + allowed);
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(ReviewRules.check(Action.ATTACH, kase(CaseState.SELECTED, null, null), ANA, DeskRules.standard()).reason()).isEmpty();
        assertThat(ReviewRules.check(Action.SELECT, kase(CaseState.IN_REVIEW, "ana", null), ANA, DeskRules.standard()).reason())
                .isEqualTo("cannot select C-7: it is in review (that needs it detected)");
        assertThat(ReviewRules.check(Action.ATTACH, kase(CaseState.PUBLISHED, "ana", byAna), ANA, DeskRules.standard()).reason())
                .isEqualTo("cannot attach evidence to C-7: it is published (that needs it detected or selected or in review)");
        assertThat(ReviewRules.check(Action.PROPOSE, kase(CaseState.PUBLISHED, "ana", byAna), ANA, DeskRules.standard()).reason())
                .isEqualTo("C-7 is published: its verdict cannot change until an editor reopens it for a correction");
    }

    @Test
    void anAdminHasTheEditorsRights() {
        Verdict byBen = new Verdict("false", "r", RealDesk.sources(), "ben", Instant.EPOCH, "h");
        assertThat(ReviewRules.check(Action.SIGN_OFF, kase(CaseState.VERDICT_PROPOSED, "ben", byBen), MARIA, DeskRules.standard()).allowed()).isTrue();
        assertThat(ReviewRules.check(Action.PUBLISH, kase(CaseState.SIGNED_OFF, "ben", byBen), MARIA, DeskRules.standard()).allowed()).isTrue();
        assertThat(ReviewRules.check(Action.CORRECT, kase(CaseState.PUBLISHED, "ben", byBen), MARIA, DeskRules.standard()).allowed()).isTrue();
        assertThat(ReviewRules.check(Action.PROPOSE, kase(CaseState.IN_REVIEW, "ben", byBen), MARIA, DeskRules.standard()).allowed()).isTrue();
        Verdict byMaria = new Verdict("false", "r", RealDesk.sources(), "maria", Instant.EPOCH, "h");
        assertThat(ReviewRules.check(Action.SIGN_OFF, kase(CaseState.VERDICT_PROPOSED, "maria", byMaria), MARIA, DeskRules.standard()).reason())
                .isEqualTo("four eyes: maria proposed this verdict, so another editor must sign it off");
    }
}

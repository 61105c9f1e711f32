package org.factdesk.workbench.desk.internal;

import org.factdesk.api.desk.Case;
import org.factdesk.api.desk.CaseState;
import org.factdesk.api.desk.DeskRules;
import org.factdesk.api.desk.Person;
import org.factdesk.api.desk.Role;

/**
 * Which workflow actions the current user may take on a case now, and why not: what enables the
 * views' buttons and the commands. It says what the workflow would say; the workflow still
 * decides (a refusal from it is shown as it words it).
 */
public final class ReviewRules {

    /** The actions of the workflow the views offer. */
    public enum Action {
        /** DETECTED -> SELECTED. */
        SELECT("select"),
        /** Take the case (assign to oneself). */
        ASSIGN_TO_ME("assign"),
        /** Attach a checker finding as evidence. */
        ATTACH("attach evidence to"),
        /** IN_REVIEW -> VERDICT_PROPOSED. */
        PROPOSE("propose a verdict for"),
        /** VERDICT_PROPOSED -> IN_REVIEW, with a comment. */
        REJECT("reject the verdict of"),
        /** VERDICT_PROPOSED -> SIGNED_OFF. */
        SIGN_OFF("sign off"),
        /** SIGNED_OFF -> PUBLISHED. */
        PUBLISH("publish"),
        /** PUBLISHED -> IN_REVIEW, with a reason. */
        CORRECT("reopen for a correction");

        private final String words;

        Action(String words) {
            this.words = words;
        }

        /** @return the action in words, as the workflow's messages put it */
        public String words() {
            return words;
        }
    }

    /**
     * @param allowed true if the action is allowed
     * @param reason  why not, in the workflow's words; empty when allowed
     */
    public record Decision(boolean allowed, String reason) {
        static final Decision YES = new Decision(true, "");

        static Decision no(String reason) {
            return new Decision(false, reason);
        }
    }

    private ReviewRules() {
    }

    /**
     * @param action what the user wants to do
     * @param c      the case, or null when none is chosen
     * @param who    the person working, or null when nobody is chosen yet
     * @param rules  the desk's rules
     * @return whether the workflow allows it, and why not
     */
    public static Decision check(Action action, Case c, Person who, DeskRules rules) {
        if (c == null) {
            return Decision.no("no case chosen: pick one in Triage");
        }
        if (who == null) {
            return Decision.no("who is working? choose who you are (Desk > Work As...)");
        }
        boolean editor = who.role().canSignOff();
        CaseState s = c.state();
        return switch (action) {
            case SELECT -> expect(c, action, CaseState.DETECTED);
            case ASSIGN_TO_ME -> {
                Decision d = expect(c, action, CaseState.DETECTED, CaseState.SELECTED, CaseState.IN_REVIEW);
                yield d.allowed() && who.id().equals(c.assignee()) && s == CaseState.IN_REVIEW ? Decision.no(c.id() + " is already yours") : d;
            }
            case ATTACH -> {
                Decision d = expect(c, action, CaseState.DETECTED, CaseState.SELECTED, CaseState.IN_REVIEW);
                yield d.allowed() && c.suggestions().isEmpty() ? Decision.no(c.id() + " has no checker findings to attach") : d;
            }
            case PROPOSE -> {
                if (s == CaseState.PUBLISHED) {
                    yield Decision.no(c.id() + " is published: its verdict cannot change until an editor reopens it for a correction");
                }
                Decision d = expect(c, action, CaseState.IN_REVIEW);
                if (d.allowed() && c.assignee() != null && !c.assignee().equals(who.id()) && !editor) {
                    yield Decision.no(c.id() + " is assigned to " + c.assignee() + "; " + who.id() + " cannot propose its verdict");
                }
                yield d;
            }
            case REJECT -> editorOnly(expect(c, action, CaseState.VERDICT_PROPOSED), editor, "rejecting a verdict", who);
            case SIGN_OFF -> {
                Decision d = editorOnly(expect(c, action, CaseState.VERDICT_PROPOSED), editor, "signing off", who);
                if (d.allowed() && rules.fourEyes() && c.verdict() != null && c.verdict().proposedBy().equals(who.id())) {
                    yield Decision.no("four eyes: " + who.id() + " proposed this verdict, so another editor must sign it off");
                }
                yield d;
            }
            case PUBLISH -> editorOnly(expect(c, action, CaseState.SIGNED_OFF), editor, "publishing", who);
            case CORRECT -> editorOnly(expect(c, action, CaseState.PUBLISHED), editor, "reopening a published fact-check", who);
        };
    }

    private static Decision editorOnly(Decision d, boolean editor, String what, Person who) {
        if (!d.allowed()) {
            return d;
        }
        return editor ? d : Decision.no(what + " needs the editor role; " + who.id() + " is " + article(who.role()));
    }

    private static Decision expect(Case c, Action action, CaseState... allowed) {
        for (CaseState s : allowed) {
            if (c.state() == s) {
                return Decision.YES;
            }
        }
        StringBuilder need = new StringBuilder();
        for (int i = 0; i < allowed.length; i++) {
            need.append(i == 0 ? "" : " or ").append(words(allowed[i]));
        }
        return Decision.no("cannot " + action.words() + " " + c.id() + ": it is " + words(c.state()) + " (that needs it " + need + ")");
    }

    private static String words(CaseState s) {
        return s.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static String article(Role r) {
        return switch (r) {
            case FACT_CHECKER -> "a fact-checker";
            case EDITOR -> "an editor";
            case ADMIN -> "an admin";
        };
    }
}

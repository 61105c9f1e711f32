package org.factdesk.workflow.internal;

import java.time.Instant;
import java.util.List;

import org.factdesk.api.check.Finding;
import org.factdesk.api.claim.Claim;
import org.factdesk.api.desk.ClaimAppearance;
import org.factdesk.api.desk.DeskRules;
import org.factdesk.api.desk.Person;
import org.factdesk.api.desk.Role;
import org.factdesk.api.desk.Source;

/** The journal's event types and their data, one record each. The actor and time are the entry's own. */
final class Events {

    static final String PERSON_ADDED = "person.added";
    static final String PERSON_ROLE_CHANGED = "person.role-changed";
    /** A new public key for a person (signed with their old key, or by an admin); no key: revoked. */
    static final String PERSON_KEY_CHANGED = "person.key-changed";
    static final String DESK_CONFIGURED = "desk.configured";
    static final String ARTICLE_IMPORTED = "article.imported";
    static final String CASE_SELECTED = "case.selected";
    static final String CASE_ASSIGNED = "case.assigned";
    static final String EVIDENCE_ATTACHED = "evidence.attached";
    static final String VERDICT_PROPOSED = "verdict.proposed";
    static final String VERDICT_REJECTED = "verdict.rejected";
    static final String VERDICT_SIGNED = "verdict.signed";
    static final String CASE_PUBLISHED = "case.published";
    static final String CASE_REOPENED = "case.reopened";

    private Events() {
    }

    record PersonAdded(Person person) {
    }

    record PersonRoleChanged(String id, Role role) {
    }

    /** {@code publicKey} null: the key is revoked, and the person cannot act until an admin registers a new one. */
    record PersonKeyChanged(String id, String publicKey) {
    }

    record DeskConfigured(DeskRules rules) {
    }

    /** An article's facts; the article itself is the document {@code name}, whose SHA-256 is recorded here. */
    record ArticleRecord(String id, String document, String sha256, String source, String headline) {
    }

    record OpenedCase(String caseId, List<Claim> claims, ClaimAppearance appearance, List<Finding> suggestions) {
    }

    /**
     * One entry for the article and all its cases, so an import is recorded whole or not at all: the
     * cases it opens, and the claims it adds to cases already open for the same claim.
     */
    record ArticleImported(ArticleRecord article, List<OpenedCase> cases, List<OpenedCase> joined) {
    }

    record CaseSelected(String caseId) {
    }

    record CaseAssigned(String caseId, String assignee) {
    }

    record EvidenceAttached(String caseId, Finding finding) {
    }

    record VerdictProposed(String caseId, String rating, String rationale, List<Source> sources) {
    }

    record VerdictRejected(String caseId, String verdict, String comment) {
    }

    /** The signature covers {@link org.factdesk.api.desk.SignOff#payload}, with the signer as editor and {@code signedAt}. */
    record VerdictSigned(String caseId, String verdict, Instant signedAt, String signature) {
    }

    record CasePublished(String caseId, String url, String rating) {
    }

    record CaseReopened(String caseId, String reason) {
    }
}

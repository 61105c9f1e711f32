package org.factdesk.api.desk;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.factdesk.api.article.Article;
import org.factdesk.api.pipeline.ArticleReport;
import org.factdesk.api.store.AuditReport;
import org.osgi.annotation.versioning.ProviderType;

/**
 * An open workspace and the workflow rules on it. Every change names its actor, is checked
 * against the rules, and is acknowledged only once it is durable in the journal; a refused
 * change throws {@link WorkflowException} and records nothing.
 */
@ProviderType
public interface DeskSession extends AutoCloseable {

    /** @return the workspace directory */
    Path workspace();

    /** @return true if opened read-only */
    boolean readOnly();

    /** @return what opening noticed (a torn last entry set aside, ...) */
    List<String> notices();

    /** @return the desk's current rules */
    DeskRules rules();

    /** @return everyone at the desk, in the order they were added */
    List<Person> people();

    /**
     * Adds a person and makes their Ed25519 key pair: the public key goes into the journal, the
     * private key into the key directory. The first person of a workspace must be an admin and
     * adds themselves; after that only admins add people.
     *
     * @param actor who adds
     * @param id    short user name (letters, digits, '.', '-', '_')
     * @param name  full name
     * @param role  role
     * @return the person
     * @throws WorkflowException if refused
     */
    Person addPerson(String actor, String id, String name, Role role) throws WorkflowException;

    /**
     * Adds a person with the public key they made themselves ({@link CaseDesk#makeKey}): their
     * private key never leaves their machine. {@code publicKey} null makes the pair here, as
     * {@link #addPerson(String, String, String, Role)} does.
     *
     * @param actor     who adds (an admin, or the first admin adding themselves)
     * @param id        short user name
     * @param name      full name
     * @param role      role
     * @param publicKey their Ed25519 public key (X.509, Base64), or null
     * @return the person
     * @throws WorkflowException if refused
     */
    Person addPerson(String actor, String id, String name, Role role, String publicKey) throws WorkflowException;

    /**
     * Changes a person's role (admins only; the desk keeps at least one admin).
     *
     * @param actor the admin
     * @param id    whose role
     * @param role  the new role
     * @return the person now
     * @throws WorkflowException if refused
     */
    Person changeRole(String actor, String id, Role role) throws WorkflowException;

    /**
     * Registers a new public key for a person, or revokes their key ({@code publicKey} null).
     * A person changes their own key (the entry is signed with the old one); an admin changes or
     * revokes anyone's. Entries signed with a key after it was replaced or revoked do not verify.
     *
     * @param actor     the person themselves or an admin
     * @param id        whose key
     * @param publicKey the new Ed25519 public key (X.509, Base64), or null to revoke
     * @return the person now
     * @throws WorkflowException if refused
     */
    Person changeKey(String actor, String id, String publicKey) throws WorkflowException;

    /**
     * Changes the desk's rules (admins only).
     *
     * @param actor who
     * @param rules the new rules
     * @return the rules now in force
     * @throws WorkflowException if refused
     */
    DeskRules configure(String actor, DeskRules rules) throws WorkflowException;

    /**
     * Stores a checked article and opens a case, in state {@link CaseState#DETECTED}, for each claim
     * scoring at least {@code minScore}; claims with the same text share a case, also across
     * articles: a claim already in a case joins it (the article is added to {@link Case#alsoIn()}).
     * The checkers' findings become each case's suggestions. Importing the same article again does nothing.
     *
     * @param actor     who imports
     * @param report    the article as the pipeline checked it
     * @param minScore  the lowest check-worthiness score that opens a case
     * @param url       the article's URL, or {@code null} to take it from the article's metadata
     * @param publisher who published the article, or {@code null} if not known
     * @return the cases this import opened, then those it added claims to (empty if the article was there already)
     * @throws WorkflowException if refused
     */
    List<Case> importArticle(String actor, ArticleReport report, double minScore, String url, String publisher) throws WorkflowException;

    /** @return every case, in the order they were opened */
    List<Case> cases();

    /**
     * @param id a case id, for example {@code C-3}
     * @return the case
     * @throws WorkflowException if there is no such case (the message lists how to find one)
     */
    Case find(String id) throws WorkflowException;

    /**
     * @param id an article id
     * @return the article as imported, if the workspace has it
     */
    Optional<Article> article(String id);

    /**
     * @param caseId a case id
     * @return the case's history from the journal, oldest first
     * @throws WorkflowException if there is no such case or the journal cannot be read
     */
    List<CaseEvent> history(String caseId) throws WorkflowException;

    /** DETECTED -> SELECTED. @param actor who @param caseId which case @return the case now @throws WorkflowException if refused */
    Case select(String actor, String caseId) throws WorkflowException;

    /**
     * SELECTED (or DETECTED) -> IN_REVIEW, or a new assignee for a case in review.
     *
     * @param actor    who
     * @param caseId   which case
     * @param assignee who checks it
     * @return the case now
     * @throws WorkflowException if refused
     */
    Case assign(String actor, String caseId, String assignee) throws WorkflowException;

    /**
     * Attaches one of the case's suggestions (checker findings) as evidence.
     *
     * @param actor      who
     * @param caseId     which case
     * @param suggestion index into {@link Case#suggestions()}, from 1
     * @return the case now
     * @throws WorkflowException if refused
     */
    Case attach(String actor, String caseId, int suggestion) throws WorkflowException;

    /**
     * IN_REVIEW -> VERDICT_PROPOSED.
     *
     * @param actor     who proposes
     * @param caseId    which case
     * @param rating    a rating id on the desk's scale
     * @param rationale why; not blank
     * @param sources   at least one
     * @return the case now
     * @throws WorkflowException if refused
     */
    Case propose(String actor, String caseId, String rating, String rationale, List<Source> sources) throws WorkflowException;

    /**
     * VERDICT_PROPOSED -> IN_REVIEW, with a comment saying what must change (editors only).
     *
     * @param actor   the editor
     * @param caseId  which case
     * @param comment not blank
     * @return the case now
     * @throws WorkflowException if refused
     */
    Case reject(String actor, String caseId, String comment) throws WorkflowException;

    /**
     * VERDICT_PROPOSED -> SIGNED_OFF: an editor, not the proposer when the desk has four eyes,
     * signs the verdict with their private key.
     *
     * @param actor  the editor
     * @param caseId which case
     * @return the case now
     * @throws WorkflowException if refused, or if the editor's private key is not on this machine
     */
    Case signOff(String actor, String caseId) throws WorkflowException;

    /**
     * SIGNED_OFF -> PUBLISHED (editors only).
     *
     * @param actor  the editor
     * @param caseId which case
     * @param url    where the fact-check is published (absolute http(s) URL)
     * @return the case now
     * @throws WorkflowException if refused
     */
    Case publish(String actor, String caseId, String url) throws WorkflowException;

    /**
     * PUBLISHED -> IN_REVIEW for a correction, logged with its reason (editors only). The
     * correction is complete when the case is published again.
     *
     * @param actor  the editor
     * @param caseId which case
     * @param reason why; not blank
     * @return the case now
     * @throws WorkflowException if refused
     */
    Case reopen(String actor, String caseId, String reason) throws WorkflowException;

    /**
     * Checks the journal chain and every sign-off signature.
     *
     * @return the report; {@link AuditReport#firstBad()} names the first entry that does not verify
     */
    AuditReport audit();

    /** Saves a snapshot if the journal grew enough to make the next opening faster, and releases the workspace. */
    @Override
    void close() throws WorkflowException;
}

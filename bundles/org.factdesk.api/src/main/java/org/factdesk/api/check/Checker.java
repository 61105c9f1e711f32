package org.factdesk.api.check;

import java.util.List;

import org.factdesk.api.claim.Claim;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A plugin that examines a claim and reports findings. Register an implementation as an OSGi
 * service (most simply a DS component annotated with {@link CheckerService}); the pipeline
 * picks up every registered checker while it runs, and stops using one the moment its service
 * goes away.
 *
 * <p>Service properties, all optional:
 * <ul>
 * <li>{@link #ID} (String): stable id used in findings; defaults to the bundle symbolic name</li>
 * <li>{@link #NAME} (String): a name for people</li>
 * <li>{@link #DESCRIPTION} (String): what the checker does, one sentence</li>
 * <li>{@link #TYPES} (String[]): {@link org.factdesk.api.claim.ClaimType} names the checker
 * handles; absent or empty means every claim</li>
 * <li>{@link #COST} (String): a {@link Cost} name; default {@code LOCAL}</li>
 * </ul>
 *
 * <p>Implementations must be thread-safe: the pipeline may check several claims at once. A
 * checker that throws, returns {@code null} or takes too long is recorded as a failure on that
 * claim and does not stop the run.
 */
@ConsumerType
public interface Checker {

    /** Service property: the checker's stable id. */
    String ID = "factdesk.checker.id";
    /** Service property: the checker's display name. */
    String NAME = "factdesk.checker.name";
    /** Service property: one sentence on what the checker does. */
    String DESCRIPTION = "factdesk.checker.description";
    /** Service property: the claim types handled. */
    String TYPES = "factdesk.checker.types";
    /** Service property: the checker's {@link Cost}. */
    String COST = "factdesk.checker.cost";

    /**
     * Examines one claim.
     *
     * @param claim   the claim; never {@code null}
     * @param context the article around the claim
     * @return findings, possibly empty, never {@code null}; checker, version and provenance
     *         are filled in by the pipeline
     * @throws Exception if the check cannot be done; recorded as a failure of this checker
     */
    List<Finding> check(Claim claim, CheckContext context) throws Exception;
}

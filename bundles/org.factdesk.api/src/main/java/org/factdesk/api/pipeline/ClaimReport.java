package org.factdesk.api.pipeline;

import java.util.List;

import org.factdesk.api.check.Finding;
import org.factdesk.api.claim.Claim;

/**
 * A claim with what the checkers found about it.
 *
 * @param claim    the claim
 * @param findings findings of every checker that ran on it, each stamped with checker and version
 * @param failures checkers that failed on this claim
 */
public record ClaimReport(Claim claim, List<Finding> findings, List<CheckerFailure> failures) {

    /** Copies the lists. */
    public ClaimReport {
        findings = List.copyOf(findings);
        failures = failures == null ? List.of() : List.copyOf(failures);
    }
}

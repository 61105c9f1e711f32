package org.factdesk.api.desk;

/** Where a case is in the workflow. */
public enum CaseState {
    /** Found by the extractor, nobody has looked at it yet. */
    DETECTED,
    /** Chosen to be checked. */
    SELECTED,
    /** Someone (the assignee) is checking it; a rejected verdict or a reopened case comes back here. */
    IN_REVIEW,
    /** A verdict is waiting for sign-off. */
    VERDICT_PROPOSED,
    /** An editor other than the proposer signed the verdict off. */
    SIGNED_OFF,
    /** Published; the verdict cannot change until the case is reopened for a correction. */
    PUBLISHED
}

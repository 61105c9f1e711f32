package org.factdesk.api.desk;

/** What a person may do at the desk. */
public enum Role {
    /** Takes cases, gathers evidence, proposes verdicts. */
    FACT_CHECKER,
    /** Also signs off or rejects proposed verdicts, publishes and corrects. */
    EDITOR,
    /** Also adds people and configures the desk. */
    ADMIN;

    /** @return true if this role includes the editor's rights */
    public boolean canSignOff() {
        return this == EDITOR || this == ADMIN;
    }
}

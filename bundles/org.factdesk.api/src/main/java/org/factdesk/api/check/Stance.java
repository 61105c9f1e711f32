package org.factdesk.api.check;

/** What a finding says about its claim. */
public enum Stance {
    /** The evidence supports the claim. */
    SUPPORTS,
    /** The evidence contradicts the claim. */
    REFUTES,
    /** The claim is not wrong as such but needs context, or rests on weak sourcing. */
    NEEDS_CONTEXT,
    /** Information for the fact-checker; no judgement on the claim. */
    INFO
}

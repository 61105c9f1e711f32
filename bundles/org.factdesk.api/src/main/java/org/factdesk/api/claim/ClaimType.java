package org.factdesk.api.claim;

/** What kind of statement a claim is. A claim may have several types. */
public enum ClaimType {
    /** Rests on a figure: an amount, a percentage, a count, a ranking. */
    NUMERIC,
    /** Contains a direct quotation. */
    QUOTE,
    /** Attributes a statement to a source, named or not. */
    ATTRIBUTION,
    /** Compares: more or less than, a fraction of, a superlative. */
    COMPARISON,
    /** States a cause or an effect. */
    CAUSAL,
    /** Predicts or forecasts. */
    PREDICTION
}

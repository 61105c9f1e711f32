package org.factdesk.api.check;

import java.util.List;
import java.util.Objects;

/**
 * What one checker found about one claim. A checker creates findings with
 * {@link #of(Stance, double, String)} and the {@code with...} methods; the pipeline fills in
 * {@link #checker()}, {@link #version()} and {@link #provenance()} before anyone sees them.
 *
 * @param checker     id of the checker that produced it; {@code null} until stamped by the pipeline
 * @param version     version of that checker (its bundle version); {@code null} until stamped
 * @param stance      what the finding says about the claim
 * @param confidence  how sure the checker is, in [0, 1]
 * @param summary     one line for a list view
 * @param explanation how the checker got there, in a few sentences; may be empty
 * @param evidence    the evidence, possibly empty
 * @param provenance  bundle, component and configuration that produced it; {@code null} until stamped
 */
public record Finding(
        String checker,
        String version,
        Stance stance,
        double confidence,
        String summary,
        String explanation,
        List<Evidence> evidence,
        Provenance provenance) {

    /**
     * @throws NullPointerException     if {@code stance} or {@code summary} is {@code null}
     * @throws IllegalArgumentException if {@code confidence} is outside [0, 1]
     */
    public Finding {
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(summary, "summary");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence " + confidence + " outside [0, 1]");
        }
        explanation = explanation == null ? "" : explanation;
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /**
     * Starts a finding, as a checker does.
     *
     * @param stance     what it says about the claim
     * @param confidence how sure, in [0, 1]
     * @param summary    one line
     * @return a finding without explanation, evidence or provenance
     */
    public static Finding of(Stance stance, double confidence, String summary) {
        return new Finding(null, null, stance, confidence, summary, "", List.of(), null);
    }

    /**
     * @param explanation how the checker got there
     * @return a copy with that explanation
     */
    public Finding withExplanation(String explanation) {
        return new Finding(checker, version, stance, confidence, summary, explanation, evidence, provenance);
    }

    /**
     * @param items evidence to add after the existing evidence
     * @return a copy with the evidence added
     */
    public Finding withEvidence(Evidence... items) {
        List<Evidence> all = new java.util.ArrayList<>(evidence);
        all.addAll(List.of(items));
        return new Finding(checker, version, stance, confidence, summary, explanation, all, provenance);
    }

    /**
     * Stamps the finding with its origin. Called by the pipeline; checkers need not call it.
     *
     * @param checker    checker id
     * @param version    checker version
     * @param provenance bundle, component and configuration
     * @return a copy with those set
     */
    public Finding stamped(String checker, String version, Provenance provenance) {
        return new Finding(checker, version, stance, confidence, summary, explanation, evidence, provenance);
    }
}

package org.factdesk.checker.priors.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdesk.api.check.Stance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatingsTest {

    @ParameterizedTest
    @CsvSource({
            "True, SUPPORTS", "Mostly True, SUPPORTS", "Correct Attribution, SUPPORTS", "accurate, SUPPORTS",
            "False, REFUTES", "Pants on Fire!, REFUTES", "Incorrect, REFUTES", "inaccurate, REFUTES", "Fake, REFUTES",
            "Mostly False, REFUTES", "Misattributed, REFUTES", "not true, REFUTES",
            "Misleading, NEEDS_CONTEXT", "Mixture, NEEDS_CONTEXT", "Half True, NEEDS_CONTEXT", "half-true, NEEDS_CONTEXT",
            "Unproven, NEEDS_CONTEXT", "Missing context, NEEDS_CONTEXT", "Partly false, NEEDS_CONTEXT", "Exaggerated, NEEDS_CONTEXT",
            "Outdated, NEEDS_CONTEXT", "Miscaptioned, NEEDS_CONTEXT",
            "Opinion, INFO", "'', INFO", "Research in progress, INFO"})
    void ratingMapsToStance(String rating, Stance stance) {
        assertThat(Ratings.stance(rating)).isEqualTo(stance);
    }
}

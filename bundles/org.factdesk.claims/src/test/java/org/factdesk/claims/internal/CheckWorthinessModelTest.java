package org.factdesk.claims.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The model the bundle ships (training it is the tools module's work). */
class CheckWorthinessModelTest {

    @Test
    void theShippedModelLoadsAndSeparatesObviousCases() throws Exception {
        CheckWorthinessModel m = new ClaimFinder(-1, true).model();
        Entities e = new Entities(ClaimFinder.class.getResourceAsStream("entities.tsv"));
        assertThat(m.about()).containsKey("held-out test");
        assertThat(m.score(Features.of("Unemployment rose to 9 percent in 2010, the highest since 1983.", e)))
                .isGreaterThan(m.threshold());
        assertThat(m.score(Features.of("Thank you very much, it is great to be here tonight.", e))).isLessThan(m.threshold());
    }

    @Test
    void hashedScoringEqualsScoringByFeatureNames() {
        CheckWorthinessModel m = new ClaimFinder(-1, true).model();
        Entities e = new Entities(ClaimFinder.class.getResourceAsStream("entities.tsv"));
        for (String s : List.of("Unemployment rose to 9 percent in 2010, the highest since 1983.",
                "Thank you, thank you very much.", "“We will win,” she said, according to sources familiar with the talks.",
                "Microsoft has committed $ 80 billion, while Meta pledged $ 65 billion.")) {
            Features.Signals signals = Features.Signals.of(s, e);
            assertThat(m.score(s, signals)).as(s).isCloseTo(m.score(Features.of(s, signals)), within(1e-12));
        }
    }
}

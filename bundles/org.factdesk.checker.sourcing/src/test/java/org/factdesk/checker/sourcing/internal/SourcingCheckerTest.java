package org.factdesk.checker.sourcing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.factdesk.api.check.Finding;
import org.factdesk.api.check.Stance;
import org.factdesk.api.claim.Attribution;
import org.factdesk.api.claim.Claim;
import org.factdesk.api.claim.ClaimType;
import org.factdesk.api.claim.Quantity;
import org.junit.jupiter.api.Test;

class SourcingCheckerTest {

    private final SourcingChecker checker = new SourcingChecker();

    private static Claim claim(List<ClaimType> types, Attribution a, List<Quantity> q) {
        return new Claim("a#0", "text", 0, 4, 0.8, types, "", null, a, q, List.of(), null);
    }

    @Test
    void anonymousSourcesNeedContextWithThePhraseAsEvidence() {
        Attribution a = new Attribution("according to sources familiar with this case", 0, 10, "Bloomberg", Attribution.Kind.ANONYMOUS);
        Finding f = checker.check(claim(List.of(ClaimType.ATTRIBUTION), a, List.of()), null).get(0);
        assertThat(f.stance()).isEqualTo(Stance.NEEDS_CONTEXT);
        assertThat(f.summary()).contains("sources familiar with this case").contains("relayed by Bloomberg");
        assertThat(f.evidence().get(0).quote()).isEqualTo(a.phrase());
    }

    @Test
    void vagueSourcesNeedContext() {
        Attribution a = new Attribution("experts argue", 0, 10, null, Attribution.Kind.VAGUE);
        assertThat(checker.check(claim(List.of(ClaimType.ATTRIBUTION), a, List.of()), null))
                .extracting(Finding::stance).containsExactly(Stance.NEEDS_CONTEXT);
    }

    @Test
    void unsourcedFiguresAreNoted() {
        Quantity q = new Quantity("$ 80 billion", 0, 4, 8e10, "USD", "$80 billion");
        assertThat(checker.check(claim(List.of(ClaimType.NUMERIC), null, List.of(q)), null))
                .singleElement().extracting(Finding::summary).isEqualTo("No source given for $80 billion");
    }

    @Test
    void namedSourceIsInformationOnly() {
        Attribution a = new Attribution("Zuckerberg", 0, 10, "Mark Zuckerberg", Attribution.Kind.NAMED);
        assertThat(checker.check(claim(List.of(ClaimType.QUOTE, ClaimType.ATTRIBUTION), a, List.of()), null))
                .singleElement().satisfies(f -> {
                    assertThat(f.stance()).isEqualTo(Stance.INFO);
                    assertThat(f.summary()).startsWith("Single named source: Mark Zuckerberg");
                });
    }

    @Test
    void wellSourcedClaimsWithoutFiguresGetNothing() {
        assertThat(checker.check(claim(List.of(ClaimType.COMPARISON), null, List.of()), null)).isEmpty();
    }
}

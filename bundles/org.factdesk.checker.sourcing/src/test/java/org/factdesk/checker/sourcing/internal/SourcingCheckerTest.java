package org.factdesk.checker.sourcing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.factdesk.api.article.Article;
import org.factdesk.api.check.CheckContext;
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
    void theOnlyNamedSourceIsSaidSoOthersAreNot() {
        Claim lee = claim(List.of(ClaimType.QUOTE), new Attribution("Lee", 0, 3, "Ann Lee", Attribution.Kind.NAMED), List.of());
        Claim leeAgain = claim(List.of(ClaimType.QUOTE), new Attribution("Lee", 0, 3, "Lee", Attribution.Kind.NAMED), List.of());
        Claim kim = claim(List.of(ClaimType.QUOTE), new Attribution("Kim", 0, 3, "Jo Kim", Attribution.Kind.NAMED), List.of());
        assertThat(checker.check(lee, context(List.of(lee, leeAgain))).get(0).summary())
                .isEqualTo("Single named source: Ann Lee (the only named source in the article)");
        assertThat(checker.check(lee, context(List.of(lee, leeAgain, kim))).get(0).summary()).isEqualTo("Single named source: Ann Lee");
    }

    /** Every claim asks whether another source is named: the article's claims must be looked over once, not once per claim. */
    @Test
    void anArticlesClaimsAreLookedOverOnceNotPerClaim() {
        List<Claim> claims = new java.util.ArrayList<>();
        for (int i = 0; i < 500; i++) {
            claims.add(claim(List.of(ClaimType.QUOTE), new Attribution("he", 0, 2, "Person " + i, Attribution.Kind.NAMED), List.of()));
        }
        int[] passes = new int[1];
        List<Claim> counted = new java.util.AbstractList<>() {
            @Override
            public Claim get(int index) {
                if (index == 0) {
                    passes[0]++;
                }
                return claims.get(index);
            }

            @Override
            public int size() {
                return claims.size();
            }
        };
        CheckContext context = context(counted);
        for (Claim c : claims) {
            assertThat(checker.check(c, context).get(0).summary()).doesNotContain("only named source");
        }
        assertThat(passes[0]).isEqualTo(1);
    }

    private static CheckContext context(List<Claim> claims) {
        Article article = new Article("a", "test", "text", null, null, null, null, "text", List.of(), java.util.Map.of());
        return new CheckContext() {
            @Override
            public Article article() {
                return article;
            }

            @Override
            public List<Claim> claims() {
                return claims;
            }

            @Override
            public boolean cancelled() {
                return false;
            }

            @Override
            public <S> java.util.Optional<S> service(Class<S> type) {
                return java.util.Optional.empty();
            }
        };
    }

    @Test
    void wellSourcedClaimsWithoutFiguresGetNothing() {
        assertThat(checker.check(claim(List.of(ClaimType.COMPARISON), null, List.of()), null)).isEmpty();
    }
}

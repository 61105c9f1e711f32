package org.factdesk.workbench.desk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;

import org.factdesk.api.claim.Claim;
import org.factdesk.api.claim.ClaimType;
import org.factdesk.api.claim.Entity;
import org.factdesk.workbench.desk.internal.Highlights.ClaimSpan;
import org.factdesk.workbench.desk.internal.Highlights.Plan;
import org.factdesk.workbench.desk.internal.Highlights.VariantSpan;
import org.junit.jupiter.api.Test;

class HighlightsTest {

    static final String TEXT = "Deepsek trained its model for $6 million. Nvidia lost $600 billion in a day, said DeepSeek's critics.";

    static Claim claim(String text, int start, int end, double score, List<ClaimType> types, List<Entity> entities) {
        return new Claim("a#" + start, text, start, end, score, types, "", null, null, List.of(), entities, List.of());
    }

    /** A claim whose text is exactly what its offsets point at. */
    static Claim at(String part, double score, ClaimType... types) {
        int start = TEXT.indexOf(part);
        return claim(part, start, start + part.length(), score, List.of(types), List.of());
    }

    @Test
    void eachClaimIsPaintedWhereItsOffsetsSayInTextOrder() {
        Claim second = at("Nvidia lost $600 billion in a day", 0.5, ClaimType.NUMERIC);
        Claim first = at("Deepsek trained its model for $6 million.", 0.9, ClaimType.NUMERIC);
        Plan p = Highlights.compute(TEXT, List.of(second, first));
        assertThat(p.claims()).extracting(ClaimSpan::claim).containsExactly(first, second);
        assertThat(p.claims()).extracting(ClaimSpan::start).containsExactly(0, TEXT.indexOf("Nvidia"));
        assertThat(p.claims().get(1).end()).isEqualTo(TEXT.indexOf(" in a day") + " in a day".length());
        assertThat(p.outside()).isZero();
        assertThat(p.moved()).isZero();
        for (ClaimSpan s : p.claims()) {
            assertThat(TEXT.substring(s.start(), s.end())).isEqualTo(s.claim().text());
        }
    }

    @Test
    void claimsAtTheVeryStartAndEndOfTheTextArePaintedThoseBeyondAreLeftOut() {
        Claim whole = claim(TEXT, 0, TEXT.length(), 0.5, List.of(), List.of());
        Claim last = claim(".", TEXT.length() - 1, TEXT.length(), 0.5, List.of(), List.of());
        Claim pastEnd = claim("s.!", TEXT.length() - 2, TEXT.length() + 1, 0.5, List.of(), List.of());
        Claim farAway = claim("x", 500, 501, 0.5, List.of(), List.of());
        Claim empty = claim("", 3, 3, 0.5, List.of(), List.of());
        Plan p = Highlights.compute(TEXT, List.of(whole, last, pastEnd, farAway, empty));
        assertThat(p.claims()).extracting(ClaimSpan::claim).containsExactly(whole, last);
        assertThat(p.outside()).isEqualTo(3);
        assertThat(p.claimAt(0)).contains(whole);
        assertThat(p.claimAt(TEXT.length() - 1)).contains(last);
        assertThat(p.claimAt(TEXT.length())).isEmpty();
        assertThat(Highlights.compute("", List.of(claim("a", 0, 1, 0.5, List.of(), List.of()))).outside()).isEqualTo(1);
    }

    @Test
    void aClaimWhoseTextIsNotAtItsOffsetsIsPaintedThereAndCountedAsMoved() {
        Claim shifted = claim("trained its model", 0, 17, 0.5, List.of(), List.of());
        Claim tooLong = claim("Deepsek", 0, 3, 0.5, List.of(), List.of());
        Claim fine = at("Nvidia", 0.5);
        Plan p = Highlights.compute(TEXT, List.of(shifted, tooLong, fine));
        assertThat(p.moved()).isEqualTo(2);
        assertThat(p.outside()).isZero();
        assertThat(p.claims()).extracting(ClaimSpan::claim).containsExactly(tooLong, shifted, fine);
        assertThat(p.claims().get(0).end()).isEqualTo(3);
    }

    @Test
    void overlappingClaimsAreAllPaintedAndTheShortestIsTheOneUnderTheCaret() {
        Claim sentence = at("Nvidia lost $600 billion in a day, said DeepSeek's critics.", 0.6, ClaimType.ATTRIBUTION);
        Claim figure = at("Nvidia lost $600 billion", 0.8, ClaimType.NUMERIC);
        Claim inner = at("$600 billion", 0.4, ClaimType.NUMERIC);
        Plan p = Highlights.compute(TEXT, List.of(sentence, inner, figure));
        int nvidia = TEXT.indexOf("Nvidia");
        int dollar = TEXT.indexOf("$600");
        assertThat(p.claims()).extracting(ClaimSpan::claim).containsExactly(figure, sentence, inner);
        assertThat(p.claimAt(nvidia)).contains(figure);
        assertThat(p.claimAt(dollar)).contains(inner);
        assertThat(p.claimAt(dollar + "$600 billion".length())).contains(sentence);
        assertThat(p.claimAt(TEXT.indexOf("critics"))).contains(sentence);
        assertThat(p.claimAt(nvidia - 1)).isEmpty();
        assertThat(p.claimAt(-1)).isEmpty();
        // same start: the shorter first
        Claim a = claim("Dee", 0, 3, 0.5, List.of(), List.of());
        Claim b = claim("Deepsek", 0, 7, 0.5, List.of(), List.of());
        assertThat(Highlights.compute(TEXT, List.of(b, a)).claims()).extracting(ClaimSpan::claim).containsExactly(a, b);
    }

    @Test
    void spellingVariantsAreUnderlinedOnceAndCanonicalSpellingsNot() {
        int deepsek = TEXT.indexOf("Deepsek");
        int deepseek = TEXT.indexOf("DeepSeek");
        Entity variant = new Entity("Deepsek", deepsek, deepsek + 7, "ORGANIZATION", "DeepSeek");
        Entity canonical = new Entity("DeepSeek", deepseek, deepseek + 8, "ORGANIZATION", "DeepSeek");
        Entity nvidia = new Entity("NVidia", TEXT.indexOf("Nvidia"), TEXT.indexOf("Nvidia") + 6, "ORGANIZATION", "Nvidia");
        Entity beyond = new Entity("Deepsek", TEXT.length() - 2, TEXT.length() + 5, "ORGANIZATION", "DeepSeek");
        Entity backwards = new Entity("Deepsek", 5, 5, "ORGANIZATION", "DeepSeek");
        Claim one = claim("Deepsek trained its model for $6 million.", 0, 41, 0.9, List.of(ClaimType.NUMERIC), List.of(variant, beyond, backwards));
        int s2 = TEXT.indexOf("Nvidia");
        // a second claim over the same words names the same variant: underlined once
        Claim two = claim(TEXT.substring(s2), s2, TEXT.length(), 0.5, List.of(), List.of(nvidia, canonical));
        Claim three = claim(TEXT.substring(0, 7), 0, 7, 0.5, List.of(), List.of(variant));
        Plan p = Highlights.compute(TEXT, List.of(two, one, three));
        assertThat(p.variants()).containsExactly(new VariantSpan(deepsek, deepsek + 7, "Deepsek", "DeepSeek"),
                new VariantSpan(s2, s2 + 6, "NVidia", "Nvidia"));
        assertThat(p.variantAt(3)).map(VariantSpan::describe).contains("\"Deepsek\": a spelling of DeepSeek");
        assertThat(p.variantAt(7)).isEmpty();
        assertThat(p.variantAt(deepseek)).isEmpty();
    }

    @Test
    void theColourIsTheFirstTypesAndTheMoreCheckWorthyTheMoreOpaque() {
        Color numeric = Highlights.COLORS.get(ClaimType.NUMERIC);
        Color quote = Highlights.COLORS.get(ClaimType.QUOTE);
        Color low = Highlights.color(claim("x", 0, 1, 0, List.of(ClaimType.NUMERIC), List.of()));
        Color mid = Highlights.color(claim("x", 0, 1, 0.5, List.of(ClaimType.NUMERIC), List.of()));
        Color high = Highlights.color(claim("x", 0, 1, 1, List.of(ClaimType.NUMERIC), List.of()));
        assertThat(low.getAlpha()).isEqualTo(40);
        assertThat(mid.getAlpha()).isEqualTo(95);
        assertThat(high.getAlpha()).isEqualTo(150);
        assertThat(List.of(low, mid, high)).allSatisfy(c -> assertThat(c.getRGB() & 0xffffff).isEqualTo(numeric.getRGB() & 0xffffff));
        // the first type in ClaimType order, whatever order the claim lists them in
        Color attributedQuote = Highlights.color(claim("x", 0, 1, 0.5, List.of(ClaimType.ATTRIBUTION, ClaimType.QUOTE), List.of()));
        assertThat(attributedQuote.getRGB() & 0xffffff).isEqualTo(quote.getRGB() & 0xffffff);
        Color untyped = Highlights.color(claim("x", 0, 1, 0.5, List.of(), List.of()));
        assertThat(untyped).isEqualTo(new Color(Highlights.UNTYPED.getRed(), Highlights.UNTYPED.getGreen(), Highlights.UNTYPED.getBlue(), 95));
        assertThat(Highlights.COLORS).containsOnlyKeys(ClaimType.values());
        assertThat(Highlights.COLORS.values()).doesNotHaveDuplicates();
        // the plan carries the same colour
        assertThat(Highlights.compute("x", List.of(claim("x", 0, 1, 1, List.of(ClaimType.NUMERIC), List.of()))).claims().get(0).color()).isEqualTo(high);
    }

    @Test
    void tenThousandClaimsAreOnePass() {
        StringBuilder b = new StringBuilder();
        java.util.List<Claim> claims = new java.util.ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            int start = b.length();
            b.append("Claim ").append(i).append(". ");
            claims.add(claim("Claim " + i + ".", start, b.length() - 1, (i % 100) / 100.0, List.of(ClaimType.NUMERIC), List.of()));
        }
        java.util.Collections.reverse(claims);
        Plan p = Highlights.compute(b.toString(), claims);
        assertThat(p.claims()).hasSize(10_000);
        assertThat(p.moved()).isZero();
        assertThat(p.claims()).isSortedAccordingTo(java.util.Comparator.comparingInt(ClaimSpan::start));
    }
}

package org.factdesk.workbench.desk.internal;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.factdesk.api.claim.Claim;
import org.factdesk.api.claim.ClaimType;
import org.factdesk.api.claim.Entity;

/**
 * Where the editor paints: each claim from its {@code start}/{@code end} offsets, coloured by its
 * first type, more opaque the more check-worthy; each entity written differently from its
 * canonical name (Deepsek for DeepSeek), underlined. Computed once per article, off the text
 * component, so the editor adds all highlights in one pass.
 */
public final class Highlights {

    /** Colour of each claim type; the claim's first type (in {@link ClaimType} order) picks it. */
    public static final Map<ClaimType, Color> COLORS = Map.of(
            ClaimType.NUMERIC, new Color(0x1f77b4),
            ClaimType.QUOTE, new Color(0x9467bd),
            ClaimType.ATTRIBUTION, new Color(0xff7f0e),
            ClaimType.COMPARISON, new Color(0x2ca02c),
            ClaimType.CAUSAL, new Color(0xd62728),
            ClaimType.PREDICTION, new Color(0x17becf));
    /** Colour of a claim without a type. */
    public static final Color UNTYPED = new Color(0x7f7f7f);
    /** Colour of the underline under an entity spelling variant. */
    public static final Color VARIANT = new Color(0xd62728);

    /**
     * A claim's place in the text.
     *
     * @param start   first character, within the text
     * @param end     just past the last character, within the text
     * @param claim   the claim
     * @param color   its fill: the type's colour with an alpha from the score
     */
    public record ClaimSpan(int start, int end, Claim claim, Color color) {
    }

    /**
     * An entity written differently from its canonical name.
     *
     * @param start     first character
     * @param end       just past the last
     * @param text      as written ({@code Deepsek})
     * @param canonical the canonical name ({@code DeepSeek})
     */
    public record VariantSpan(int start, int end, String text, String canonical) {
        /** @return the tooltip: {@code Deepsek: a spelling of DeepSeek} */
        public String describe() {
            return "\"" + text + "\": a spelling of " + canonical;
        }
    }

    /**
     * What to paint.
     *
     * @param claims   the claims, by start offset
     * @param variants the entity variants, by start offset
     * @param outside  claims whose span is not inside the text (left out)
     * @param moved    claims whose text is not what the offsets point at (painted where the offsets say)
     */
    public record Plan(List<ClaimSpan> claims, List<VariantSpan> variants, int outside, int moved) {
        /** @return the claim whose span holds the offset; the shortest when claims overlap */
        public java.util.Optional<Claim> claimAt(int offset) {
            return claims.stream().filter(s -> s.start() <= offset && offset < s.end()).min(Comparator.comparingInt(s -> s.end() - s.start()))
                    .map(ClaimSpan::claim);
        }

        /** @return the entity variant at the offset */
        public java.util.Optional<VariantSpan> variantAt(int offset) {
            return variants.stream().filter(s -> s.start() <= offset && offset < s.end()).findFirst();
        }
    }

    private Highlights() {
    }

    /**
     * @param text   the article text, as imported
     * @param claims its claims
     * @return what to paint
     */
    public static Plan compute(String text, List<Claim> claims) {
        int length = text.length();
        List<ClaimSpan> spans = new ArrayList<>(claims.size());
        List<VariantSpan> variants = new ArrayList<>();
        Set<Long> seenVariants = new HashSet<>();
        int outside = 0;
        int moved = 0;
        for (Claim c : claims) {
            if (c.start() < 0 || c.end() > length || c.start() >= c.end()) {
                outside++;
                continue;
            }
            if (!text.regionMatches(c.start(), c.text(), 0, c.text().length()) || c.end() - c.start() != c.text().length()) {
                moved++;
            }
            spans.add(new ClaimSpan(c.start(), c.end(), c, color(c)));
            for (Entity e : c.entities()) {
                if (e.canonical().equals(e.text()) || e.start() < 0 || e.end() > length || e.start() >= e.end()) {
                    continue;
                }
                if (seenVariants.add(((long) e.start() << 32) | e.end())) {
                    variants.add(new VariantSpan(e.start(), e.end(), e.text(), e.canonical()));
                }
            }
        }
        spans.sort(Comparator.comparingInt(ClaimSpan::start).thenComparingInt(ClaimSpan::end));
        variants.sort(Comparator.comparingInt(VariantSpan::start));
        return new Plan(List.copyOf(spans), List.copyOf(variants), outside, moved);
    }

    /** @return the type's colour, alpha 40 (score 0) to 150 (score 1) */
    public static Color color(Claim c) {
        Color base = c.types().isEmpty() ? UNTYPED : COLORS.getOrDefault(c.types().stream().min(Comparator.naturalOrder()).get(), UNTYPED);
        int alpha = (int) Math.round(40 + 110 * Math.max(0, Math.min(1, c.score())));
        return new Color(base.getRed(), base.getGreen(), base.getBlue(), alpha);
    }
}

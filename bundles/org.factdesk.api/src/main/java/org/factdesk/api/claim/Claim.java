package org.factdesk.api.claim;

import java.util.List;
import java.util.Objects;

/**
 * A check-worthy statement in an article.
 *
 * @param id          stable identifier: article id, {@code '#'}, start offset
 * @param text        the claim as it stands in the article: {@code article.text().substring(start, end)}
 * @param start       offset of the claim's first character in the article text
 * @param end         offset just past the claim's last character
 * @param score       check-worthiness in [0, 1]; higher is more worth checking
 * @param types       what kinds of statement this is, in {@link ClaimType} order; may be empty
 * @param reason      a short human-readable reason for the score ("contains a figure ...")
 * @param speaker     who is quoted or credited, resolved to a name, or {@code null}
 * @param attribution the attribution phrase, or {@code null} if the claim is unattributed
 * @param quantities  figures in the claim, in text order
 * @param entities    people and organisations named in the claim, in text order
 * @param times       times the claim refers to, in text order
 */
public record Claim(
        String id,
        String text,
        int start,
        int end,
        double score,
        List<ClaimType> types,
        String reason,
        String speaker,
        Attribution attribution,
        List<Quantity> quantities,
        List<Entity> entities,
        List<TimeReference> times) {

    /**
     * @throws NullPointerException     if {@code id} or {@code text} is {@code null}
     * @throws IllegalArgumentException if the span is inverted or the score outside [0, 1]
     */
    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad claim span [" + start + ", " + end + ")");
        }
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score " + score + " outside [0, 1]");
        }
        types = types == null ? List.of() : List.copyOf(types);
        reason = reason == null ? "" : reason;
        quantities = quantities == null ? List.of() : List.copyOf(quantities);
        entities = entities == null ? List.of() : List.copyOf(entities);
        times = times == null ? List.of() : List.copyOf(times);
    }

    /**
     * @param type a claim type
     * @return whether this claim has that type
     */
    public boolean is(ClaimType type) {
        return types.contains(type);
    }
}

package org.factdesk.api.claim;

import java.util.Objects;

/**
 * A named person, organisation or place mentioned in a claim.
 *
 * @param text      the name as written, perhaps misspelled ({@code "Deepsek"})
 * @param start     offset of the name in the article text
 * @param end       offset just past the name
 * @param kind      {@code "PERSON"}, {@code "ORGANIZATION"}, {@code "PLACE"} or {@code "OTHER"}
 * @param canonical the name this one was clustered with ({@code "DeepSeek"}); equal to
 *                  {@code text} when it has no known variants
 */
public record Entity(String text, int start, int end, String kind, String canonical) {

    /** @throws NullPointerException if {@code text}, {@code kind} or {@code canonical} is {@code null} */
    public Entity {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(canonical, "canonical");
    }
}

package org.factdesk.api.claim;

import java.util.Objects;

/**
 * Whom a claim is attributed to, and how clearly.
 *
 * @param phrase the attribution as written ({@code "according to sources familiar with this case"})
 * @param start  offset of the phrase in the article text
 * @param end    offset just past the phrase
 * @param source the named source ({@code "Bloomberg"}), or {@code null} if none is named
 * @param kind   how identifiable the source is
 */
public record Attribution(String phrase, int start, int end, String source, Kind kind) {

    /** How identifiable an attributed source is. */
    public enum Kind {
        /** A named person or organisation. */
        NAMED,
        /** An unnamed source: "sources familiar with the matter", "an official said". */
        ANONYMOUS,
        /** A vague group: "experts argue", "some observers", "critics say". */
        VAGUE
    }

    /** @throws NullPointerException if {@code phrase} or {@code kind} is {@code null} */
    public Attribution {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(kind, "kind");
    }
}

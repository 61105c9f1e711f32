package org.factdesk.api.claim;

import java.util.Objects;

/**
 * A time a claim refers to, normalised where the text allows.
 *
 * @param text       the reference as written ("current financial year", "January 2025")
 * @param start      offset in the article text
 * @param end        offset just past the reference
 * @param normalized ISO-8601 where the reference is absolute ("2025", "2025-01", "2015-09-01",
 *                   "2024-Q4"); for a relative reference a word saying what it is relative to
 *                   ("current-financial-year", "last-year", "next-year", "this-year")
 * @param relative   whether the reference depends on when the article was written
 */
public record TimeReference(String text, int start, int end, String normalized, boolean relative) {

    /** @throws NullPointerException if {@code text} or {@code normalized} is {@code null} */
    public TimeReference {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(normalized, "normalized");
    }
}

package org.factdesk.api.desk;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A proposed verdict.
 *
 * @param rating     the rating id on the desk's scale
 * @param rationale  why, in a few sentences
 * @param sources    what it rests on; at least one
 * @param proposedBy who proposed it
 * @param proposedAt when
 * @param entry      the hash of the journal entry that recorded it; a sign-off signs this
 */
public record Verdict(String rating, String rationale, List<Source> sources, String proposedBy, Instant proposedAt, String entry) {
    /** @throws NullPointerException if a part is {@code null} */
    public Verdict {
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(rationale, "rationale");
        sources = List.copyOf(sources);
        Objects.requireNonNull(proposedBy, "proposedBy");
        Objects.requireNonNull(proposedAt, "proposedAt");
        Objects.requireNonNull(entry, "entry");
    }
}

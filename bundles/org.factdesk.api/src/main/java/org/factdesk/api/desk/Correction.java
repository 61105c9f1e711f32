package org.factdesk.api.desk;

import java.time.Instant;

/**
 * A published fact-check reopened for a correction (IFCN corrections policy: corrections are
 * logged with their reason and shown with the fact-check).
 *
 * @param by             who reopened it
 * @param at             when
 * @param reason         why
 * @param previousRating the rating published before
 * @param republishedAt  when the corrected fact-check was published, or {@code null} while open
 * @param newRating      the rating published after the correction, or {@code null} while open
 */
public record Correction(String by, Instant at, String reason, String previousRating, Instant republishedAt, String newRating) {

    /**
     * @param when   republication time
     * @param rating the rating published
     * @return this correction, completed
     */
    public Correction republished(Instant when, String rating) {
        return new Correction(by, at, reason, previousRating, when, rating);
    }
}

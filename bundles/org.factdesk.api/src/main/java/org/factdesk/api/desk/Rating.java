package org.factdesk.api.desk;

import java.util.Objects;

/**
 * One step of a rating scale.
 *
 * @param id            what users type, for example {@code "mostly-false"}
 * @param label         what readers see, for example {@code "Mostly false"}
 * @param ratingValue   the ClaimReview {@code ratingValue}, or {@code null} for a rating off the
 *                      numeric scale (such as "Unverifiable"), exported with its name only
 * @param alternateName the ClaimReview {@code alternateName}, the short verdict shown in search
 */
public record Rating(String id, String label, Integer ratingValue, String alternateName) {
    /** @throws NullPointerException if id, label or alternateName is {@code null} */
    public Rating {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(alternateName, "alternateName");
    }
}

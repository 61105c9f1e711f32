package org.factdesk.api.desk;

import java.time.Instant;

/**
 * A publication of a fact-check.
 *
 * @param by  who published it
 * @param at  when
 * @param url where the fact-check is published
 * @param rating the rating published
 * @param verdict the verdict published (it stays what readers see while a correction is being prepared)
 */
public record Publication(String by, Instant at, String url, String rating, Verdict verdict) {
}

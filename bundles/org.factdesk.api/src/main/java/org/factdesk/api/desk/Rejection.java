package org.factdesk.api.desk;

import java.time.Instant;

/**
 * A verdict sent back to review.
 *
 * @param by      the editor
 * @param at      when
 * @param comment what must change
 * @param verdict the hash of the journal entry of the verdict rejected
 */
public record Rejection(String by, Instant at, String comment, String verdict) {
}

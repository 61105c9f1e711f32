package org.factdesk.api.desk;

import java.time.Instant;

/**
 * One line of a case's history, as recorded in the journal.
 *
 * @param seq     the journal entry
 * @param at      when
 * @param actor   who
 * @param type    what kind of change, for example {@code "verdict.rejected"}
 * @param summary what happened, in words
 */
public record CaseEvent(long seq, Instant at, String actor, String type, String summary) {
}

package org.factdesk.api.store;

import java.time.Instant;

/**
 * One acknowledged change in the journal.
 *
 * @param seq   its position, 1 for the first entry, consecutive
 * @param at    when it was recorded
 * @param actor who made the change
 * @param type  what kind of change
 * @param data  the change's data, a JSON object as text
 * @param prev  the hash of the entry before (64 zeros for the first)
 * @param hash  the SHA-256 (hex) of this entry, which covers {@code prev}
 */
public record JournalEntry(long seq, Instant at, String actor, String type, String data, String prev, String hash) {
}

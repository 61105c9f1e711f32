package org.factdesk.api.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * One acknowledged change in the journal.
 *
 * @param seq       its position, 1 for the first entry, consecutive
 * @param at        when it was recorded
 * @param actor     who made the change
 * @param type      what kind of change
 * @param data      the change's data, a JSON object as text
 * @param prev      the hash of the entry before (64 zeros for the first)
 * @param hash      the SHA-256 (hex) of this entry, which covers {@code prev} and the signature
 * @param signature the actor's Ed25519 signature over {@link #signedBytes()}, Base64; {@code null}
 *                  for an unsigned entry (workspaces written before every action was signed)
 */
public record JournalEntry(long seq, Instant at, String actor, String type, String data, String prev, String hash, String signature) {

    /** An unsigned entry. */
    public JournalEntry(long seq, Instant at, String actor, String type, String data, String prev, String hash) {
        this(seq, at, actor, type, data, prev, hash, null);
    }

    /**
     * What the actor signs: the entry's place (its number and the hash of the entry before), its
     * time, actor, type and data. A signature therefore cannot be moved to another entry or
     * replayed elsewhere in the journal.
     */
    public byte[] signedBytes() {
        return signedBytes(seq, at, actor, type, prev, data);
    }

    /** {@link #signedBytes()} for an entry being written. */
    public static byte[] signedBytes(long seq, Instant at, String actor, String type, String prev, String data) {
        return ("factdesk-entry-1\n" + seq + "\n" + at + "\n" + actor + "\n" + type + "\n" + prev + "\n" + data).getBytes(StandardCharsets.UTF_8);
    }
}

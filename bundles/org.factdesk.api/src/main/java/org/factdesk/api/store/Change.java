package org.factdesk.api.store;

import java.util.Objects;

/**
 * A change to record: who made it, what kind it is, its data as a JSON object, and how the actor
 * signs the entry it becomes.
 *
 * @param actor  the user who made the change
 * @param type   what kind of change, for example {@code "verdict.proposed"}
 * @param data   the change's data: one JSON object, as text
 * @param signer signs the entry's {@link JournalEntry#signedBytes() signed bytes} with the actor's
 *               key once its place in the journal is known; {@code null} for an unsigned entry
 */
public record Change(String actor, String type, String data, Signer signer) {
    /**
     * @throws NullPointerException if actor, type or data is {@code null}
     */
    public Change {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
    }

    /** An unsigned change. */
    public Change(String actor, String type, String data) {
        this(actor, type, data, null);
    }

    /** Signs an entry with its actor's private key; called while the entry is written, so it must be quick and must not block. */
    @FunctionalInterface
    public interface Signer {
        /**
         * @param signedBytes what the signature covers (see {@link JournalEntry#signedBytes()})
         * @return the signature, Base64
         */
        String sign(byte[] signedBytes);
    }
}

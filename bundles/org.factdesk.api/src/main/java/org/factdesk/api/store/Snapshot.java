package org.factdesk.api.store;

/**
 * State saved at a journal position.
 *
 * @param seq   the last entry the state includes
 * @param hash  that entry's hash
 * @param state the state, as saved
 */
public record Snapshot(long seq, String hash, byte[] state) {
    /** Copies the state so the record stays immutable. */
    public Snapshot {
        state = state.clone();
    }

    /** @return a copy of the state */
    @Override
    public byte[] state() {
        return state.clone();
    }
}

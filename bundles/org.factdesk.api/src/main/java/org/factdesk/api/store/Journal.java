package org.factdesk.api.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An open workspace: its journal of changes, its snapshots and its documents. Thread-safe;
 * concurrent {@link #append} calls may be committed together (group commit).
 */
@ConsumerType
public interface Journal extends AutoCloseable {

    /** Where the workspace lives. */
    Path location();

    /** Whether this journal was opened read-only (see {@link WorkspaceStore.Access}). */
    boolean readOnly();

    /**
     * Appends changes as consecutive journal entries, each chained to the one before by its
     * SHA-256 hash. When this returns, the entries are durable (written and synced): the change
     * is acknowledged.
     *
     * @param changes the changes, in order
     * @return the entries written, with their sequence numbers and hashes
     * @throws StoreException if the journal is read-only or cannot be written; then no entry of
     *                        this call is acknowledged
     */
    List<JournalEntry> append(List<Change> changes) throws StoreException;

    /** The last entry's sequence number, 0 for an empty journal. */
    long lastSeq();

    /** The last entry's hash, or 64 zeros for an empty journal. */
    String lastHash();

    /** The newest snapshot that matches the journal, if any. */
    Optional<Snapshot> snapshot();

    /**
     * Saves a snapshot of state derived from every entry up to and including {@code seq}; opening
     * then replays only the entries after it. Written atomically: a crash leaves the old one.
     *
     * @param seq   the last entry the state includes
     * @param state the state, in the caller's own encoding
     * @throws StoreException if it cannot be written
     */
    void saveSnapshot(long seq, byte[] state) throws StoreException;

    /**
     * Passes every entry after {@code afterSeq} to {@code sink}, in order.
     *
     * @param afterSeq 0 for the whole journal
     * @param sink     receives the entries
     * @throws StoreException if the journal cannot be read
     */
    void replay(long afterSeq, Consumer<JournalEntry> sink) throws StoreException;

    /**
     * Stores a document (an imported article, say) under a name, atomically. Documents are not
     * chained themselves; record their hash in a journal entry to make them tamper-evident.
     *
     * @param name    a file-safe name: letters, digits, '.', '-', '_'
     * @param content the bytes
     * @throws StoreException if it cannot be written
     */
    void putDocument(String name, byte[] content) throws StoreException;

    /**
     * A stored document.
     *
     * @param name its name
     * @return its bytes, or empty if there is none
     * @throws StoreException if it exists but cannot be read
     */
    Optional<byte[]> document(String name) throws StoreException;

    /**
     * Checks the whole chain: every entry's hash, its link to the one before, the sequence, and
     * that nothing was cut off the end. Signatures inside entries are the workflow's to check.
     *
     * @return what was found; {@link AuditReport#intact()} is false if anything does not verify
     */
    AuditReport verify();

    /** What opening had to do or noticed (a torn last entry set aside, a snapshot ignored ...). */
    List<String> notices();

    /** Releases the lock and closes files; further calls fail. */
    @Override
    void close() throws StoreException;
}

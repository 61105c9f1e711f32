package org.factdesk.api.store;

/** A workspace could not be opened, read or written; the message says what and where. */
public class StoreException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason {
        /** Another process has the workspace open for writing. */
        LOCKED,
        /** The directory is not a workspace (and was not to be created). */
        NOT_FOUND,
        /** The journal does not verify in a way a crash cannot explain. */
        CORRUPT,
        /** A write was attempted on a read-only journal. */
        READ_ONLY,
        /** The file system failed. */
        IO
    }

    private final Reason reason;

    /**
     * @param reason  why
     * @param message what happened, naming the file or entry
     * @param cause   the underlying exception, or {@code null}
     */
    public StoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** @return why the operation failed */
    public Reason reason() {
        return reason;
    }
}

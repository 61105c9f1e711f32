package org.factdesk.api.job;

/**
 * Work stopped because it was cancelled (through its {@link Monitor}, or by interrupting its
 * thread). What it had done before it stopped stays done; what it would have done next was not.
 */
public class CancelledException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Work was cancelled; the message is {@code "cancelled"}. */
    public CancelledException() {
        this("cancelled");
    }

    /** @param message what was cancelled, for example {@code "cancelled while reading feed.xml"} */
    public CancelledException(String message) {
        super(message);
    }
}

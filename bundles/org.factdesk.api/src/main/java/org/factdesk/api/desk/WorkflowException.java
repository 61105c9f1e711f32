package org.factdesk.api.desk;

/**
 * A change the workflow refuses (a self sign-off, a rejection without comment, an unknown case)
 * or cannot record; the message says which rule or which problem. Nothing was recorded.
 */
public class WorkflowException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what was refused and why
     */
    public WorkflowException(String message) {
        super(message);
    }

    /**
     * @param message what failed
     * @param cause   why
     */
    public WorkflowException(String message, Throwable cause) {
        super(message, cause);
    }
}

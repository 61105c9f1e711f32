package org.factdesk.api.export;

/** A fact-check cannot be exported in a format; the message names the case and what is missing. */
public class ExportException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message what is missing or wrong, naming the case */
    public ExportException(String message) {
        super(message);
    }
}

package org.factdesk.checker.priors.internal;

/** A malformed archive; the message names the file and the line or record, and is fit to show as is. */
final class ArchiveException extends Exception {

    private static final long serialVersionUID = 1L;

    ArchiveException(String message) {
        super(message);
    }
}

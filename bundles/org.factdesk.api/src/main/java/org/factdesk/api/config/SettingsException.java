package org.factdesk.api.config;

/** A configuration change was refused; the message says what and why, in the user's terms. */
public class SettingsException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message what was refused and which rule it breaks */
    public SettingsException(String message) {
        super(message);
    }
}

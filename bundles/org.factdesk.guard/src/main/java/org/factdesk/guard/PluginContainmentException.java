package org.factdesk.guard;

/** Thrown in a plugin where it tried to end or fork the desk's process. */
public final class PluginContainmentException extends SecurityException {

    private static final long serialVersionUID = 1L;

    public PluginContainmentException(String message) {
        super(message);
    }
}

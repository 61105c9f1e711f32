package org.factdesk.commandline;

import java.util.List;

/** A command line that does not make a command; the message says what is wrong, in the user's terms. */
public final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> command;

    UsageException(List<String> command, String message) {
        super(message, null, false, false);
        this.command = List.copyOf(command);
    }

    /** The command read so far ({@code []} for none): its help is the one to point at. */
    public List<String> command() {
        return command;
    }

    /** {@code factdesk check: unknown option "--jsn" (see factdesk check --help)}. */
    public String line() {
        String name = command.isEmpty() ? "factdesk" : "factdesk " + String.join(" ", command);
        return name + ": " + getMessage() + " (see " + name + " --help)";
    }
}

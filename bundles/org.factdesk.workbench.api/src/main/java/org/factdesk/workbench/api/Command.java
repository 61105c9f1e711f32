package org.factdesk.workbench.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An action of the workbench: a menu item, optionally a toolbar button and a key binding, found by
 * Quick Access. Registered as a service with {@link CommandContribution}. Runs on the event dispatch
 * thread: long work goes to {@link Workbench#run} as a job.
 */
@ConsumerType
public interface Command {

    /**
     * Runs the command.
     *
     * @param context the selection at the moment, and the workbench
     * @throws Exception if it fails; the workbench shows the message and logs it
     */
    void execute(CommandContext context) throws Exception;

    /**
     * Whether the command can run now, beyond the {@link CommandContribution#enabledFor() enabledFor}
     * type (for example: only for a case in review). Called on the event dispatch thread, often: keep it cheap.
     *
     * @param context the selection at the moment, and the workbench
     * @return true if it is enabled
     */
    default boolean enabled(CommandContext context) {
        return true;
    }
}

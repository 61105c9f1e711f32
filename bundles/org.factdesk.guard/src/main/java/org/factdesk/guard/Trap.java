package org.factdesk.guard;

import java.io.File;
import java.util.List;

/**
 * Stands in for the calls a plugin must not make. Each throws {@link PluginContainmentException},
 * which the pipeline records as that checker's failure (and an activator's as a failed start).
 */
public final class Trap {

    private Trap() {
    }

    public static void exit(int status) {
        throw refused("end the desk's process (System.exit(" + status + "))");
    }

    public static void exit(Runtime runtime, int status) {
        throw refused("end the desk's process (Runtime.exit(" + status + "))");
    }

    public static void halt(Runtime runtime, int status) {
        throw refused("end the desk's process (Runtime.halt(" + status + "))");
    }

    public static Process exec(Runtime runtime, String command) {
        throw started(command);
    }

    public static Process exec(Runtime runtime, String command, String[] env) {
        throw started(command);
    }

    public static Process exec(Runtime runtime, String command, String[] env, File dir) {
        throw started(command);
    }

    public static Process exec(Runtime runtime, String[] command) {
        throw started(String.join(" ", command));
    }

    public static Process exec(Runtime runtime, String[] command, String[] env) {
        throw started(String.join(" ", command));
    }

    public static Process exec(Runtime runtime, String[] command, String[] env, File dir) {
        throw started(String.join(" ", command));
    }

    public static Process start(ProcessBuilder builder) {
        throw started(String.join(" ", builder.command()));
    }

    public static List<Process> startPipeline(List<ProcessBuilder> builders) {
        throw started(builders.isEmpty() ? "an empty pipeline" : String.join(" ", builders.get(0).command()) + " | ...");
    }

    private static PluginContainmentException started(String command) {
        String shown = command.length() > 80 ? command.substring(0, 80) + "..." : command;
        return refused("start another process (" + shown + ")");
    }

    private static PluginContainmentException refused(String what) {
        return new PluginContainmentException("a plugin may not " + what);
    }
}

package org.factdesk.api.plugins;

/**
 * A jar of the plugins directory and, if the framework runs it, its bundle.
 *
 * @param file         its file name in the directory
 * @param symbolicName its Bundle-SymbolicName ({@code ?} if it is not a bundle)
 * @param version      its bundle version ({@code ?} if unknown)
 * @param state        {@code ACTIVE}, {@code RESOLVED}, {@code INSTALLED (unresolved)}, {@code STARTING},
 *                     {@code STOPPING} or {@code NOT INSTALLED} (the watcher has not taken it, or refused it)
 * @param bundleId     the framework's id of its bundle, or -1 when it is not installed
 * @param problem      why it is not active (refused, unresolved, its activator failed or hangs), or empty
 */
public record Plugin(String file, String symbolicName, String version, String state, long bundleId, String problem) {

    /** A plugin with no problem to report (API 1.0's constructor). */
    public Plugin(String file, String symbolicName, String version, String state, long bundleId) {
        this(file, symbolicName, version, state, bundleId, "");
    }

    /** State of a jar the framework does not run. */
    public static final String NOT_INSTALLED = "NOT INSTALLED";
}

package org.factdesk.api.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

/**
 * Who a plugin jar says it is, once FactDesk has checked that it may be installed: an OSGi bundle
 * with a well-formed symbolic name and version, not named like one of the distribution's own
 * bundles. The launcher and the plugins folder apply the same rules, so a jar refused by one is
 * refused by the other, with the same words.
 *
 * @param symbolicName the bundle's symbolic name (without directives)
 * @param version      its version as written, {@code 0.0.0} when it has none
 */
public record PluginIdentity(String symbolicName, String version) {

    /** Dotted tokens, so a name can never be a path ({@code ../x}, {@code a/b}) nor hide in one. */
    private static final Pattern SYMBOLIC_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}(\\.[A-Za-z0-9_-]{1,64}){0,15}");
    private static final Pattern VERSION = Pattern.compile("\\d{1,9}(\\.\\d{1,9}(\\.\\d{1,9}(\\.[A-Za-z0-9_-]{1,64})?)?)?");

    /**
     * Reads and checks a jar.
     *
     * @param jar      the plugin jar
     * @param builtIns symbolic names of the distribution's bundles, which a plugin may not take
     * @return its identity
     * @throws IllegalArgumentException saying, in words and naming the file, why it is not a plugin
     */
    public static PluginIdentity read(Path jar, Set<String> builtIns) {
        Manifest m;
        try (InputStream in = Files.newInputStream(jar); JarInputStream j = new JarInputStream(in)) {
            m = j.getManifest();
        } catch (IOException | SecurityException e) {
            throw new IllegalArgumentException(jar.getFileName() + ": not a jar (" + e.getMessage() + ")");
        }
        return of(m, String.valueOf(jar.getFileName()), builtIns);
    }

    /**
     * Checks a manifest.
     *
     * @param manifest the jar's manifest, or null when it has none
     * @param file     the jar's name, for the message
     * @param builtIns symbolic names a plugin may not take
     * @return the identity
     * @throws IllegalArgumentException saying why it is not a plugin
     */
    public static PluginIdentity of(Manifest manifest, String file, Set<String> builtIns) {
        String bsn = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
        if (bsn == null || bsn.isBlank()) {
            throw new IllegalArgumentException(file + ": not an OSGi bundle (" + (manifest == null ? "the jar has no manifest"
                    : "its manifest has no Bundle-SymbolicName") + ")");
        }
        bsn = bsn.split(";", 2)[0].strip();
        if (!SYMBOLIC_NAME.matcher(bsn).matches()) {
            throw new IllegalArgumentException(file + ": its Bundle-SymbolicName \"" + printable(bsn)
                    + "\" is not a symbolic name (dotted words of letters, digits, '-' and '_')");
        }
        String version = manifest.getMainAttributes().getValue("Bundle-Version");
        version = version == null || version.isBlank() ? "0.0.0" : version.strip();
        if (!VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException(file + ": its Bundle-Version \"" + printable(version)
                    + "\" is not a version (MAJOR.MINOR.MICRO.QUALIFIER)");
        }
        if (builtIns.contains(bsn)) {
            throw new IllegalArgumentException(file + ": it is named " + bsn
                    + ", like a bundle of FactDesk itself; a plugin cannot replace or shadow a built-in bundle");
        }
        return new PluginIdentity(bsn, version);
    }

    /** @return the file name FactDesk gives the plugin in the plugins folder */
    public String fileName() {
        return symbolicName + ".jar";
    }

    /** Long or odd header values are shown short and with their control characters escaped. */
    private static String printable(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length() && out.length() < 80; i++) {
            char c = s.charAt(i);
            out.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return s.length() > 80 ? out + "..." : out.toString();
    }
}

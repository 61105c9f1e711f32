package org.factdesk.shell.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The plugins directory as the commands see it: what is there, what is installed from it, and
 * putting jars in or taking them out. The directory watcher does the installing, so a change
 * made here is the same as a change made by copying files by hand.
 */
final class PluginShelf {

    /** A plugin jar and, if the framework runs it, its bundle. */
    record Plugin(String file, String symbolicName, String version, String state) {
    }

    private final Path dir;
    private final BundleContext context;

    PluginShelf(Path dir, BundleContext context) {
        this.dir = dir;
        this.context = context;
    }

    Path dir() {
        return dir;
    }

    List<Plugin> list() throws IOException {
        List<Plugin> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path jar : s.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                Bundle b = context == null ? null : context.getBundle(jar.toUri().toString());
                Manifest m = manifest(jar);
                String bsn = m == null ? "?" : String.valueOf(m.getMainAttributes().getValue("Bundle-SymbolicName")).split(";")[0];
                String version = m == null ? "?" : String.valueOf(m.getMainAttributes().getValue("Bundle-Version"));
                out.add(new Plugin(jar.getFileName().toString(), b != null ? b.getSymbolicName() : bsn,
                        b != null ? b.getVersion().toString() : version, b == null ? "NOT INSTALLED" : state(b.getState())));
            }
        }
        return out;
    }

    /**
     * Copies a bundle jar into the directory, replacing the plugin of the same symbolic name.
     *
     * @return the file name it was given in the directory
     * @throws IllegalArgumentException if the file is not a bundle
     */
    String install(Path jar) throws IOException {
        Manifest m = manifest(jar);
        String bsn = m == null ? null : m.getMainAttributes().getValue("Bundle-SymbolicName");
        if (bsn == null) {
            throw new IllegalArgumentException(jar + ": not an OSGi bundle (no Bundle-SymbolicName in its manifest)");
        }
        bsn = bsn.split(";")[0].strip();
        Files.createDirectories(dir);
        for (Plugin p : list()) {
            if (p.symbolicName().equals(bsn) && !p.file().equals(bsn + ".jar")) {
                Files.deleteIfExists(dir.resolve(p.file())); // one file per plugin, named after it
            }
        }
        Path target = dir.resolve(bsn + ".jar");
        Path tmp = dir.resolve("." + bsn + ".jar.tmp");
        Files.copy(jar, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return target.getFileName().toString();
    }

    /** Removes the plugin with this file name or symbolic name; returns whether there was one. */
    boolean remove(String name) throws IOException {
        for (Plugin p : list()) {
            if (p.file().equals(name) || p.symbolicName().equals(name)) {
                Files.delete(dir.resolve(p.file()));
                return true;
            }
        }
        return false;
    }

    private static Manifest manifest(Path jar) {
        try (InputStream in = Files.newInputStream(jar); JarInputStream j = new JarInputStream(in)) {
            return j.getManifest();
        } catch (IOException e) {
            return null;
        }
    }

    private static String state(int s) {
        return switch (s) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED (unresolved)";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }
}

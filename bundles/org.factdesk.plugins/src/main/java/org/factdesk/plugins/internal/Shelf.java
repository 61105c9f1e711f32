package org.factdesk.plugins.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.factdesk.api.plugins.Plugin;
import org.factdesk.api.plugins.PluginShelf;
import org.osgi.framework.Bundle;

/**
 * The plugins directory's contents and the copying in and out, apart from the framework: which
 * bundle a jar is comes from a lookup by location, so tests give their own.
 */
public final class Shelf implements PluginShelf {

    /** An OSGi symbolic name: dotted tokens, so a name can never be a path ({@code ../x}, {@code a/b}). */
    private static final Pattern SYMBOLIC_NAME = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");

    private final Path dir;
    private final Function<String, Bundle> bundleAt;

    /**
     * @param dir      the plugins directory
     * @param bundleAt the bundle installed from a location (a file URI), or null
     */
    public Shelf(Path dir, Function<String, Bundle> bundleAt) {
        this.dir = dir;
        this.bundleAt = bundleAt;
    }

    @Override
    public Path directory() {
        return dir;
    }

    @Override
    public List<Plugin> plugins() throws IOException {
        List<Plugin> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path jar : s.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                Bundle b = bundleAt.apply(jar.toUri().toString());
                Manifest m = manifest(jar);
                String bsn = m == null ? null : symbolicName(m);
                String version = m == null ? null : m.getMainAttributes().getValue("Bundle-Version");
                out.add(new Plugin(jar.getFileName().toString(), b != null ? b.getSymbolicName() : bsn == null ? "?" : bsn,
                        b != null ? b.getVersion().toString() : version == null ? "?" : version.strip(),
                        b == null ? Plugin.NOT_INSTALLED : state(b.getState()), b == null ? -1 : b.getBundleId()));
            }
        }
        return out;
    }

    @Override
    public Path install(Path jar) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(jar + ": no such file");
        }
        Manifest m = manifest(jar);
        String bsn = m == null ? null : symbolicName(m);
        if (bsn == null) {
            throw new IllegalArgumentException(jar + ": not an OSGi bundle (no Bundle-SymbolicName in its manifest)");
        }
        if (!SYMBOLIC_NAME.matcher(bsn).matches()) {
            throw new IllegalArgumentException(jar + ": its Bundle-SymbolicName \"" + bsn
                    + "\" is not a symbolic name (letters, digits, '-', '_' and dots only)");
        }
        Files.createDirectories(dir);
        Path target = dir.resolve(bsn + ".jar");
        for (Plugin p : plugins()) {
            if (p.symbolicName().equals(bsn) && !p.file().equals(target.getFileName().toString())) {
                Files.deleteIfExists(dir.resolve(p.file())); // one file per plugin, named after it
            }
        }
        Path tmp = dir.resolve("." + bsn + ".jar.tmp");
        Files.copy(jar, tmp, StandardCopyOption.REPLACE_EXISTING);
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    @Override
    public boolean remove(String name) throws IOException {
        for (Plugin p : plugins()) {
            if (p.file().equals(name) || p.symbolicName().equals(name)) {
                Files.delete(dir.resolve(p.file()));
                return true;
            }
        }
        return false;
    }

    private static String symbolicName(Manifest m) {
        String bsn = m.getMainAttributes().getValue("Bundle-SymbolicName");
        return bsn == null || bsn.isBlank() ? null : bsn.split(";")[0].strip();
    }

    private static Manifest manifest(Path jar) {
        try (InputStream in = Files.newInputStream(jar); JarInputStream j = new JarInputStream(in)) {
            return j.getManifest();
        } catch (IOException | SecurityException e) {
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

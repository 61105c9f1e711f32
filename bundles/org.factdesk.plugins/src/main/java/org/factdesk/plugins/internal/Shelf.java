package org.factdesk.plugins.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.factdesk.api.plugins.Plugin;
import org.factdesk.api.plugins.PluginIdentity;
import org.factdesk.api.plugins.PluginShelf;
import org.osgi.framework.Bundle;

/**
 * The plugins directory's contents and the copying in and out, apart from the framework: which
 * bundle a jar is comes from a lookup by location, so tests give their own.
 */
public final class Shelf implements PluginShelf {

    /** State of a jar that is not a plugin FactDesk may run (see {@link PluginIdentity}). */
    static final String REFUSED = "REFUSED";

    private final Path dir;
    private final Function<String, Bundle> bundleAt;
    private final Supplier<Set<String>> builtIns;
    private final Function<String, String> problemAt;

    /**
     * @param dir       the plugins directory
     * @param bundleAt  the bundle installed from a location (a file URI), or null
     * @param builtIns  symbolic names of the distribution's own bundles, which no plugin may take
     * @param problemAt why the bundle at a location did not start, or null
     */
    public Shelf(Path dir, Function<String, Bundle> bundleAt, Supplier<Set<String>> builtIns, Function<String, String> problemAt) {
        this.dir = dir;
        this.bundleAt = bundleAt;
        this.builtIns = builtIns;
        this.problemAt = problemAt;
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
                String file = jar.getFileName().toString();
                PluginIdentity id;
                try {
                    id = PluginIdentity.read(jar, builtIns.get());
                } catch (IllegalArgumentException refused) {
                    out.add(new Plugin(file, "?", "?", REFUSED, -1, withoutFile(refused.getMessage(), file)));
                    continue;
                }
                Bundle b = bundleAt.apply(jar.toUri().toString());
                if (b == null) {
                    out.add(new Plugin(file, id.symbolicName(), id.version(), Plugin.NOT_INSTALLED, -1, ""));
                    continue;
                }
                String problem = b.getState() == Bundle.ACTIVE ? null : problemAt.apply(b.getLocation());
                if (problem == null && b.getState() == Bundle.STARTING) {
                    problem = "its activator has not returned";
                }
                out.add(new Plugin(file, b.getSymbolicName(), b.getVersion().toString(), state(b.getState()), b.getBundleId(),
                        problem == null ? "" : problem));
            }
        }
        return out;
    }

    @Override
    public Path install(Path jar) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(jar + ": no such file");
        }
        PluginIdentity id = PluginIdentity.read(jar, builtIns.get());
        Files.createDirectories(dir);
        Path target = dir.resolve(id.fileName()); // FactDesk's name for it, from a checked symbolic name
        for (Plugin p : plugins()) {
            if (p.symbolicName().equals(id.symbolicName()) && !p.file().equals(target.getFileName().toString())) {
                Files.deleteIfExists(dir.resolve(p.file())); // one file per plugin, named after it
            }
        }
        Path tmp = dir.resolve("." + id.fileName() + ".tmp");
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

    /** The identity's messages start with the file name, which the listing shows in its own column. */
    private static String withoutFile(String message, String file) {
        return message.startsWith(file + ": ") ? message.substring(file.length() + 2) : message;
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

package org.factdesk.itest.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Packs this package's classes into plugin jars that misbehave in one way each. */
public final class HostilePlugins {

    private HostilePlugins() {
    }

    /** A bundle {@code org.example.hostile.KIND} whose activator or checker does KIND (see {@link HostileChecker}). */
    public static Path plugin(String kind, Path target) throws IOException {
        return bundle(Map.of("Bundle-SymbolicName", "org.example.hostile." + kind.replace('-', '.'), "X-Hostile", kind), target);
    }

    /** A well-behaved-looking bundle with the given headers (they win over the defaults). */
    public static Path bundle(Map<String, String> headers, Path target) throws IOException {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Bundle-Activator", HostileActivator.class.getName());
        // the proxy needs every type of Checker.check visible: Claim, CheckContext, Finding
        a.putValue("Import-Package", "org.factdesk.api.check;version=\"[1.0,2)\",org.factdesk.api.claim;version=\"[1.0,2)\",org.osgi.framework;version=\"[1.8,2)\"");
        a.putValue("X-Hostile", "checker");
        headers.forEach(a::putValue);
        write(m, target);
        return target;
    }

    /** A jar with classes and no manifest at all: not a bundle. */
    public static Path plainJar(Path target) throws IOException {
        write(null, target);
        return target;
    }

    private static void write(Manifest m, Path target) throws IOException {
        try (OutputStream file = Files.newOutputStream(target); JarOutputStream out = m == null ? new JarOutputStream(file) : new JarOutputStream(file, m)) {
            for (Class<?> c : new Class<?>[] {HostileActivator.class, HostileChecker.class}) {
                String name = c.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(name));
                try (InputStream in = c.getClassLoader().getResourceAsStream(name)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }
}

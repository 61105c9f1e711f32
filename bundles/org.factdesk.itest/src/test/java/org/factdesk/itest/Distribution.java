package org.factdesk.itest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/** The built distribution (launcher/target/factdesk) and helpers to make variants of it. */
final class Distribution {

    static final Path DIST = Path.of(System.getProperty("factdesk.dist", "../../launcher/target/factdesk")).toAbsolutePath().normalize();
    static final Path SAMPLES = Path.of(System.getProperty("factdesk.samples", "../../samples")).toAbsolutePath().normalize();
    static final Path DEMO = SAMPLES.resolve("000_1f3bc55f528ba35c.txt");

    private Distribution() {
    }

    /** The jar of a bundle in the distribution, by symbolic name prefix of its file name. */
    static Path bundleJar(String symbolicName) throws IOException {
        try (Stream<Path> s = Files.list(DIST.resolve("bundles"))) {
            return s.filter(p -> p.getFileName().toString().startsWith(symbolicName + "-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException(symbolicName + " not in " + DIST + " (run mvn install first)"));
        }
    }

    /** A copy of the distribution's install directory without the named bundles, so they can be plugins instead. */
    static Path homeWithout(Path into, String... symbolicNames) throws IOException {
        Path bundles = Files.createDirectories(into.resolve("bundles"));
        try (Stream<Path> s = Files.list(DIST.resolve("bundles"))) {
            for (Path jar : s.toList()) {
                String name = jar.getFileName().toString();
                if (Stream.of(symbolicNames).noneMatch(n -> name.startsWith(n + "-"))) {
                    Files.copy(jar, bundles.resolve(name));
                }
            }
        }
        return into;
    }

    /** Copies a bundle jar with another Bundle-Version: a genuine new version of the same bundle. */
    static void withVersion(Path jar, String version, Path target) throws IOException {
        try (JarInputStream in = new JarInputStream(Files.newInputStream(jar));
                OutputStream file = Files.newOutputStream(target)) {
            Manifest manifest = new Manifest(in.getManifest());
            manifest.getMainAttributes().put(new Attributes.Name("Bundle-Version"), version);
            try (JarOutputStream out = new JarOutputStream(file, manifest)) {
                JarEntry e;
                while ((e = in.getNextJarEntry()) != null) {
                    out.putNextEntry(new JarEntry(e.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
    }

    /**
     * Copies a bundle jar under another symbolic name, with text replacements in its
     * declarative-services XML: a second, differently configured provider of the same services.
     */
    static void variant(Path jar, String symbolicName, Map<String, String> componentXmlEdits, Path target) throws IOException {
        try (JarInputStream in = new JarInputStream(Files.newInputStream(jar));
                OutputStream file = Files.newOutputStream(target)) {
            Manifest manifest = new Manifest(in.getManifest());
            manifest.getMainAttributes().put(new Attributes.Name("Bundle-SymbolicName"), symbolicName);
            try (JarOutputStream out = new JarOutputStream(file, manifest)) {
                JarEntry e;
                while ((e = in.getNextJarEntry()) != null) {
                    out.putNextEntry(new JarEntry(e.getName()));
                    if (e.getName().startsWith("OSGI-INF/") && e.getName().endsWith(".xml")) {
                        String xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                        for (Map.Entry<String, String> edit : componentXmlEdits.entrySet()) {
                            xml = xml.replace(edit.getKey(), edit.getValue());
                        }
                        out.write(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    } else {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        }
    }

    /** Writes next to the target, then renames: how plugins should land in plugins/. */
    static void dropAtomically(Path source, Path target) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (InputStream in = Files.newInputStream(source)) {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** A folder {@code batch} under {@code tmp} of {@code n} different articles with the demo's claims. */
    static Path batch(Path tmp, int n) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("batch"));
        String demo = Files.readString(DEMO);
        for (int i = 0; i < n; i++) {
            Files.writeString(dir.resolve(String.format("%04d.txt", i)), "Wire copy " + i + "\n\n" + demo);
        }
        return dir;
    }
}

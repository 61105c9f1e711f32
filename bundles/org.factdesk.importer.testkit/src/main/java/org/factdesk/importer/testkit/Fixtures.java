package org.factdesk.importer.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Test fixtures on the class path: this kit's (Wikinews articles, ninjs items) and a module's own
 * test resources. A fixture is found as a {@link Path}, whether the kit is a folder of classes (in
 * the reactor) or a jar (from the local repository), so that tests can list and read folders of
 * fixtures with {@link Files}.
 */
public final class Fixtures {

    /** Where this kit's fixtures lie on the class path. */
    static final String ROOT = "/org/factdesk/importer/testkit/";

    private Fixtures() {
    }

    /**
     * @param resource an absolute class-path resource, for example {@code "/nasa.html"}
     * @return the resource as a path (possibly inside a jar); readable with {@link Files}
     * @throws IllegalArgumentException if there is no such resource
     */
    public static Path path(String resource) {
        URL url = Fixtures.class.getResource(resource);
        if (url == null) {
            throw new IllegalArgumentException("no test fixture " + resource + " on the class path");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                String s = uri.toString();
                int bang = s.indexOf("!/");
                FileSystem fs = jar(URI.create(s.substring(0, bang)));
                return fs.getPath(s.substring(bang + 1));
            }
            return Path.of(uri);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("test fixture " + resource + " has no usable location: " + url, e);
        }
    }

    private static synchronized FileSystem jar(URI jar) {
        try {
            return FileSystems.newFileSystem(jar, Map.of());
        } catch (FileSystemAlreadyExistsException open) {
            return FileSystems.getFileSystem(jar);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + jar, e);
        }
    }

    /**
     * @param resource an absolute class-path resource, for example {@code "/nasa.html"}
     * @return its bytes
     * @throws IllegalArgumentException if there is no such resource
     */
    public static byte[] bytes(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test fixture " + resource + " on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read test fixture " + resource, e);
        }
    }

    /**
     * @param resource an absolute class-path resource in UTF-8
     * @return its text
     * @throws IllegalArgumentException if there is no such resource
     */
    public static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    /**
     * @param dir    a folder of fixtures
     * @param suffix the end of the names wanted, for example {@code ".json"}
     * @return the files directly in it whose names end so, sorted by name
     * @throws IllegalArgumentException if {@code dir} is not a folder
     */
    public static List<Path> files(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no fixture folder " + dir);
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(suffix) && Files.isRegularFile(f))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** The folder of this kit's fixtures named {@code name}, found by its README. */
    static Path kit(String name) {
        return path(ROOT + name + "/README.md").getParent();
    }
}

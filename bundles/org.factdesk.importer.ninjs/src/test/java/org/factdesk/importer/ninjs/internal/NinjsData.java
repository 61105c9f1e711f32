package org.factdesk.importer.ninjs.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/** Finds IPTC's ninjs data (schemas, examples, conformance suite) for tests. */
final class NinjsData {
    private NinjsData() {
    }

    /** -Dninjs.data=DIR (set by the pom), else the shared data folder next to the checkout; null if absent. */
    static Path root() {
        String prop = System.getProperty("ninjs.data");
        Path p = prop != null ? Paths.get(prop) : Paths.get("../../../shared/data/ninjs");
        return Files.isDirectory(p.resolve("validation/test_suite")) ? p.toAbsolutePath().normalize() : null;
    }

    static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

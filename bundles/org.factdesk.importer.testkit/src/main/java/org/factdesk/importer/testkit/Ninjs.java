package org.factdesk.importer.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * IPTC's ninjs example items and its conformance suite (MIT, see the fixture folder's licence), in
 * IPTC's own layout: {@code examples/<version>/}, {@code documentation/includes/examples/<version>/},
 * {@code validation/test_suite/<version>/should_pass|should_fail/}.
 */
public final class Ninjs {

    /** The folders of example items, from ninjs 1.4 to 3.1. */
    public static final List<String> EXAMPLE_FOLDERS = List.of("examples/1.4", "examples/2.1", "examples/3.0",
            "documentation/includes/examples/1.6", "documentation/includes/examples/2.2",
            "documentation/includes/examples/3.1");

    private Ninjs() {
    }

    /** @return the folder holding {@code examples/}, {@code documentation/} and {@code validation/} */
    public static Path root() {
        return Fixtures.kit("ninjs");
    }

    /**
     * @param relative a path below {@link #root()}, for example {@code "examples/3.0/dpa_text.json"}
     * @return that file or folder
     * @throws IllegalArgumentException if it does not exist
     */
    public static Path resolve(String relative) {
        Path p = root().resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalArgumentException("no ninjs fixture " + relative + " in " + root());
        }
        return p;
    }

    /** @return every example item of {@link #EXAMPLE_FOLDERS}, each folder sorted by name */
    public static List<Path> examples() {
        List<Path> out = new ArrayList<>();
        for (String dir : EXAMPLE_FOLDERS) {
            out.addAll(Fixtures.files(resolve(dir), ".json"));
        }
        return out;
    }

    /** @return the conformance suite's version folders ({@code 1.0} ... {@code 3.1}, {@code 1.x_dev}, {@code 2.x_dev}), sorted */
    public static List<Path> suiteVersions() {
        Path suite = resolve("validation/test_suite");
        try (var s = Files.list(suite)) {
            return s.filter(Files::isDirectory)
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot list " + suite, e);
        }
    }

    /**
     * @param version a folder of {@link #suiteVersions()}
     * @param outcome {@code "should_pass"} or {@code "should_fail"}
     * @return its test files of that outcome, sorted; empty if it has none
     */
    public static List<Path> suite(Path version, String outcome) {
        Path dir = version.resolve(outcome);
        return Files.isDirectory(dir) ? Fixtures.files(dir, ".json") : List.of();
    }
}

package org.factdesk.importer.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A handful of English Wikinews articles (CC BY 2.5, attribution in the fixture folder's README)
 * as plain text: paragraphs separated by a blank line, the first the headline, the second usually
 * the dateline. Names are the file names without {@code .txt}, for example {@code "GUM_news_nasa"}.
 */
public final class Wikinews {

    private Wikinews() {
    }

    /** @return the folder of the articles */
    public static Path dir() {
        return Fixtures.kit("wikinews");
    }

    /** @return every article file, sorted by name */
    public static List<Path> articles() {
        return Fixtures.files(dir(), ".txt");
    }

    /**
     * @param name the article's name
     * @return its file
     * @throws IllegalArgumentException if there is no such article
     */
    public static Path article(String name) {
        Path p = dir().resolve(name + ".txt");
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException("no Wikinews fixture " + name + " in " + dir());
        }
        return p;
    }

    /**
     * @param name the article's name
     * @return its text as in the file
     */
    public static String text(String name) {
        return read(article(name));
    }

    /**
     * @param article an article file
     * @return its blank-line-separated paragraphs, stripped, the headline first
     */
    public static List<String> paragraphs(Path article) {
        return Arrays.stream(read(article).split("\n\\s*\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /**
     * @param name the article's name
     * @return its first paragraph
     */
    public static String headline(String name) {
        return paragraphs(article(name)).get(0);
    }

    /**
     * @param name the article's name
     * @return the paragraphs a page or a feed item carries as its body: after the headline and the dateline
     */
    public static List<String> body(String name) {
        List<String> ps = paragraphs(article(name));
        boolean dateline = ps.get(1).matches("(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \\w+ \\d{1,2}, \\d{4}");
        return ps.subList(dateline ? 2 : 1, ps.size());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}

package org.factdesk.importer.html.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The paragraphs of a Wikinews fixture text that a page carries as its body: after the headline and dateline. */
final class Wikinews {
    private Wikinews() {
    }

    static List<String> body(String name) {
        List<String> ps = Arrays.stream(resource("/wikinews/" + name + ".txt").split("\n\n")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        boolean dateline = ps.get(1).matches("(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \\w+ \\d{1,2}, \\d{4}");
        return ps.subList(dateline ? 2 : 1, ps.size());
    }

    static String headline(String name) {
        return resource("/wikinews/" + name + ".txt").split("\n\n")[0].strip();
    }

    static String resource(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String path) {
        try (InputStream in = Wikinews.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        }
    }
}

package org.factdesk.measure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * One section of a Markdown page that several tools write: the text between
 * {@code <!-- section:NAME -->} and {@code <!-- /section:NAME -->}. A tool replaces only its own
 * section and leaves the rest of the page as it is; a missing section is appended.
 */
public final class DocsSection {

    private DocsSection() {
    }

    /** @return the page with section {@code name} holding {@code body} */
    public static String replace(String page, String name, String body) {
        return replaceBetween(page, open(name), close(name), body);
    }

    /**
     * @return the page with {@code body} between the two markers (markers kept, body on lines of its
     *         own), or with markers and body appended after a blank line if the markers are not there
     */
    public static String replaceBetween(String page, String open, String close, String body) {
        String section = open + "\n" + body.strip() + "\n" + close;
        int a = page.indexOf(open);
        int b = a < 0 ? -1 : page.indexOf(close, a);
        if (b >= 0) {
            return page.substring(0, a) + section + page.substring(b + close.length());
        }
        String gap = page.isEmpty() || page.endsWith("\n\n") ? "" : page.endsWith("\n") ? "\n" : "\n\n";
        return page + gap + section + "\n";
    }

    /** @return what section {@code name} holds (between its markers, as written), if the page has it */
    public static Optional<String> read(String page, String name) {
        int a = page.indexOf(open(name));
        int b = a < 0 ? -1 : page.indexOf(close(name), a);
        return b < 0 ? Optional.empty() : Optional.of(page.substring(a + open(name).length(), b));
    }

    /**
     * Writes section {@code name} of the page in {@code file} (created if missing, starting with
     * {@code heading} when not empty), atomically: a reader sees the old page or the new one.
     */
    public static void write(Path file, String name, String body, String heading) throws IOException {
        String page = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        if (page.isBlank() && !heading.isEmpty()) {
            page = heading.strip() + "\n\n";
        }
        Path tmp = file.resolveSibling(file.getFileName() + "." + name + ".tmp");
        Files.writeString(tmp, replace(page, name, body), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** {@link #write(Path, String, String, String)} without a heading. */
    public static void write(Path file, String name, String body) throws IOException {
        write(file, name, body, "");
    }

    /**
     * Writes one block ({@code <!-- BLOCK -->} ... {@code <!-- /BLOCK -->}) inside section {@code name},
     * for a section that several tools fill in parts; {@code skeleton} is the section's text when the
     * page does not have it yet.
     */
    public static void writeBlock(Path file, String name, String skeleton, String block, String content) throws IOException {
        String page = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        String section = replaceBetween(read(page, name).orElse(skeleton), "<!-- " + block + " -->", "<!-- /" + block + " -->", content);
        write(file, name, section);
    }

    private static String open(String name) {
        return "<!-- section:" + name + " -->";
    }

    private static String close(String name) {
        return "<!-- /section:" + name + " -->";
    }
}

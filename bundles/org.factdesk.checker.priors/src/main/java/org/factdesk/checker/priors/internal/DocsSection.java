package org.factdesk.checker.priors.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes this bundle's section of a shared Markdown file, leaving the rest of the file alone. */
final class DocsSection {

    static final String BEGIN = "<!-- section:priors -->";
    static final String END = "<!-- /section:priors -->";

    private DocsSection() {
    }

    /** Replaces the text between the markers (markers included) if present, else appends it. */
    static String merge(String file, String body) {
        String section = BEGIN + "\n" + body.strip() + "\n" + END;
        int b = file.indexOf(BEGIN);
        int e = b < 0 ? -1 : file.indexOf(END, b);
        if (b >= 0 && e >= 0) {
            return file.substring(0, b) + section + file.substring(e + END.length());
        }
        String sep = file.isEmpty() || file.endsWith("\n\n") ? "" : file.endsWith("\n") ? "\n" : "\n\n";
        return file + sep + section + "\n";
    }

    static void write(Path path, String body) throws IOException {
        String old = Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
        Path tmp = path.resolveSibling(path.getFileName() + ".priors.tmp");
        Files.writeString(tmp, merge(old, body), StandardCharsets.UTF_8);
        Files.move(tmp, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}

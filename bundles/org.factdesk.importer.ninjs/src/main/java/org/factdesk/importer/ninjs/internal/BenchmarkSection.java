package org.factdesk.importer.ninjs.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one block of the {@code import-ninjs-pdf} section of docs/benchmarks.md, leaving the
 * rest of the file (and the section's other block) as it is.
 */
final class BenchmarkSection {
    static final String OPEN = "<!-- section:import-ninjs-pdf -->";
    static final String CLOSE = "<!-- /section:import-ninjs-pdf -->";

    private BenchmarkSection() {
    }

    static void write(Path file, String block, String content) throws IOException {
        String doc = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        int open = doc.indexOf(OPEN);
        int close = doc.indexOf(CLOSE);
        String section;
        if (open >= 0 && close > open) {
            section = doc.substring(open + OPEN.length(), close);
        } else {
            section = "\n## Import throughput: ninjs and PDF\n\n<!-- ninjs -->\n<!-- /ninjs -->\n\n<!-- pdf -->\n<!-- /pdf -->\n";
        }
        String bOpen = "<!-- " + block + " -->";
        String bClose = "<!-- /" + block + " -->";
        int bo = section.indexOf(bOpen);
        int bc = section.indexOf(bClose);
        String replaced = bOpen + "\n" + content.strip() + "\n" + bClose;
        section = bo >= 0 && bc > bo ? section.substring(0, bo) + replaced + section.substring(bc + bClose.length())
                : section + "\n" + replaced + "\n";
        String out = open >= 0 && close > open
                ? doc.substring(0, open + OPEN.length()) + section + doc.substring(close)
                : doc + (doc.isEmpty() || doc.endsWith("\n") ? "" : "\n") + "\n" + OPEN + section + CLOSE + "\n";
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, out, StandardCharsets.UTF_8);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}

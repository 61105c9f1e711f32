package org.factdesk.api.intake;

import java.util.Objects;

/**
 * An input, or a file under an input directory, that could not be read.
 *
 * @param input    the input as the user typed it
 * @param location what failed: the input itself, or a file under it ({@code DIR/sub/a.txt})
 * @param line     one line for the user, starting with the location, without a program prefix:
 *                 {@code DIR: directory has no files}, {@code URL: the server answered HTTP 404 (not found)}, {@code a.txt: no such file}
 */
public record InputProblem(String input, String location, String line) {
    /** @throws NullPointerException if a part is {@code null} */
    public InputProblem {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(line, "line");
        line = oneLine(line);
    }

    /**
     * A file name with a newline in it must not forge a second line, nor one with escapes drive the
     * terminal: control characters are written as {@code \n}, {@code \x1b} and so on.
     */
    private static String oneLine(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || c >= 0x80 && c <= 0x9f) {
                if (out == null) {
                    out = new StringBuilder(s.substring(0, i));
                }
                out.append(switch (c) {
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    default -> String.format("\\x%02x", (int) c);
                });
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}

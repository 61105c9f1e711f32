package org.factdesk.api.intake;

import java.util.Objects;

/**
 * An input, or a file under an input directory, that could not be read.
 *
 * @param input    the input as the user typed it
 * @param location what failed: the input itself, or a file under it ({@code DIR/sub/a.txt})
 * @param line     one line for the user, starting with the location, without a program prefix:
 *                 {@code DIR: directory has no files}, {@code URL: HTTP 404}, {@code a.txt: no such file}
 */
public record InputProblem(String input, String location, String line) {
    /** @throws NullPointerException if a part is {@code null} */
    public InputProblem {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(line, "line");
    }
}

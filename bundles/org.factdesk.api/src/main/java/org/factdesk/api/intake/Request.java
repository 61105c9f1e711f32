package org.factdesk.api.intake;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a user asked to read.
 *
 * @param inputs           file paths, directories, {@code http(s)://} URLs and {@code -}, as typed; in order
 * @param workingDirectory where relative paths start
 * @param standardInput    what {@code -} reads (not closed), or {@code null} if there is none: then
 *                         {@code -} is reported as a problem
 */
public record Request(List<String> inputs, Path workingDirectory, InputStream standardInput) {

    /** @throws NullPointerException if {@code inputs}, one of them, or {@code workingDirectory} is {@code null} */
    public Request {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(workingDirectory, "workingDirectory");
    }

    /**
     * A request without standard input.
     *
     * @param inputs           what to read
     * @param workingDirectory where relative paths start
     */
    public Request(List<String> inputs, Path workingDirectory) {
        this(inputs, workingDirectory, null);
    }
}

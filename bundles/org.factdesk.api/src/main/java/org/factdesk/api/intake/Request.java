package org.factdesk.api.intake;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a user asked to read.
 *
 * @param inputs           file paths, directories, glob patterns ({@code articles/*.html}), {@code http(s)://}
 *                         URLs and {@code -}, as typed; in order
 * @param workingDirectory where relative paths start
 * @param standardInput    what {@code -} reads (not closed), or {@code null} if there is none: then
 *                         {@code -} is reported as a problem
 * @param hidden           whether files and folders whose name starts with {@code .} are read too when
 *                         they are found under a directory or matched by a glob pattern; when false (the
 *                         default) they are skipped, unless named: an input or a pattern part that names
 *                         a hidden one ({@code .inbox}, {@code .drafts/*.txt}) is always read (since 1.1)
 * @param followLinks      whether a link found under a directory or matched by a glob pattern that leads to
 *                         a file outside it is read; when false (the default) it is reported and skipped, so
 *                         a link planted in an inbox cannot make the desk read {@code /etc/shadow} (since 1.3)
 * @param strict           whether an article that its importer read with a warning (its metadata has
 *                         {@link #WARNING}: a ninjs item that breaks its schema in properties FactDesk does
 *                         not read, a page that declares the wrong encoding ...) is refused, reported as
 *                         a problem of its input, instead of handed on ({@code --strict}; since 1.3)
 */
public record Request(List<String> inputs, Path workingDirectory, InputStream standardInput, boolean hidden, boolean followLinks,
        boolean strict) {

    /** The key of {@link org.factdesk.api.article.Article#metadata()} under which importers write their warnings. */
    public static final String WARNING = "warning";

    /** @throws NullPointerException if {@code inputs}, one of them, or {@code workingDirectory} is {@code null} */
    public Request {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(workingDirectory, "workingDirectory");
    }

    /**
     * A request that neither follows links out of its folders nor is strict.
     *
     * @param inputs           what to read
     * @param workingDirectory where relative paths start
     * @param standardInput    what {@code -} reads, or {@code null}
     * @param hidden           whether hidden files and folders are read too
     */
    public Request(List<String> inputs, Path workingDirectory, InputStream standardInput, boolean hidden) {
        this(inputs, workingDirectory, standardInput, hidden, false, false);
    }

    /**
     * A request that skips hidden files and folders.
     *
     * @param inputs           what to read
     * @param workingDirectory where relative paths start
     * @param standardInput    what {@code -} reads, or {@code null}
     */
    public Request(List<String> inputs, Path workingDirectory, InputStream standardInput) {
        this(inputs, workingDirectory, standardInput, false);
    }

    /**
     * A request without standard input, that skips hidden files and folders.
     *
     * @param inputs           what to read
     * @param workingDirectory where relative paths start
     */
    public Request(List<String> inputs, Path workingDirectory) {
        this(inputs, workingDirectory, null, false);
    }

    /**
     * The same request, reading hidden files and folders or not ({@code --hidden}).
     *
     * @param hidden whether hidden files and folders are read too
     * @return a request that differs from this one in {@link #hidden()} only
     * @since 1.1
     */
    public Request withHidden(boolean hidden) {
        return new Request(inputs, workingDirectory, standardInput, hidden, followLinks, strict);
    }

    /**
     * The same request, following links out of its folders or not ({@code --follow-links}).
     *
     * @param followLinks whether files that links lead to outside their folder are read
     * @return a request that differs from this one in {@link #followLinks()} only
     * @since 1.3
     */
    public Request withFollowLinks(boolean followLinks) {
        return new Request(inputs, workingDirectory, standardInput, hidden, followLinks, strict);
    }

    /**
     * The same request, refusing articles read with a warning or not ({@code --strict}).
     *
     * @param strict whether articles read with a warning are refused
     * @return a request that differs from this one in {@link #strict()} only
     * @since 1.3
     */
    public Request withStrict(boolean strict) {
        return new Request(inputs, workingDirectory, standardInput, hidden, followLinks, strict);
    }
}

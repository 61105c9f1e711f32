package org.factdesk.api.article;

/**
 * An input could not be imported. The message says what is wrong in words a user can act on;
 * {@link #location()}, {@link #format()} and, where known, {@link #line()} and {@link #column()}
 * say where.
 */
public class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String location;
    private final String format;
    private final long line;
    private final long column;

    /**
     * @param location where the input came from, as in {@link ImportSource#location()}
     * @param format   the format being read, or {@code null} if none was recognised
     * @param message  what is wrong, without the location (it is added when printed)
     */
    public ImportException(String location, String format, String message) {
        this(location, format, message, -1, -1, null);
    }

    /**
     * @param location where the input came from
     * @param format   the format being read, or {@code null}
     * @param message  what is wrong
     * @param line     1-based line of the problem, or -1 if unknown
     * @param column   1-based column of the problem, or -1 if unknown
     * @param cause    the underlying exception, or {@code null}
     */
    public ImportException(String location, String format, String message, long line, long column, Throwable cause) {
        super(message, cause);
        this.location = location;
        this.format = format;
        this.line = line;
        this.column = column;
    }

    /** @return where the input came from; never {@code null} */
    public String location() {
        return location;
    }

    /** @return the format being read, or {@code null} if none was recognised */
    public String format() {
        return format;
    }

    /** @return 1-based line of the problem, or -1 */
    public long line() {
        return line;
    }

    /** @return 1-based column of the problem, or -1 */
    public long column() {
        return column;
    }

    /**
     * One line for users: {@code location[:line[:column]]: [format: ]message}.
     *
     * @return the located message
     */
    public String describe() {
        StringBuilder sb = new StringBuilder(location);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ");
        if (format != null) {
            sb.append(format).append(": ");
        }
        return sb.append(getMessage()).toString();
    }
}

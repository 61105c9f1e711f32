package org.factdesk.api.export;

import java.util.List;

/**
 * No registered exporter has the format asked for. The message names it and lists the formats
 * there are: {@code no exporter "pdf" (available: claimreview, csv, report-html, report-md)}.
 *
 * @since 1.1
 */
public class UnknownFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String format;
    private final List<String> available;

    /**
     * @param format    the format asked for
     * @param available the formats registered, sorted
     */
    public UnknownFormatException(String format, List<String> available) {
        super("no exporter \"" + format + "\" (available: " + String.join(", ", available) + ")");
        this.format = format;
        this.available = List.copyOf(available);
    }

    /** @return the format asked for */
    public String format() {
        return format;
    }

    /** @return the formats registered when it was asked, sorted */
    public List<String> available() {
        return available;
    }
}

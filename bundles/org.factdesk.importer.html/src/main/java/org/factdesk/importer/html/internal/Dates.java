package org.factdesk.importer.html.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Page dates to ISO-8601, keeping only as much precision as the page gave. */
final class Dates {
    private static final List<DateTimeFormatter> ZONED = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.ISO_ZONED_DATE_TIME,
            DateTimeFormatter.RFC_1123_DATE_TIME,
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("yyyy-MM-dd'T'HH:mm[:ss][.SSS]XX")
                    .toFormatter(Locale.ROOT),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("yyyy-MM-dd HH:mm[:ss]XXX")
                    .toFormatter(Locale.ROOT));

    private Dates() {
    }

    /** @return the date as ISO-8601 text, or {@code null} if it is not a date this reads */
    static String iso(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        for (DateTimeFormatter f : ZONED) {
            try {
                return ZonedDateTime.parse(s, f).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            } catch (DateTimeParseException next) {
                // try the next form
            }
        }
        try {
            return LocalDateTime.parse(s.replace(' ', 'T')).toString();
        } catch (DateTimeParseException next) {
            // try a date alone
        }
        try {
            return LocalDate.parse(s.length() > 10 && s.charAt(10) == 'T' ? s.substring(0, 10) : s).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

}

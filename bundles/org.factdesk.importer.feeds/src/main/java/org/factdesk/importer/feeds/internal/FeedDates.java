package org.factdesk.importer.feeds.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Feed dates (RFC 822 in RSS, RFC 3339 in Atom, and what feeds write instead) to ISO-8601. */
final class FeedDates {
    private static final List<DateTimeFormatter> ZONED = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.RFC_1123_DATE_TIME,
            // RFC 822 as feeds write it: weekday optional, seconds optional, zone names such as EST.
            new DateTimeFormatterBuilder().parseCaseInsensitive().parseLenient()
                    .appendPattern("[EEE, ][EEE,][EEE ]d MMM yyyy HH:mm[:ss] ")
                    .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
                    .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
                    .optionalStart().appendZoneText(java.time.format.TextStyle.SHORT).optionalEnd()
                    .toFormatter(Locale.ENGLISH),
            DateTimeFormatter.ISO_ZONED_DATE_TIME);

    private static final Pattern RFC822_ZONE = Pattern.compile("\\d (UT|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT)$",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> RFC822_OFFSETS = Map.of("UT", "+0000", "GMT", "+0000", "EST", "-0500",
            "EDT", "-0400", "CST", "-0600", "CDT", "-0500", "MST", "-0700", "MDT", "-0600", "PST", "-0800", "PDT", "-0700");

    private FeedDates() {
    }

    /** @return ISO-8601 text with the feed's own offset, or {@code null} if the date is not readable */
    static String iso(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip().replaceAll("\\s+", " ");
        Matcher zone = RFC822_ZONE.matcher(s);
        if (zone.find()) {
            // RFC 822's zone names are fixed offsets (EST is always -0500), not today's daylight-saving zones.
            s = s.substring(0, zone.start(1)) + RFC822_OFFSETS.get(zone.group(1).toUpperCase(Locale.ROOT));
        }
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
            // a date alone
        }
        try {
            return LocalDate.parse(s).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

package org.factdesk.importer.support;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as pages, feeds and documents write them, to ISO-8601 text that keeps as much
 * precision as the source gave and the source's own offset: RFC 3339 / ISO-8601 with an offset or
 * zone, RFC 822 / RFC 1123 (as in RSS, with or without weekday and seconds, with zone names such as
 * {@code EST}), ISO-8601 without an offset (kept local), and a date alone.
 */
public final class Dates {

    private static final List<DateTimeFormatter> ZONED = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.ISO_ZONED_DATE_TIME,
            DateTimeFormatter.RFC_1123_DATE_TIME,
            // RFC 822 as feeds write it: weekday optional, seconds optional, zone names such as EST.
            new DateTimeFormatterBuilder().parseCaseInsensitive().parseLenient()
                    .appendPattern("[EEE, ][EEE,][EEE ]d MMM yyyy HH:mm[:ss] ")
                    .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
                    .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
                    .optionalStart().appendZoneText(TextStyle.SHORT).optionalEnd()
                    .toFormatter(Locale.ENGLISH),
            // ISO-8601 as pages write it: offset without a colon, or a space instead of the T.
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("yyyy-MM-dd'T'HH:mm[:ss][.SSS]XX")
                    .toFormatter(Locale.ROOT),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("yyyy-MM-dd HH:mm[:ss]XXX")
                    .toFormatter(Locale.ROOT));

    private static final Pattern RFC822_ZONE = Pattern.compile("\\d (UT|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT)$",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> RFC822_OFFSETS = Map.of("UT", "+0000", "GMT", "+0000", "EST", "-0500",
            "EDT", "-0400", "CST", "-0600", "CDT", "-0500", "MST", "-0700", "MDT", "-0600", "PST", "-0800", "PDT", "-0700");

    private Dates() {
    }

    /**
     * @param raw a date as written, or {@code null}
     * @return ISO-8601 text: {@code 2011-04-13T09:00:00+02:00} (with the source's offset),
     *         {@code 2011-04-13T09:00} (no offset given) or {@code 2011-04-13} (a date alone); or
     *         {@code null} if {@code raw} is {@code null}, blank or not a date this reads
     */
    public static String iso(String raw) {
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
            // try a date alone
        }
        try {
            return LocalDate.parse(s.length() > 10 && s.charAt(10) == 'T' ? s.substring(0, 10) : s).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

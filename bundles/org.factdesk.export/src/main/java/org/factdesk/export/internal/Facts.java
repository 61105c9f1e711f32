package org.factdesk.export.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import org.factdesk.api.desk.Case;
import org.factdesk.api.desk.CaseEvent;
import org.factdesk.api.desk.DeskRules;
import org.factdesk.api.desk.Rating;
import org.factdesk.api.export.FactCheck;

/**
 * What every exporter asks of a fact-check: dates, rating labels, whether a text is a web link.
 * Times are shown in UTC: the journal records instants, and a desk's readers may be anywhere.
 */
final class Facts {

    /** The journal event type of a publication (and of each republication after a correction). */
    static final String CASE_PUBLISHED = "case.published";

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Facts() {
    }

    /** @return the UTC calendar date of an instant, as yyyy-MM-dd */
    static String date(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
    }

    /** @return an instant for people: yyyy-MM-dd HH:mm UTC, or "unknown" */
    static String dateTime(Instant at) {
        return at == null ? "unknown" : DATE_TIME.format(at);
    }

    /**
     * The calendar date of an ISO-8601 text as it was written (the date part of a date-time with
     * an offset is the publisher's local date, which is what "published on" means).
     *
     * @param iso a date, date-time, offset or zoned date-time, or an instant; may be {@code null}
     * @return the date, or empty if the text is none of those
     */
    static Optional<LocalDate> isoDate(String iso) {
        if (iso == null || iso.isBlank()) {
            return Optional.empty();
        }
        String s = iso.strip();
        try {
            return Optional.of(LocalDate.parse(s));
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(OffsetDateTime.parse(s).toLocalDate());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(ZonedDateTime.parse(s).toLocalDate());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(LocalDateTime.parse(s).toLocalDate());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(LocalDate.ofInstant(Instant.parse(s), ZoneOffset.UTC));
        } catch (DateTimeParseException ignored) {
            return Optional.empty();
        }
    }

    /**
     * @return when the fact-check was first published: the first publication in its history,
     *         else the latest publication's time (a history cut short), else empty
     */
    static Optional<Instant> firstPublished(FactCheck check) {
        for (CaseEvent e : check.history()) {
            if (CASE_PUBLISHED.equals(e.type()) && e.at() != null) {
                return Optional.of(e.at());
            }
        }
        Case c = check.subject();
        return c.publication() == null ? Optional.empty() : Optional.ofNullable(c.publication().at());
    }

    /** @return the rating's label on the desk's scale, or the id itself if the scale lacks it; {@code null} stays {@code null} */
    static String ratingLabel(DeskRules rules, String ratingId) {
        if (ratingId == null) {
            return null;
        }
        return rules.scale().find(ratingId).map(Rating::label).orElse(ratingId);
    }

    /** @return true if the text is an absolute http or https URL with a host */
    static boolean isWebUrl(String s) {
        if (s == null || s.isBlank() || !s.equals(s.strip())) {
            return false;
        }
        try {
            URI u = new URI(s);
            String scheme = u.getScheme();
            return u.isAbsolute() && u.getHost() != null
                    && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** @return the state as readers say it: "verdict proposed" */
    static String state(Case c) {
        return c.state().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** @return the text with every run of white space (new lines too) made one space, for one-line places */
    static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }
}

package org.factdesk.api.desk;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A source a verdict rests on, detailed enough for someone else to repeat the check.
 *
 * @param location a URL, or a document reference (file, archive number, interview notes)
 * @param shows    what the source shows, in the checker's words
 * @param accessed when it was consulted
 */
public record Source(String location, String shows, LocalDate accessed) {
    /** @throws NullPointerException if a part is {@code null} */
    public Source {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(shows, "shows");
        Objects.requireNonNull(accessed, "accessed");
    }
}

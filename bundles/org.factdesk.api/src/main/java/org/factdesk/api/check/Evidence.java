package org.factdesk.api.check;

/**
 * One piece of evidence behind a finding. At least one of {@code title}, {@code url} or
 * {@code quote} is set.
 *
 * @param title title of the source document or table, or {@code null}
 * @param url   URL or document path of the source, or {@code null}
 * @param quote the passage or figure in the source that bears on the claim, or {@code null}
 * @param date  date of the source as ISO-8601 text, or {@code null}
 */
public record Evidence(String title, String url, String quote, String date) {

    /** @throws IllegalArgumentException if title, url and quote are all {@code null} */
    public Evidence {
        if (title == null && url == null && quote == null) {
            throw new IllegalArgumentException("evidence needs a title, a url or a quote");
        }
    }
}

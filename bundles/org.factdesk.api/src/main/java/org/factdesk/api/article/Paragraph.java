package org.factdesk.api.article;

/**
 * A paragraph of an article, as a half-open range {@code [start, end)} of character offsets
 * into {@link Article#text()}.
 *
 * @param start offset of the paragraph's first character, at least 0
 * @param end   offset just past the paragraph's last character, at least {@code start}
 */
public record Paragraph(int start, int end) {

    /**
     * @throws IllegalArgumentException if {@code start} is negative or {@code end < start}
     */
    public Paragraph {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad paragraph range [" + start + ", " + end + ")");
        }
    }

    /**
     * The paragraph's text.
     *
     * @param text the article text this paragraph points into
     * @return {@code text.substring(start, end)}
     */
    public String in(String text) {
        return text.substring(start, end);
    }
}

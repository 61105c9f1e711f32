package org.factdesk.api.article;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An imported article: its text exactly as imported, where its paragraphs lie in that text,
 * and what is known about it. Claim spans point into {@link #text()}, so an importer must give
 * the same text and offsets for the same input every time.
 *
 * @param id         stable identifier, derived from the content (see {@link #contentId(String)})
 * @param source     where it came from: a path, a URL or {@code "-"} for standard input
 * @param format     the importer's format name, for example {@code "text"}
 * @param headline   the headline, or {@code null} if none was found
 * @param byline     the author line, or {@code null}
 * @param published  publication date as ISO-8601 text, or {@code null}
 * @param language   BCP-47 language tag, or {@code null} if unknown
 * @param text       the body text claim offsets point into; never {@code null}
 * @param paragraphs paragraph ranges into {@code text}, in order, not overlapping
 * @param metadata   further format-specific facts (canonical URL, encoding, ...), in the order the
 *                   importer gave them (an unmodifiable copy; no {@code null} keys or values): the same
 *                   input gives the same order on every run, in every report
 */
public record Article(
        String id,
        String source,
        String format,
        String headline,
        String byline,
        String published,
        String language,
        String text,
        List<Paragraph> paragraphs,
        Map<String, String> metadata) {

    /**
     * @throws NullPointerException     if {@code id}, {@code source}, {@code format} or
     *                                  {@code text} is {@code null}
     * @throws IllegalArgumentException if a paragraph lies outside the text
     */
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        // Not Map.copyOf: its iteration order changes from one JVM to the next, and so would every report.
        metadata = metadata == null || metadata.isEmpty() ? Map.of() : ordered(metadata);
        for (Paragraph p : paragraphs) {
            if (p.end() > text.length()) {
                throw new IllegalArgumentException("paragraph " + p + " outside text of length " + text.length());
            }
        }
    }

    private static Map<String, String> ordered(Map<String, String> metadata) {
        java.util.LinkedHashMap<String, String> copy = new java.util.LinkedHashMap<>();
        metadata.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "metadata key"), Objects.requireNonNull(v, "metadata value")));
        return java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * The content-derived identifier FactDesk uses for articles: the first 16 hex digits of the
     * SHA-256 of the UTF-8 text. The same text always gives the same id.
     *
     * @param text article text
     * @return a 16-character lower-case hex string
     */
    public static String contentId(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}

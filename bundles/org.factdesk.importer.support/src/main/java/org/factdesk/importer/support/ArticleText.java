package org.factdesk.importer.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.factdesk.api.article.Paragraph;

/**
 * An article's text together with its paragraphs, as {@link org.factdesk.api.article.Article}
 * holds them: each paragraph a range of character offsets into the text.
 *
 * @param text       the text; never {@code null}
 * @param paragraphs the paragraphs, in text order, each inside {@code text}; never {@code null}
 */
public record ArticleText(String text, List<Paragraph> paragraphs) {

    /** No text and no paragraphs. */
    public static final ArticleText EMPTY = new ArticleText("", List.of());

    /**
     * @throws NullPointerException     if {@code text} or {@code paragraphs} is {@code null}
     * @throws IllegalArgumentException if a paragraph ends past the text or starts before the one before it ends
     */
    public ArticleText {
        Objects.requireNonNull(text, "text");
        paragraphs = List.copyOf(paragraphs);
        int last = 0;
        for (Paragraph p : paragraphs) {
            if (p.start() < last || p.end() > text.length()) {
                throw new IllegalArgumentException("paragraph " + p + " is out of order or outside the text ("
                        + text.length() + " characters)");
            }
            last = p.end();
        }
    }

    /** @return a builder that joins paragraphs with a blank line between them */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an article text from paragraphs, joined by a blank line ({@code "\n\n"}), keeping each
     * paragraph's offsets. Not thread-safe; use one per article.
     */
    public static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<Paragraph> paragraphs = new ArrayList<>();

        private Builder() {
        }

        /**
         * Appends a paragraph as it is (the caller strips or collapses white space).
         *
         * @param paragraph the paragraph's text; an empty one is ignored
         * @return this builder
         */
        public Builder add(String paragraph) {
            if (paragraph.isEmpty()) {
                return this;
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(paragraph);
            paragraphs.add(new Paragraph(start, text.length()));
            return this;
        }

        /** @return whether no paragraph has been added yet */
        public boolean isEmpty() {
            return paragraphs.isEmpty();
        }

        /** @return the text and paragraphs added so far */
        public ArticleText build() {
            return new ArticleText(text.toString(), paragraphs);
        }
    }
}

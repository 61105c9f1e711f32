package org.factdesk.api.desk;

/**
 * Where the claim of a case was made: the article and what is known of it, for ClaimReview's
 * {@code itemReviewed}.
 *
 * @param articleId the imported article's id
 * @param url       the article's URL, or {@code null} if not known
 * @param headline  its headline, or {@code null}
 * @param author    who made the claim: the speaker, else the article's author or publisher; or {@code null}
 * @param published when the article appeared (ISO-8601), or {@code null}
 * @param publisher who published the article, or {@code null}
 */
public record ClaimAppearance(String articleId, String url, String headline, String author, String published, String publisher) {
}

package org.factdesk.api.claim;

import java.util.List;

import org.factdesk.api.article.Article;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Finds the check-worthy claims in an article. Register an implementation as an OSGi service;
 * the pipeline uses the one with the highest {@code service.ranking}, and follows when a better
 * ranked one arrives or the one in use goes away. Implementations must be thread-safe.
 *
 * <p>Service property {@link #NAME} (String) names the extractor in reports.
 */
@ConsumerType
public interface ClaimExtractor {

    /** Service property: the extractor's name, shown in run reports. */
    String NAME = "factdesk.extractor.name";

    /**
     * Extracts the claims of an article.
     *
     * @param article the article; never {@code null}
     * @return the claims, ordered by position in the text, each with a span inside
     *         {@code article.text()}; never {@code null}, possibly empty
     */
    List<Claim> extract(Article article);
}

package org.factdesk.api.pipeline;

import java.util.List;

import org.factdesk.api.article.Article;

/**
 * The result of checking one article.
 *
 * @param article   the article as imported
 * @param extractor name of the claim extractor used
 * @param claims    the claims in text order, each with its findings
 * @param checkers  the checkers that were active for this run
 */
public record ArticleReport(Article article, String extractor, List<ClaimReport> claims, List<CheckerInfo> checkers) {

    /** Copies the lists. */
    public ArticleReport {
        claims = List.copyOf(claims);
        checkers = List.copyOf(checkers);
    }
}

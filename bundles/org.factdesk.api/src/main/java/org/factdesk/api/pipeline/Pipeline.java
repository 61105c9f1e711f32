package org.factdesk.api.pipeline;

import java.util.List;

import org.factdesk.api.article.Article;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs the claim extractor and every active checker over an article. Provided by FactDesk.
 * Checkers installed, updated or removed while FactDesk runs are taken into account from the
 * next article on.
 */
@ProviderType
public interface Pipeline {

    /**
     * Extracts the claims of an article and runs the checkers on them.
     *
     * @param article the article
     * @return the claims with their findings and the checkers that ran
     * @throws IllegalStateException if no claim extractor is available
     */
    ArticleReport check(Article article);

    /** @return the checkers active now */
    List<CheckerInfo> checkers();
}

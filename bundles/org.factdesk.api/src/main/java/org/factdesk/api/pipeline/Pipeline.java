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
     * Extracts the claims of an article and runs the active checkers on them, in parallel, each
     * with a time limit. The checkers active when the article starts are the ones used for all
     * its claims. Interrupting the calling thread cancels the run.
     *
     * @param article the article
     * @return the claims with their findings and the checkers that ran
     * @throws IllegalStateException if no claim extractor is available, or the run was interrupted
     */
    ArticleReport check(Article article);

    /** @return every registered checker, active, disabled or quarantined */
    List<CheckerInfo> checkers();

    /**
     * Switches a checker off until {@link #enable} is called; it stays registered. The switch is kept
     * in the desk's configuration, so it lasts between runs.
     *
     * @param checkerId the checker's id
     * @param reason    why, shown to users
     * @return {@code false} if no checker has that id
     * @throws IllegalStateException if the desk's configuration refuses the change (the message says why)
     */
    boolean disable(String checkerId, String reason);

    /**
     * Switches a disabled or quarantined checker back on, lastingly like {@link #disable}.
     *
     * @param checkerId the checker's id
     * @return {@code false} if no checker has that id
     * @throws IllegalStateException if the desk's configuration refuses the change (the message says why)
     */
    boolean enable(String checkerId);
}

package org.factdesk.api.check;

import java.util.List;

import org.factdesk.api.article.Article;
import org.factdesk.api.claim.Claim;
import org.osgi.annotation.versioning.ProviderType;

/** What a checker may look at besides the claim: the article around it. Provided by FactDesk. */
@ProviderType
public interface CheckContext {

    /** @return the article the claim stands in; never {@code null} */
    Article article();

    /** @return all claims of the article, in text order, including the one being checked */
    List<Claim> claims();

    /**
     * Whether the run was cancelled or this checker's time is up. A long-running checker
     * should look at this now and then and return early when it is {@code true}.
     *
     * @return {@code true} once the result is no longer wanted
     */
    boolean cancelled();

    /**
     * A service the checker may consult (a reference-data lookup, say), found in the service
     * registry when called. Checkers must treat what they get as read-only.
     *
     * @param <S>  the service type
     * @param type the service interface
     * @return the best-ranked such service, or empty if none is registered
     */
    <S> java.util.Optional<S> service(Class<S> type);
}

package org.factdesk.workbench.desk.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.factdesk.api.article.Article;
import org.factdesk.api.check.Finding;
import org.factdesk.api.claim.Claim;
import org.factdesk.api.pipeline.ArticleReport;
import org.factdesk.api.pipeline.ClaimReport;

/**
 * An article open in the editor: its text, its claims with their findings (from the latest check,
 * or from its cases until the first check is back), and what the latest re-check changed.
 *
 * @param article   the article as imported
 * @param stored    true if it is in the workspace (false: checked only)
 * @param claims    the claims in text order with their findings
 * @param checked   true once the claims come from a check run by this workbench (not only from the cases)
 * @param checking  true while a check runs
 * @param changes   claim id to what the latest re-check changed in its findings
 * @param checkedAt when the claims were last checked, or null
 */
public record OpenArticle(Article article, boolean stored, List<ClaimReport> claims, boolean checked, boolean checking,
        Map<String, List<FindingChange>> changes, Instant checkedAt) {

    /** Copies the collections. */
    public OpenArticle {
        claims = List.copyOf(claims);
        changes = Map.copyOf(changes);
    }

    /** @return the article's id */
    public String id() {
        return article.id();
    }

    /** @return a title for the editor's tab */
    public String title() {
        String h = article.headline();
        return h != null && !h.isBlank() ? Texts.oneLine(h, 40) : article.source();
    }

    /** Its title: lists and combo boxes show it, and a record's own toString would print the whole text. */
    @Override
    public String toString() {
        return title();
    }

    /** @return the claims alone */
    public List<Claim> claimList() {
        return claims.stream().map(ClaimReport::claim).toList();
    }

    /** @return the claim with this id */
    public Optional<ClaimReport> claim(String claimId) {
        return claims.stream().filter(c -> c.claim().id().equals(claimId)).findFirst();
    }

    /** @return the findings on that claim; empty if the claim is not in this article */
    public List<Finding> findings(String claimId) {
        return claim(claimId).map(ClaimReport::findings).orElse(List.of());
    }

    /** @return this article while a check runs */
    public OpenArticle checking(boolean on) {
        return new OpenArticle(article, stored, claims, checked, on, changes, checkedAt);
    }

    /**
     * @param report the new check
     * @return this article with the new check's claims, and what changed since the previous check
     *         (nothing on the first check: the case claims it replaces are a subset)
     */
    public OpenArticle withReport(ArticleReport report) {
        Map<String, List<FindingChange>> diff = checked ? FindingChange.diff(new ArticleReport(article, "", claims, List.of()), report) : Map.of();
        return new OpenArticle(article, stored, report.claims(), true, false, diff, Instant.now());
    }
}

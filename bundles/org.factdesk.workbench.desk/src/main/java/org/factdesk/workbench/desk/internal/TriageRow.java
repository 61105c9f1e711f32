package org.factdesk.workbench.desk.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.factdesk.api.check.Finding;
import org.factdesk.api.claim.Claim;
import org.factdesk.api.claim.ClaimType;
import org.factdesk.api.desk.Case;
import org.factdesk.api.desk.CaseState;

/**
 * One row of the triage table: an article (with its cases) or a case.
 *
 * @param kind       article or case
 * @param id         the case id ({@code C-3}) or the article id
 * @param articleId  the article the row stands for or, for a case, where it was first seen
 * @param headline   the article's headline, or null
 * @param state      the case's state; null for an article
 * @param status     the state in words; for an article how many cases it has open
 * @param assignee   the case's assignee, or null
 * @param score      check-worthiness; for an article, its best case's
 * @param types      claim types; for an article, all its cases'
 * @param findings   the checkers' findings (the case's suggestions; for an article, all its cases')
 * @param opened     when the case was opened; for an article, its first case
 * @param updated    when the case last changed; for an article, its latest case change
 * @param text       the claim as reviewed; for an article, its headline
 * @param speaker    who made the claim, or null
 * @param rating     the current verdict's rating, or null
 * @param dismissed  dismissed from the inbox by this user
 * @param kase       the case; null for an article
 */
public record TriageRow(Kind kind, String id, String articleId, String headline, CaseState state, String status, String assignee, double score,
        List<ClaimType> types, List<Finding> findings, Instant opened, Instant updated, String text, String speaker, String rating, boolean dismissed,
        Case kase) {

    /** What a row stands for. */
    public enum Kind {
        /** An article and its cases. */
        ARTICLE,
        /** One case. */
        CASE
    }

    /** Copies the lists. */
    public TriageRow {
        types = List.copyOf(types);
        findings = List.copyOf(findings);
    }

    /** @return the case's row */
    public static TriageRow of(Case c, String headline, boolean dismissed) {
        Claim first = c.claims().isEmpty() ? null : c.claims().get(0);
        return new TriageRow(Kind.CASE, c.id(), c.appearance().articleId(), headline, c.state(), Texts.state(c.state()), c.assignee(),
                first == null ? 0 : first.score(), first == null ? List.of() : first.types(), c.suggestions(), c.opened(),
                c.updated() != null ? c.updated() : c.opened(), c.claimReviewed(), first == null ? null : first.speaker(),
                c.verdict() == null ? null : c.verdict().rating(), dismissed, c);
    }

    /** @return the article's row, summing up its cases */
    public static TriageRow of(DeskSnapshot.ArticleRef a, Set<String> dismissedCases) {
        double score = 0;
        Set<ClaimType> types = EnumSet.noneOf(ClaimType.class);
        List<Finding> findings = new ArrayList<>();
        Instant opened = null;
        Instant updated = null;
        int open = 0;
        for (Case c : a.cases()) {
            for (Claim claim : c.claims()) {
                if (claim.id().startsWith(a.id() + "#")) {
                    score = Math.max(score, claim.score());
                    types.addAll(claim.types());
                }
            }
            findings.addAll(c.suggestions());
            opened = opened == null || c.opened().isBefore(opened) ? c.opened() : opened;
            Instant u = c.updated() != null ? c.updated() : c.opened();
            updated = updated == null || u.isAfter(updated) ? u : updated;
            if (c.state() != CaseState.PUBLISHED && !dismissedCases.contains(c.id())) {
                open++;
            }
        }
        String headline = a.headline() != null && !a.headline().isBlank() ? a.headline() : a.id();
        String status = a.cases().size() + (a.cases().size() == 1 ? " case" : " cases") + ", " + open + " open";
        return new TriageRow(Kind.ARTICLE, a.id(), a.id(), a.headline(), null, status, null, score, new ArrayList<>(types), findings, opened,
                updated, headline, null, null, false, null);
    }

    /** @return the text free-text search looks in, lower case */
    public String searchable() {
        StringBuilder b = new StringBuilder();
        b.append(id).append(' ').append(status).append(' ').append(text).append(' ');
        if (headline != null) {
            b.append(headline).append(' ');
        }
        if (assignee != null) {
            b.append(assignee).append(' ');
        }
        if (speaker != null) {
            b.append(speaker).append(' ');
        }
        if (rating != null) {
            b.append(rating).append(' ');
        }
        for (ClaimType t : types) {
            b.append(t.name()).append(' ');
        }
        for (Finding f : findings) {
            b.append(f.checker()).append(' ').append(f.summary()).append(' ');
        }
        return b.toString().toLowerCase(java.util.Locale.ROOT);
    }
}

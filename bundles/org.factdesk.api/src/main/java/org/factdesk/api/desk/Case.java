package org.factdesk.api.desk;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.factdesk.api.check.Finding;
import org.factdesk.api.claim.Claim;

/**
 * A fact-check of one claim (or of several claims that say the same thing).
 *
 * @param id          for example {@code "C-12"}
 * @param claims      the claims, the first one is the claim as reviewed
 * @param appearance  where the claim was first seen
 * @param alsoIn      other articles that make the same claim, in the order they were imported
 * @param state       where the case is in the workflow
 * @param assignee    who is checking it, or {@code null}
 * @param suggestions what the checkers found when the article was imported, with their versions
 * @param evidence    findings attached as evidence, with the checker and version that produced them
 * @param verdict     the current verdict (proposed, signed off or published), or {@code null}
 * @param signOff     the sign-off of the current verdict, or {@code null}
 * @param rejections  verdicts sent back, oldest first
 * @param publication the latest publication, or {@code null}
 * @param corrections corrections, oldest first
 * @param opened      when the case was opened
 * @param updated     when it last changed
 */
public record Case(String id, List<Claim> claims, ClaimAppearance appearance, List<ClaimAppearance> alsoIn, CaseState state, String assignee,
        List<Finding> suggestions, List<Finding> evidence, Verdict verdict, SignOff signOff, List<Rejection> rejections, Publication publication,
        List<Correction> corrections, Instant opened, Instant updated) {

    /** @throws NullPointerException if id, claims, appearance, state or opened is {@code null} */
    public Case {
        Objects.requireNonNull(id, "id");
        claims = List.copyOf(claims);
        Objects.requireNonNull(appearance, "appearance");
        alsoIn = alsoIn == null ? List.of() : List.copyOf(alsoIn);
        Objects.requireNonNull(state, "state");
        suggestions = List.copyOf(suggestions);
        evidence = List.copyOf(evidence);
        rejections = List.copyOf(rejections);
        corrections = List.copyOf(corrections);
        Objects.requireNonNull(opened, "opened");
    }

    /** @return the claim as reviewed: the text of the first claim */
    public String claimReviewed() {
        return claims.isEmpty() ? "" : claims.get(0).text();
    }
}

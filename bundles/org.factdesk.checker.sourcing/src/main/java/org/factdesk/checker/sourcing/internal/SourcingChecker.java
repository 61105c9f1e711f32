package org.factdesk.checker.sourcing.internal;

import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.factdesk.api.check.CheckContext;
import org.factdesk.api.check.Checker;
import org.factdesk.api.check.CheckerService;
import org.factdesk.api.check.Evidence;
import org.factdesk.api.check.Finding;
import org.factdesk.api.check.Stance;
import org.factdesk.api.claim.Attribution;
import org.factdesk.api.claim.Claim;
import org.factdesk.api.claim.ClaimType;
import org.factdesk.api.claim.Quantity;
import org.osgi.service.component.annotations.Component;

/**
 * Flags claims whose sourcing a fact-checker should look at: anonymous or vague attribution,
 * figures the article gives no source for, and statements resting on a single named source.
 */
@Component
@CheckerService(id = "org.factdesk.checker.sourcing", name = "Sourcing",
        description = "Flags claims resting on anonymous, vague, single or missing sources.",
        types = {ClaimType.ATTRIBUTION, ClaimType.QUOTE, ClaimType.NUMERIC})
public class SourcingChecker implements Checker {

    @Override
    public List<Finding> check(Claim claim, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        Attribution a = claim.attribution();
        String where = context == null ? null : context.article().source();
        if (a != null && a.kind() == Attribution.Kind.ANONYMOUS) {
            findings.add(Finding.of(Stance.NEEDS_CONTEXT, 0.75, "Rests on anonymous sources: \u201c" + a.phrase() + "\u201d"
                    + (a.source() != null ? ", relayed by " + a.source() : ""))
                    .withExplanation("The sources are not named, so readers cannot judge their standing. Confirm with a second, "
                            + "independent source or the original document before repeating the claim.")
                    .withEvidence(new Evidence(null, where, a.phrase(), null)));
        } else if (a != null && a.kind() == Attribution.Kind.VAGUE) {
            findings.add(Finding.of(Stance.NEEDS_CONTEXT, 0.6, "Rests on a vague source: \u201c" + a.phrase() + "\u201d")
                    .withExplanation("Who exactly says this is not stated. Find the named experts, report or data behind it.")
                    .withEvidence(new Evidence(null, where, a.phrase(), null)));
        } else if (a != null && a.kind() == Attribution.Kind.NAMED && a.source() != null) {
            boolean others = context != null && sources(context.claims()).otherThan(a.source());
            findings.add(Finding.of(Stance.INFO, 0.5, "Single named source: " + a.source()
                    + (others ? "" : " (the only named source in the article)"))
                    .withExplanation(claim.is(ClaimType.QUOTE)
                            ? "Check the quotation against a recording, transcript or the speaker's own publication."
                            : "The claim rests on what " + a.source() + " says; look for independent confirmation.")
                    .withEvidence(new Evidence(null, where, a.phrase(), null)));
        }
        if (a == null && claim.is(ClaimType.NUMERIC)) {
            String figures = claim.quantities().stream().map(Quantity::display).collect(Collectors.joining(", "));
            findings.add(Finding.of(Stance.INFO, 0.5, "No source given for " + figures)
                    .withExplanation("The article states the figure without saying where it comes from. Find the original "
                            + "filing, statement or data set.")
                    .withEvidence(new Evidence(null, where, claim.text(), null)));
        }
        return findings;
    }

    /** How many articles' sources are kept: more than the articles a batch checks at once. */
    private static final int RECENT = 64;

    /** The sources of the articles checked last, by the identity of their claim list (one list per article). */
    private final Deque<Map.Entry<WeakReference<List<Claim>>, NamedSources>> recent = new ArrayDeque<>();

    /** An article's sources, indexed once per article rather than looked over once per claim. */
    private NamedSources sources(List<Claim> claims) {
        synchronized (recent) {
            for (Map.Entry<WeakReference<List<Claim>>, NamedSources> e : recent) {
                if (e.getKey().get() == claims) {
                    return e.getValue();
                }
            }
        }
        NamedSources s = NamedSources.of(claims);
        synchronized (recent) {
            recent.addFirst(Map.entry(new WeakReference<>(claims), s));
            if (recent.size() > RECENT) {
                recent.removeLast();
            }
        }
        return s;
    }
}

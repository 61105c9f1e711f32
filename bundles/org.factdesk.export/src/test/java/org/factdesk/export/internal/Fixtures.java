package org.factdesk.export.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.factdesk.api.check.Evidence;
import org.factdesk.api.check.Finding;
import org.factdesk.api.check.Provenance;
import org.factdesk.api.check.Stance;
import org.factdesk.api.claim.Claim;
import org.factdesk.api.claim.ClaimType;
import org.factdesk.api.desk.Case;
import org.factdesk.api.desk.CaseEvent;
import org.factdesk.api.desk.CaseState;
import org.factdesk.api.desk.ClaimAppearance;
import org.factdesk.api.desk.Correction;
import org.factdesk.api.desk.DeskRules;
import org.factdesk.api.desk.Publication;
import org.factdesk.api.desk.RatingScale;
import org.factdesk.api.desk.Rejection;
import org.factdesk.api.desk.SignOff;
import org.factdesk.api.desk.Source;
import org.factdesk.api.desk.Verdict;
import org.factdesk.api.export.Exporter;
import org.factdesk.api.export.FactCheck;

/** Fact-checks built by hand: a published and corrected one, and variations of it. */
final class Fixtures {

    static final DeskRules RULES = new DeskRules(true, RatingScale.standard(), "Desk Verité", "https://verite.example/");

    static final Instant OPENED = Instant.parse("2025-01-29T08:00:00Z");
    static final Instant PROPOSED = Instant.parse("2025-01-29T15:30:00Z");
    static final Instant REJECTED = Instant.parse("2025-01-29T16:00:00Z");
    static final Instant SIGNED = Instant.parse("2025-01-30T09:15:00Z");
    /** First publication, late in the UTC evening. */
    static final Instant FIRST_PUBLISHED = Instant.parse("2025-01-30T23:10:00Z");
    static final Instant REOPENED = Instant.parse("2025-02-03T10:00:00Z");
    static final Instant REPUBLISHED = Instant.parse("2025-02-04T12:00:00Z");

    static final String CLAIM = "Microsoft has committed $80 billion to AI data centres this fiscal year.";
    static final String RATIONALE = "Microsoft said $80 billion, but for data centres worldwide.\nMore than half is in the US.";
    static final String CORRECTION_REASON = "The figure covers the fiscal year, not the calendar year";

    private Fixtures() {
    }

    static Claim claim(String text, String speaker) {
        return new Claim("mint-1#0", text, 0, text.length(), 0.9, List.of(ClaimType.NUMERIC), "contains a figure", speaker, null, null, null,
                null);
    }

    static ClaimAppearance appearance() {
        return new ClaimAppearance("mint-1", "https://www.livemint.com/ai/microsoft-meta-ai-spending.html", "Microsoft and Meta bet big on AI",
                "Satya Nadella", "2025-01-28T06:45:00+05:30", "Mint");
    }

    static Finding finding() {
        return Finding.of(Stance.NEEDS_CONTEXT, 0.8, "The $80 billion figure is Microsoft's own, for its fiscal year 2025")
                .withEvidence(new Evidence("Microsoft blog: The golden opportunity for American AI", "https://blogs.microsoft.com/on-the-issues/2025/01/03/",
                        "$80 billion to build out AI-enabled datacenters", "2025-01-03"))
                .stamped("org.factdesk.checker.figures", "1.2.0", new Provenance("org.factdesk.checker.figures", "1.2.0", "figures", "ab12"));
    }

    static List<Source> sources() {
        return List.of(
                new Source("https://blogs.microsoft.com/on-the-issues/2025/01/03/", "Microsoft's statement of the $80 billion", LocalDate.of(2025, 1, 29)),
                new Source("Interview notes, call with Microsoft press office, 29 Jan", "the split between US and elsewhere", LocalDate.of(2025, 1, 29)));
    }

    static Verdict verdict(String rating) {
        return new Verdict(rating, RATIONALE, sources(), "ana", PROPOSED, "9f2c3a7be01d44aa55e6");
    }

    /** Published as "false", reopened, republished as "mostly-true". */
    static Case publishedCase() {
        return new Case("C-3", List.of(claim(CLAIM, "Satya Nadella")), appearance(), List.of(), CaseState.PUBLISHED, "ana", List.of(finding()),
                List.of(finding()), verdict("mostly-true"), new SignOff("ed", SIGNED, "9f2c3a7be01d44aa55e6", "c2lnbmF0dXJl"),
                List.of(new Rejection("ed", REJECTED, "Name the second source", "11aa")),
                new Publication("ed", REPUBLISHED, "https://verite.example/checks/microsoft-80-billion", "mostly-true", verdict("mostly-true")),
                List.of(new Correction("ed", REOPENED, CORRECTION_REASON, "false", REPUBLISHED, "mostly-true")), OPENED, REPUBLISHED);
    }

    /** The history that goes with {@link #publishedCase()}: two publications. */
    static List<CaseEvent> publishedHistory() {
        return List.of(
                new CaseEvent(1, OPENED, "ana", "article.imported", "opened from article mint-1"),
                new CaseEvent(4, PROPOSED, "ana", "verdict.proposed", "verdict proposed: false (2 sources)"),
                new CaseEvent(6, SIGNED, "ed", "verdict.signed", "signed off"),
                new CaseEvent(7, FIRST_PUBLISHED, "ed", "case.published", "published as false"),
                new CaseEvent(9, REOPENED, "ed", "case.reopened", "reopened for a correction"),
                new CaseEvent(12, REPUBLISHED, "ed", "case.published", "published as mostly-true"));
    }

    static FactCheck published() {
        return new FactCheck(publishedCase(), RULES, publishedHistory());
    }

    /** The published case with some parts replaced. */
    static Case with(Case c, CaseState state, ClaimAppearance appearance, Verdict verdict, SignOff signOff, Publication publication,
            List<Correction> corrections) {
        return new Case(c.id(), c.claims(), appearance, c.alsoIn(), state, c.assignee(), c.suggestions(), c.evidence(), verdict, signOff, c.rejections(),
                publication, corrections, c.opened(), c.updated());
    }

    /** Published once, never corrected, rated "unverifiable". */
    static FactCheck unverifiable() {
        Case c = publishedCase();
        Case u = with(c, CaseState.PUBLISHED, c.appearance(), verdict("unverifiable"), c.signOff(),
                new Publication("ed", FIRST_PUBLISHED, "https://verite.example/checks/unverifiable", "unverifiable", verdict("unverifiable")), List.of());
        return new FactCheck(u, RULES, List.of(new CaseEvent(7, FIRST_PUBLISHED, "ed", "case.published", "published as unverifiable")));
    }

    /** Proposed, waiting for sign-off. */
    static FactCheck proposed() {
        Case c = publishedCase();
        return new FactCheck(with(c, CaseState.VERDICT_PROPOSED, c.appearance(), verdict("false"), null, null, List.of()), RULES, List.of());
    }

    static FactCheck withClaim(FactCheck fc, String claimText, String speaker) {
        Case c = fc.subject();
        return new FactCheck(new Case(c.id(), List.of(claim(claimText, speaker)), c.appearance(), c.alsoIn(), c.state(), c.assignee(), c.suggestions(),
                c.evidence(), c.verdict(), c.signOff(), c.rejections(), c.publication(), c.corrections(), c.opened(), c.updated()),
                fc.rules(), fc.history());
    }

    static String export(Exporter exporter, FactCheck... checks) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(List.of(checks), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static byte[] exportBytes(Exporter exporter, FactCheck... checks) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(List.of(checks), out);
        return out.toByteArray();
    }
}

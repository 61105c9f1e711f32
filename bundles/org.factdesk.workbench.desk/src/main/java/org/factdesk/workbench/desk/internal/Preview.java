package org.factdesk.workbench.desk.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.factdesk.api.desk.Case;
import org.factdesk.api.desk.CaseState;
import org.factdesk.api.desk.DeskSession;
import org.factdesk.api.desk.Publication;
import org.factdesk.api.desk.WorkflowException;
import org.factdesk.api.export.ExportException;
import org.factdesk.api.export.ExportOutcome;
import org.factdesk.api.export.ExportService;
import org.factdesk.api.export.Exporter;
import org.factdesk.api.export.FactCheck;
import org.factdesk.api.export.UnknownFormatException;

/**
 * The ClaimReview a case has or will have, made by the ClaimReview exporter itself: for a published
 * case, what readers see; for one not published yet, the document as it would be if it were
 * published now (with the URL the editor typed, or a placeholder), with what the workflow still
 * needs and what the export rules refuse.
 *
 * @param caseId       the case
 * @param hypothetical true if the case is not published: the document is what publishing now would give
 * @param document     the JSON-LD, or null if the exporter refuses
 * @param refused      the export rules' refusals, in the exporter's words
 * @param pending      what the workflow needs before the case can be published
 */
public record Preview(String caseId, boolean hypothetical, String document, List<String> refused, List<String> pending) {

    /** The ClaimReview exporter's format name. */
    public static final String FORMAT = "claimreview";
    /** Stands in for the publication URL until the editor gives one. */
    public static final String PLACEHOLDER_URL = "https://publication.url.invalid/";

    /** Copies the lists. */
    public Preview {
        refused = List.copyOf(refused);
        pending = List.copyOf(pending);
    }

    /**
     * @param exports    the export service
     * @param session    an open session (read-only is enough)
     * @param caseId     the case
     * @param publishUrl the URL the fact-check will have, or blank if not known yet
     * @param editor     who would publish (for the preview's publication), or null
     * @return the preview
     * @throws WorkflowException if there is no such case
     */
    public static Preview of(ExportService exports, DeskSession session, String caseId, String publishUrl, String editor) throws WorkflowException {
        Exporter exporter;
        try {
            exporter = exports.exporter(FORMAT);
        } catch (UnknownFormatException e) {
            return new Preview(caseId, false, null, List.of(e.getMessage() + " (the bundle org.factdesk.export provides it)"), List.of());
        }
        FactCheck check = exports.factChecks(session, List.of(caseId)).get(0);
        Case c = check.subject();
        if (c.publication() != null) {
            return export(exports, exporter, check, false, c.state() == CaseState.PUBLISHED ? List.of()
                    : List.of("a correction is being prepared: until the case is published again, ClaimReview is the published version"));
        }
        List<String> pending = pending(c, session.rules().fourEyes());
        if (c.verdict() == null) {
            return new Preview(c.id(), true, null, List.of(c.id() + ": there is no verdict to publish yet"), pending);
        }
        boolean hasUrl = publishUrl != null && !publishUrl.isBlank();
        if (!hasUrl) {
            pending = new ArrayList<>(pending);
            pending.add("the fact-check's URL is given when it is published (the preview shows " + PLACEHOLDER_URL + ")");
        }
        Publication publication = new Publication(editor == null ? "editor" : editor, Instant.now(), hasUrl ? publishUrl.strip() : PLACEHOLDER_URL,
                c.verdict().rating(), c.verdict());
        Case asPublished = new Case(c.id(), c.claims(), c.appearance(), c.alsoIn(), CaseState.PUBLISHED, c.assignee(), c.suggestions(), c.evidence(),
                c.verdict(), c.signOff(), c.rejections(), publication, c.corrections(), c.opened(), Instant.now());
        return export(exports, exporter, new FactCheck(asPublished, check.rules(), check.history()), true, pending);
    }

    private static Preview export(ExportService exports, Exporter exporter, FactCheck check, boolean hypothetical, List<String> pending) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ExportOutcome outcome = exports.export(exporter, List.of(check), out);
            if (!outcome.problems().isEmpty()) {
                return new Preview(check.subject().id(), hypothetical, null, outcome.problems().stream().map(ExportOutcome.Problem::message).toList(), pending);
            }
        } catch (ExportException | IOException e) {
            return new Preview(check.subject().id(), hypothetical, null, List.of(e.getMessage()), pending);
        }
        return new Preview(check.subject().id(), hypothetical, out.toString(StandardCharsets.UTF_8), List.of(), pending);
    }

    /** @return what the workflow still needs before the case is published */
    static List<String> pending(Case c, boolean fourEyes) {
        List<String> out = new ArrayList<>();
        switch (c.state()) {
            case DETECTED, SELECTED -> {
                out.add("someone takes the case and proposes a verdict with its sources");
                out.add(fourEyes ? "an editor other than the proposer signs it off" : "an editor signs it off");
                out.add("an editor publishes it");
            }
            case IN_REVIEW -> {
                out.add(c.assignee() == null ? "a verdict is proposed with its sources" : c.assignee() + " (or an editor) proposes a verdict with its sources");
                out.add(fourEyes ? "an editor other than the proposer signs it off" : "an editor signs it off");
                out.add("an editor publishes it");
            }
            case VERDICT_PROPOSED -> {
                out.add(fourEyes ? "an editor other than " + c.verdict().proposedBy() + " signs it off" : "an editor signs it off");
                out.add("an editor publishes it");
            }
            case SIGNED_OFF -> out.add("an editor publishes it");
            case PUBLISHED -> {
            }
        }
        return out;
    }
}

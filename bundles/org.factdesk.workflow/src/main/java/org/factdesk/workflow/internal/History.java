package org.factdesk.workflow.internal;

import java.io.IOException;
import java.util.Optional;

import org.factdesk.api.desk.CaseEvent;
import org.factdesk.api.desk.CaseState;
import org.factdesk.api.store.JournalEntry;

import com.fasterxml.jackson.databind.JsonNode;

/** Journal entries told as a case's history, in words. */
final class History {

    private History() {
    }

    static Optional<CaseEvent> describe(JournalEntry e, String caseId) {
        JsonNode d;
        try {
            d = Json.MAPPER.readTree(e.data());
        } catch (IOException x) {
            return Optional.empty();
        }
        String summary = null;
        if (e.type().equals(Events.ARTICLE_IMPORTED)) {
            String article = d.path("article").path("id").asText() + " (" + d.path("article").path("source").asText() + ")";
            for (JsonNode c : d.path("cases")) {
                if (c.path("caseId").asText().equals(caseId)) {
                    summary = "opened from article " + article + ", " + c.path("suggestions").size() + " checker suggestions";
                }
            }
            for (JsonNode c : d.path("joined")) {
                if (c.path("caseId").asText().equals(caseId)) {
                    summary = "the same claim in article " + article + ", " + c.path("suggestions").size() + " more checker suggestions";
                }
            }
        } else if (d.path("caseId").asText().equals(caseId)) {
            summary = switch (e.type()) {
                case Events.CASE_SELECTED -> "selected for checking";
                case Events.CASE_ASSIGNED -> "assigned to " + d.path("assignee").asText();
                case Events.EVIDENCE_ATTACHED -> "evidence attached: " + d.path("finding").path("summary").asText() + " ["
                        + d.path("finding").path("checker").asText() + " " + d.path("finding").path("version").asText() + "]";
                case Events.VERDICT_PROPOSED -> "verdict proposed: " + d.path("rating").asText() + " (" + d.path("sources").size() + " sources)";
                case Events.VERDICT_REJECTED -> "verdict rejected: " + d.path("comment").asText();
                case Events.VERDICT_SIGNED -> "signed off (Ed25519 signature over verdict " + abbrev(d.path("verdict").asText()) + ")";
                case Events.CASE_PUBLISHED -> "published as " + d.path("rating").asText() + " at " + d.path("url").asText();
                case Events.CASE_REOPENED -> "reopened for a correction: " + d.path("reason").asText();
                default -> e.type();
            };
        }
        return summary == null ? Optional.empty() : Optional.of(new CaseEvent(e.seq(), e.at(), e.actor(), e.type(), summary));
    }

    private static String abbrev(String hash) {
        return hash.length() > 12 ? hash.substring(0, 12) + "..." : hash;
    }

    static String state(CaseState s) {
        return s.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}

package org.factdesk.export.internal;

import java.util.ArrayList;
import java.util.List;

import org.factdesk.api.check.Evidence;
import org.factdesk.api.check.Finding;
import org.factdesk.api.claim.Claim;
import org.factdesk.api.desk.Case;
import org.factdesk.api.desk.ClaimAppearance;
import org.factdesk.api.desk.Correction;
import org.factdesk.api.desk.DeskRules;
import org.factdesk.api.desk.Publication;
import org.factdesk.api.desk.Rejection;
import org.factdesk.api.desk.SignOff;
import org.factdesk.api.desk.Source;
import org.factdesk.api.desk.Verdict;
import org.factdesk.api.export.FactCheck;

/**
 * The human report of one fact-check as plain blocks of text and links, so the HTML and the
 * Markdown report say exactly the same thing; each renderer only escapes and lays out. All text
 * here is raw (unescaped); every {@link Link} target is an absolute http(s) URL.
 */
final class Report {

    /** A run of text inside a block. */
    sealed interface Inline permits Text, Strong, Link {
    }

    record Text(String text) implements Inline {
    }

    record Strong(String text) implements Inline {
    }

    record Link(String text, String url) implements Inline {
    }

    /** A block of the report. */
    sealed interface Block permits Heading, Paragraph, Note, Quote, Items {
    }

    record Heading(int level, String text) implements Block {
    }

    /** A paragraph; its text may hold new lines, which renderers keep. */
    record Paragraph(List<Inline> inlines) implements Block {
    }

    /** A paragraph of secondary facts (case state, credits), shown smaller where the format can. */
    record Note(List<Inline> inlines) implements Block {
    }

    /** A quotation, such as the claim. */
    record Quote(String text) implements Block {
    }

    /** A bulleted list, one line of inlines per item. */
    record Items(List<List<Inline>> items) implements Block {
    }

    /** What a report says when a section has nothing in it. */
    static final String NONE = "None";

    private Report() {
    }

    /** @return the title of the report */
    static String title(FactCheck check) {
        return "Fact-check " + check.subject().id();
    }

    /** @return the report's blocks, title first */
    static List<Block> of(FactCheck check) {
        Case c = check.subject();
        DeskRules rules = check.rules();
        List<Block> out = new ArrayList<>();
        out.add(new Heading(1, title(check)));
        out.add(new Note(List.of(new Strong("State:"), new Text(" " + Facts.state(c)),
                new Text(" · "), new Strong("Assignee:"), new Text(" " + (c.assignee() == null ? "nobody yet" : c.assignee())),
                new Text(" · "), new Strong("Opened:"), new Text(" " + Facts.dateTime(c.opened())),
                new Text(" · "), new Strong("Last change:"), new Text(" " + Facts.dateTime(c.updated())))));

        claim(c, out);
        verdict(c, rules, out);
        sources(c, out);
        evidence(c, out);
        signOff(c, out);
        rejections(c, out);
        publication(c, rules, out);
        corrections(c, rules, out);
        out.add(new Note(rules.organization().isBlank() ? List.of(new Text("Exported by FactDesk."))
                : List.of(new Text("Fact-check by "), link(rules.organization(), rules.organizationUrl()), new Text(", exported by FactDesk."))));
        return out;
    }

    private static void claim(Case c, List<Block> out) {
        out.add(new Heading(2, "Claim"));
        out.add(new Quote(c.claimReviewed().isBlank() ? "(no claim text)" : c.claimReviewed()));
        ClaimAppearance a = c.appearance();
        List<List<Inline>> where = new ArrayList<>();
        where.add(List.of(new Strong("Made by:"), new Text(" " + orUnknown(a.author()))));
        where.add(List.of(new Strong("Where:"), new Text(" " + orUnknown(a.headline()))));
        where.add(List.of(new Strong("Article:"), new Text(" "), a.url() == null ? new Text("unknown (no URL imported)") : link(a.url(), a.url())));
        where.add(List.of(new Strong("Publisher:"), new Text(" " + orUnknown(a.publisher()))));
        where.add(List.of(new Strong("Published:"), new Text(" " + orUnknown(a.published()))));
        out.add(new Items(where));
        if (!c.alsoIn().isEmpty()) {
            out.add(new Paragraph(List.of(new Text("The same claim also appeared in:"))));
            List<List<Inline>> also = new ArrayList<>();
            for (ClaimAppearance w : c.alsoIn()) {
                also.add(List.of(w.url() == null ? new Text(orUnknown(w.headline())) : link(orUnknown(w.headline()), w.url()),
                        new Text(" (" + orUnknown(w.publisher()) + ", " + orUnknown(w.published()) + ")")));
            }
            out.add(new Items(also));
        }
        if (c.claims().size() > 1) {
            out.add(new Paragraph(List.of(new Text("The same claim, also made as:"))));
            List<List<Inline>> others = new ArrayList<>();
            for (Claim other : c.claims().subList(1, c.claims().size())) {
                others.add(List.of(new Text("“" + Facts.oneLine(other.text()) + "”")));
            }
            out.add(new Items(others));
        }
    }

    private static void verdict(Case c, DeskRules rules, List<Block> out) {
        out.add(new Heading(2, "Verdict"));
        Verdict v = c.verdict();
        if (v == null) {
            out.add(new Paragraph(List.of(new Text("No verdict yet."))));
            return;
        }
        out.add(new Paragraph(List.of(new Strong(Facts.ratingLabel(rules, v.rating())))));
        out.add(new Paragraph(List.of(new Text(v.rationale().strip()))));
        out.add(new Paragraph(List.of(new Text("Proposed by " + v.proposedBy() + " on " + Facts.dateTime(v.proposedAt()) + "."))));
    }

    private static void sources(Case c, List<Block> out) {
        out.add(new Heading(2, "Sources"));
        List<Source> sources = c.verdict() == null ? List.of() : c.verdict().sources();
        List<List<Inline>> items = new ArrayList<>();
        for (Source s : sources) {
            items.add(List.of(link(s.location(), s.location()), new Text(": " + Facts.oneLine(s.shows()) + " (accessed " + s.accessed() + ")")));
        }
        out.add(items.isEmpty() ? new Paragraph(List.of(new Text(NONE))) : new Items(items));
    }

    private static void evidence(Case c, List<Block> out) {
        out.add(new Heading(2, "Evidence"));
        List<List<Inline>> items = new ArrayList<>();
        for (Finding f : c.evidence()) {
            List<Inline> line = new ArrayList<>();
            line.add(new Text(Facts.oneLine(f.summary()) + " (" + f.stance().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + ", confidence " + String.format(java.util.Locale.ROOT, "%.2f", f.confidence()) + "; "
                    + (f.checker() == null ? "unknown checker" : f.checker()) + " " + (f.version() == null ? "" : f.version()).strip() + ")"));
            for (Evidence e : f.evidence()) {
                String label = e.title() != null ? e.title() : e.quote() != null ? "“" + e.quote() + "”" : e.url();
                line.add(new Text("; "));
                line.add(e.url() == null ? new Text(Facts.oneLine(label)) : link(Facts.oneLine(label), e.url()));
            }
            items.add(line);
        }
        out.add(items.isEmpty() ? new Paragraph(List.of(new Text(NONE))) : new Items(items));
    }

    private static void signOff(Case c, List<Block> out) {
        out.add(new Heading(2, "Sign-off"));
        SignOff s = c.signOff();
        if (s == null) {
            out.add(new Paragraph(List.of(new Text("Not signed off."))));
            return;
        }
        String over = s.verdict() == null ? "" : " over verdict entry " + s.verdict().substring(0, Math.min(12, s.verdict().length()));
        out.add(new Paragraph(List.of(new Text("Signed off by "), new Strong(s.editor()), new Text(" on " + Facts.dateTime(s.at())
                + ", signed with Ed25519" + over + "."))));
    }

    private static void rejections(Case c, List<Block> out) {
        out.add(new Heading(2, "Rejections"));
        List<List<Inline>> items = new ArrayList<>();
        for (Rejection r : c.rejections()) {
            items.add(List.of(new Text(Facts.dateTime(r.at()) + ", " + orUnknown(r.by()) + ": " + Facts.oneLine(r.comment()))));
        }
        out.add(items.isEmpty() ? new Paragraph(List.of(new Text(NONE))) : new Items(items));
    }

    private static void publication(Case c, DeskRules rules, List<Block> out) {
        out.add(new Heading(2, "Publication"));
        Publication p = c.publication();
        if (p == null) {
            out.add(new Paragraph(List.of(new Text("Not published."))));
            return;
        }
        List<Inline> line = new ArrayList<>();
        line.add(new Text("Published by " + orUnknown(p.by()) + " on " + Facts.dateTime(p.at())));
        if (p.url() != null) {
            line.add(new Text(" at "));
            line.add(link(p.url(), p.url()));
        }
        if (p.rating() != null) {
            line.add(new Text(", rated " + Facts.ratingLabel(rules, p.rating())));
        }
        line.add(new Text("."));
        out.add(new Paragraph(line));
    }

    private static void corrections(Case c, DeskRules rules, List<Block> out) {
        out.add(new Heading(2, "Corrections"));
        List<List<Inline>> items = new ArrayList<>();
        for (Correction k : c.corrections()) {
            String rating = orUnknown(Facts.ratingLabel(rules, k.previousRating())) + " → "
                    + (k.newRating() == null ? "(open)" : Facts.ratingLabel(rules, k.newRating()));
            String republished = k.republishedAt() == null ? "not yet republished" : "republished " + Facts.dateTime(k.republishedAt());
            items.add(List.of(new Text(Facts.dateTime(k.at()) + ", " + orUnknown(k.by()) + ": " + sentence(k.reason())
                    + " Rating: " + rating + "; " + republished + ".")));
        }
        out.add(items.isEmpty() ? new Paragraph(List.of(new Text(NONE))) : new Items(items));
    }

    /** A link if the target is an http(s) URL; otherwise the text alone (file paths, archive numbers, javascript: ...). */
    private static Inline link(String text, String target) {
        return Facts.isWebUrl(target) ? new Link(text, target) : new Text(text);
    }

    /** @return the text on one line, ending with a full stop (not two) */
    private static String sentence(String s) {
        String t = Facts.oneLine(s);
        return t.isEmpty() || t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
    }

    private static String orUnknown(String s) {
        return s == null || s.isBlank() ? "unknown" : Facts.oneLine(s);
    }
}

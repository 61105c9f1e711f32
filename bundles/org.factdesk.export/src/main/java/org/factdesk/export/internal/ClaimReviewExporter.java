package org.factdesk.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.factdesk.api.claim.Claim;
import org.factdesk.api.desk.Case;
import org.factdesk.api.desk.ClaimAppearance;
import org.factdesk.api.desk.Correction;
import org.factdesk.api.desk.DeskRules;
import org.factdesk.api.desk.Rating;
import org.factdesk.api.desk.Verdict;
import org.factdesk.api.export.ExportException;
import org.factdesk.api.export.Exporter;
import org.factdesk.api.export.FactCheck;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * schema.org ClaimReview as JSON-LD, following Google's fact-check structured-data rules: one
 * document per published fact-check, for the page that hosts it.
 */
@Component(service = Exporter.class)
public class ClaimReviewExporter implements Exporter {

    private final ObjectWriter writer;

    public ClaimReviewExporter() {
        ObjectMapper mapper = new ObjectMapper();
        // The document is pasted into <script type="application/ld+json">: a claim quoting
        // "</script>" must not end that element early, so < > & are written as \\u escapes
        // (the same JSON values, parsed back unchanged).
        mapper.getFactory().setCharacterEscapes(new ScriptSafeEscapes());
        this.writer = mapper.writerWithDefaultPrettyPrinter();
    }

    @Override
    public String format() {
        return "claimreview";
    }

    @Override
    public String description() {
        return "schema.org ClaimReview JSON-LD of a published fact-check, for its web page (Google fact-check markup)";
    }

    @Override
    public String extension() {
        return "jsonld";
    }

    @Override
    public boolean perCase() {
        return true;
    }

    @Override
    public void export(List<FactCheck> checks, OutputStream out) throws ExportException, IOException {
        // Every document is built before the first byte is written: a case that cannot be
        // exported leaves nothing half-written in out.
        List<byte[]> docs = new ArrayList<>();
        for (FactCheck check : checks) {
            docs.add(writer.writeValueAsBytes(claimReview(check)));
        }
        for (byte[] json : docs) {
            out.write(json);
            out.write('\n');
        }
        out.flush();
    }

    /** @return the ClaimReview of a published fact-check, keys in the order people read them */
    ObjectNode claimReview(FactCheck check) throws ExportException {
        Case c = check.subject();
        DeskRules rules = check.rules();
        if (c.publication() == null) {
            throw new ExportException(c.id() + ": only a published fact-check has a ClaimReview; the case is " + c.state()
                    + " (" + Facts.state(c) + ")");
        }
        // While a correction is prepared, the published version is what readers see: export that one.
        Verdict published = c.publication().verdict() != null ? c.publication().verdict() : c.verdict();
        if (rules.organization().isBlank() || !Facts.isWebUrl(rules.organizationUrl())) {
            throw new ExportException(c.id() + ": the desk's organisation (the ClaimReview author) is not set: "
                    + "factdesk desk configure --organization NAME --organization-url URL");
        }
        ClaimAppearance appearance = c.appearance();
        if (appearance.url() == null || appearance.url().isBlank()) {
            throw new ExportException(c.id() + ": the claim has no appearance URL: import the article with --url URL");
        }
        if (!Facts.isWebUrl(appearance.url())) {
            throw new ExportException(c.id() + ": the claim's appearance URL is not an absolute http(s) URL: \"" + appearance.url() + "\"");
        }
        String url = c.publication().url();
        if (!Facts.isWebUrl(url)) {
            throw new ExportException(c.id() + ": the publication URL is not an absolute http(s) URL: \"" + url + "\"");
        }
        if (c.claimReviewed().isBlank()) {
            throw new ExportException(c.id() + ": the case has no claim text to review");
        }
        if (published == null) {
            throw new ExportException(c.id() + ": the case is published but has no verdict");
        }
        String ratingId = c.publication().rating() != null ? c.publication().rating() : published.rating();
        Rating rating = rules.scale().find(ratingId).orElseThrow(() -> new ExportException(
                c.id() + ": the rating \"" + ratingId + "\" is not on the desk's rating scale"));

        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        doc.put("@context", "https://schema.org");
        doc.put("@type", "ClaimReview");
        doc.put("url", url);
        doc.put("claimReviewed", c.claimReviewed());
        Instant first = Facts.firstPublished(check).orElse(c.publication().at());
        if (first != null) {
            doc.put("datePublished", Facts.date(first));
        }
        Instant modified = lastRepublished(c);
        if (modified != null) {
            doc.put("dateModified", Facts.date(modified));
        }
        ObjectNode author = doc.putObject("author");
        author.put("@type", "Organization");
        author.put("name", rules.organization());
        author.put("url", rules.organizationUrl());

        ObjectNode reviewRating = doc.putObject("reviewRating");
        reviewRating.put("@type", "Rating");
        if (rating.ratingValue() != null) {
            reviewRating.put("ratingValue", rating.ratingValue().intValue());
            reviewRating.put("bestRating", rules.scale().best());
            reviewRating.put("worstRating", rules.scale().worst());
        }
        reviewRating.put("alternateName", rating.alternateName());
        reviewRating.put("name", rating.label());

        ObjectNode item = doc.putObject("itemReviewed");
        item.put("@type", "Claim");
        if (appearance.author() != null && !appearance.author().isBlank()) {
            ObjectNode claimAuthor = item.putObject("author");
            claimAuthor.put("@type", isSpeaker(c, appearance.author()) ? "Person" : "Organization");
            claimAuthor.put("name", appearance.author().strip());
        }
        String madeOn = Facts.isoDate(appearance.published()).map(Object::toString).orElse(null);
        if (madeOn != null) {
            item.put("datePublished", madeOn);
        }
        ObjectNode seenFirst = creativeWork(appearance);
        List<ObjectNode> others = c.alsoIn().stream().filter(w -> Facts.isWebUrl(w.url())).map(ClaimReviewExporter::creativeWork).toList();
        if (others.isEmpty()) {
            item.set("appearance", seenFirst);
        } else {
            // The same claim in several articles: where it was first seen, and every place it appeared.
            item.set("firstAppearance", seenFirst);
            item.putArray("appearance").add(seenFirst.deepCopy()).addAll(others);
        }
        doc.put("reviewBody", published.rationale());
        return doc;
    }

    private static ObjectNode creativeWork(ClaimAppearance a) {
        ObjectNode where = JsonNodeFactory.instance.objectNode();
        where.put("@type", "CreativeWork");
        where.put("url", a.url());
        if (a.headline() != null && !a.headline().isBlank()) {
            where.put("headline", a.headline().strip());
        }
        Facts.isoDate(a.published()).ifPresent(d -> where.put("datePublished", d.toString()));
        if (a.publisher() != null && !a.publisher().isBlank()) {
            ObjectNode publisher = where.putObject("publisher");
            publisher.put("@type", "Organization");
            publisher.put("name", a.publisher().strip());
        }
        return where;
    }

    /** @return when the latest correction was republished, or {@code null} if never corrected */
    private static Instant lastRepublished(Case c) {
        if (c.corrections().isEmpty()) {
            return null;
        }
        Instant last = null;
        for (Correction k : c.corrections()) {
            if (k.republishedAt() != null && (last == null || k.republishedAt().isAfter(last))) {
                last = k.republishedAt();
            }
        }
        return last != null ? last : c.publication().at();
    }

    /** A claim's author is a person when it is the speaker the extractor found; else it is the article's byline or publisher. */
    private static boolean isSpeaker(Case c, String author) {
        String a = author.strip();
        for (Claim claim : c.claims()) {
            if (claim.speaker() != null && Objects.equals(claim.speaker().strip(), a)) {
                return true;
            }
        }
        return false;
    }

    /** Standard JSON escapes, plus {@code < > &} as {@code \\u003C} etc. */
    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes;

        ScriptSafeEscapes() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}

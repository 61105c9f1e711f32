package org.factdesk.export.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.factdesk.api.desk.Case;
import org.factdesk.api.desk.ClaimAppearance;
import org.factdesk.api.export.ExportException;
import org.factdesk.api.export.FactCheck;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class ClaimReviewRulesTest {

    private final ClaimReviewExporter exporter = new ClaimReviewExporter();
    private final ObjectMapper mapper = new ObjectMapper();

    private JsonNode exported(FactCheck fc) throws Exception {
        return mapper.readTree(Fixtures.export(exporter, fc));
    }

    @Test
    void describesItself() {
        assertThat(exporter.format()).isEqualTo("claimreview");
        assertThat(exporter.extension()).isEqualTo("jsonld");
        assertThat(exporter.perCase()).isTrue();
        assertThat(exporter.description()).isNotBlank();
    }

    @Test
    void publishedCaseFollowsGoogleRules() throws Exception {
        JsonNode doc = exported(Fixtures.published());

        assertThat(GoogleClaimReviewRules.check(doc)).isEmpty();
        assertThat(doc.path("@context").asText()).isEqualTo("https://schema.org");
        assertThat(doc.path("@type").asText()).isEqualTo("ClaimReview");
        assertThat(doc.path("url").asText()).isEqualTo("https://verite.example/checks/microsoft-80-billion");
        assertThat(doc.path("claimReviewed").asText()).isEqualTo(Fixtures.CLAIM);
        // the first publication, not the republication after the correction
        assertThat(doc.path("datePublished").asText()).isEqualTo("2025-01-30");
        assertThat(doc.path("dateModified").asText()).isEqualTo("2025-02-04");
        assertThat(doc.path("author").path("@type").asText()).isEqualTo("Organization");
        assertThat(doc.path("author").path("name").asText()).isEqualTo("Desk Verité");
        assertThat(doc.path("author").path("url").asText()).isEqualTo("https://verite.example/");
        JsonNode rating = doc.path("reviewRating");
        assertThat(rating.path("ratingValue").intValue()).isEqualTo(4);
        assertThat(rating.path("bestRating").intValue()).isEqualTo(5);
        assertThat(rating.path("worstRating").intValue()).isEqualTo(1);
        assertThat(rating.path("alternateName").asText()).isEqualTo("Mostly true");
        assertThat(rating.path("name").asText()).isEqualTo("Mostly true");
        JsonNode item = doc.path("itemReviewed");
        assertThat(item.path("@type").asText()).isEqualTo("Claim");
        // the speaker the extractor found is a person
        assertThat(item.path("author").path("@type").asText()).isEqualTo("Person");
        assertThat(item.path("author").path("name").asText()).isEqualTo("Satya Nadella");
        // the date part as written by the publisher (IST), not shifted to UTC
        assertThat(item.path("datePublished").asText()).isEqualTo("2025-01-28");
        assertThat(item.path("appearance").path("url").asText()).isEqualTo("https://www.livemint.com/ai/microsoft-meta-ai-spending.html");
        assertThat(item.path("appearance").path("headline").asText()).isEqualTo("Microsoft and Meta bet big on AI");
        assertThat(item.path("appearance").path("publisher").path("name").asText()).isEqualTo("Mint");
        assertThat(doc.path("reviewBody").asText()).isEqualTo(Fixtures.RATIONALE);
    }

    @Test
    void keysComeInReadingOrder() throws Exception {
        List<String> keys = new ArrayList<>();
        exported(Fixtures.published()).fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("@context", "@type", "url", "claimReviewed", "datePublished", "dateModified", "author", "reviewRating",
                "itemReviewed", "reviewBody");
    }

    @Test
    void offScaleRatingHasNameOnly() throws Exception {
        JsonNode doc = exported(Fixtures.unverifiable());

        assertThat(GoogleClaimReviewRules.check(doc)).isEmpty();
        JsonNode rating = doc.path("reviewRating");
        assertThat(rating.has("ratingValue")).isFalse();
        assertThat(rating.has("bestRating")).isFalse();
        assertThat(rating.has("worstRating")).isFalse();
        assertThat(rating.path("alternateName").asText()).isEqualTo("Unverifiable");
        assertThat(rating.path("name").asText()).isEqualTo("Unverifiable");
        // never corrected: no dateModified
        assertThat(doc.has("dateModified")).isFalse();
        assertThat(doc.path("datePublished").asText()).isEqualTo("2025-01-30");
    }

    @Test
    void authorWhoIsNotTheSpeakerIsAnOrganization() throws Exception {
        JsonNode doc = exported(Fixtures.withClaim(Fixtures.published(), Fixtures.CLAIM, null));

        assertThat(doc.path("itemReviewed").path("author").path("@type").asText()).isEqualTo("Organization");
        assertThat(GoogleClaimReviewRules.check(doc)).isEmpty();
    }

    @Test
    void unknownClaimAuthorAndDateAreLeftOut() throws Exception {
        Case c = Fixtures.publishedCase();
        ClaimAppearance bare = new ClaimAppearance("mint-1", c.appearance().url(), null, null, "last Tuesday", null);
        FactCheck fc = new FactCheck(Fixtures.with(c, c.state(), bare, c.verdict(), c.signOff(), c.publication(), c.corrections()),
                Fixtures.RULES, Fixtures.publishedHistory());

        JsonNode doc = exported(fc);

        assertThat(doc.path("itemReviewed").has("author")).isFalse();
        assertThat(doc.path("itemReviewed").has("datePublished")).isFalse();
        assertThat(doc.path("itemReviewed").path("appearance").has("publisher")).isFalse();
        assertThat(GoogleClaimReviewRules.check(doc)).isEmpty();
    }

    @Test
    void validatorCatchesBrokenDocuments() throws Exception {
        JsonNode good = exported(Fixtures.published());

        ObjectNode noClaim = good.deepCopy();
        noClaim.remove("claimReviewed");
        assertThat(GoogleClaimReviewRules.check(noClaim)).anyMatch(v -> v.contains("claimReviewed"));

        ObjectNode offScale = good.deepCopy();
        ((ObjectNode) offScale.get("reviewRating")).put("ratingValue", 7);
        assertThat(GoogleClaimReviewRules.check(offScale)).anyMatch(v -> v.contains("ratingValue 7"));

        ObjectNode noBest = good.deepCopy();
        ((ObjectNode) noBest.get("reviewRating")).remove("bestRating");
        assertThat(GoogleClaimReviewRules.check(noBest)).anyMatch(v -> v.contains("bestRating"));

        ObjectNode relative = good.deepCopy();
        relative.put("url", "/checks/microsoft-80-billion");
        assertThat(GoogleClaimReviewRules.check(relative)).anyMatch(v -> v.startsWith("url"));

        ObjectNode noAlternate = good.deepCopy();
        ((ObjectNode) noAlternate.get("reviewRating")).remove("alternateName");
        assertThat(GoogleClaimReviewRules.check(noAlternate)).anyMatch(v -> v.contains("alternateName"));

        ObjectNode badDate = good.deepCopy();
        badDate.put("datePublished", "30/01/2025");
        assertThat(GoogleClaimReviewRules.check(badDate)).anyMatch(v -> v.contains("datePublished"));

        ObjectNode wrongContext = good.deepCopy();
        wrongContext.put("@context", "https://example.org");
        assertThat(GoogleClaimReviewRules.check(wrongContext)).anyMatch(v -> v.contains("@context"));

        ObjectNode noAppearance = good.deepCopy();
        ((ObjectNode) noAppearance.get("itemReviewed")).remove("appearance");
        assertThat(GoogleClaimReviewRules.check(noAppearance)).anyMatch(v -> v.contains("appearance"));

        ObjectNode nameless = good.deepCopy();
        ((ObjectNode) nameless.get("itemReviewed").get("author")).remove("name");
        assertThat(GoogleClaimReviewRules.check(nameless)).anyMatch(v -> v.contains("itemReviewed.author.name"));

        ObjectNode authorType = good.deepCopy();
        ((ObjectNode) authorType.get("author")).put("@type", "Thing");
        assertThat(GoogleClaimReviewRules.check(authorType)).anyMatch(v -> v.contains("author.@type"));
    }

    @Test
    void unpublishedCaseIsRefusedNamingCaseAndState() {
        assertThatThrownBy(() -> Fixtures.export(exporter, Fixtures.proposed()))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("C-3")
                .hasMessageContaining("VERDICT_PROPOSED");
    }

    @Test
    void missingAppearanceUrlIsRefused() {
        Case c = Fixtures.publishedCase();
        ClaimAppearance noUrl = new ClaimAppearance("mint-1", null, "Microsoft and Meta bet big on AI", "Satya Nadella", null, "Mint");
        FactCheck fc = new FactCheck(Fixtures.with(c, c.state(), noUrl, c.verdict(), c.signOff(), c.publication(), c.corrections()),
                Fixtures.RULES, Fixtures.publishedHistory());

        assertThatThrownBy(() -> Fixtures.export(exporter, fc))
                .isInstanceOf(ExportException.class)
                .hasMessage("C-3: the claim has no appearance URL: import the article with --url URL");
    }

    @Test
    void whileACorrectionIsPreparedThePublishedVersionIsExported() throws Exception {
        Case live = Fixtures.publishedCase();
        Case reopened = Fixtures.with(live, org.factdesk.api.desk.CaseState.VERDICT_PROPOSED, live.appearance(),
                new org.factdesk.api.desk.Verdict("false", "A new draft nobody signed off", Fixtures.sources(), "ana", live.updated(), "77aa"),
                null, live.publication(), live.corrections());
        JsonNode doc = new ObjectMapper().readTree(
                Fixtures.export(exporter, new FactCheck(reopened, Fixtures.RULES, Fixtures.publishedHistory())));
        assertThat(GoogleClaimReviewRules.check(doc)).isEmpty();
        assertThat(doc.at("/reviewRating/alternateName").asText()).isEqualTo("Mostly true");
        assertThat(doc.get("reviewBody").asText()).isEqualTo(live.publication().verdict().rationale()).doesNotContain("draft");
    }

    @Test
    void aClaimMadeInSeveralArticlesListsEveryAppearance() throws Exception {
        Case c = Fixtures.publishedCase();
        ClaimAppearance wire = new ClaimAppearance("wire-1", "https://wire.example/microsoft", "Wire: Microsoft AI", "Wire", "2025-01-31", "Wire");
        ClaimAppearance noUrl = new ClaimAppearance("text-1", null, "A text file", null, null, null);
        Case seen = new Case(c.id(), c.claims(), c.appearance(), List.of(wire, noUrl), c.state(), c.assignee(), c.suggestions(), c.evidence(),
                c.verdict(), c.signOff(), c.rejections(), c.publication(), c.corrections(), c.opened(), c.updated());
        JsonNode doc = new ObjectMapper().readTree(Fixtures.export(exporter, new FactCheck(seen, Fixtures.RULES, Fixtures.publishedHistory())));
        assertThat(GoogleClaimReviewRules.check(doc)).isEmpty();
        assertThat(doc.at("/itemReviewed/firstAppearance/url").asText()).isEqualTo(c.appearance().url());
        assertThat(doc.at("/itemReviewed/appearance")).hasSize(2);
        assertThat(doc.at("/itemReviewed/appearance/1/url").asText()).isEqualTo("https://wire.example/microsoft");
    }

    @Test
    void aDeskWithoutItsOrganisationCannotPublishClaimReview() {
        FactCheck fc = new FactCheck(Fixtures.publishedCase(), org.factdesk.api.desk.DeskRules.standard(), Fixtures.publishedHistory());
        assertThatThrownBy(() -> Fixtures.export(exporter, fc)).isInstanceOf(ExportException.class)
                .hasMessage("C-3: the desk's organisation (the ClaimReview author) is not set: factdesk desk configure --organization NAME --organization-url URL");
    }

    @Test
    void failedExportWritesNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> exporter.export(List.of(Fixtures.published(), Fixtures.proposed()), out)).isInstanceOf(ExportException.class);
        assertThat(out.size()).isZero();
    }

    @Test
    void outputIsPrettyUtf8EndingWithNewLineAndSafeInsideScriptTag() throws Exception {
        String claim = "Le ministre a dit « 3 % » </script><script>alert(1)</script> & plus";
        byte[] bytes = Fixtures.exportBytes(exporter, Fixtures.withClaim(Fixtures.published(), claim, "Satya Nadella"));
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(text).endsWith("}\n").contains("\n  \"@type\"");
        assertThat(text).doesNotContain("</script>").doesNotContain("<").doesNotContain("&");
        assertThat(text).contains("« 3 % »");
        assertThat(mapper.readTree(bytes).path("claimReviewed").asText()).isEqualTo(claim);
    }
}

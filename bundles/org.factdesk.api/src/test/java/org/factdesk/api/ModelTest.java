package org.factdesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.factdesk.api.article.Article;
import org.factdesk.api.article.ImportException;
import org.factdesk.api.article.Paragraph;
import org.factdesk.api.check.Evidence;
import org.factdesk.api.check.Finding;
import org.factdesk.api.check.Provenance;
import org.factdesk.api.check.Stance;
import org.factdesk.api.claim.Attribution;
import org.factdesk.api.claim.Claim;
import org.factdesk.api.claim.ClaimType;
import org.factdesk.api.claim.Entity;
import org.factdesk.api.claim.Quantity;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class ModelTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void articleIdDependsOnTheTextOnly() {
        assertThat(Article.contentId("abc")).isEqualTo(Article.contentId("abc")).hasSize(16).isNotEqualTo(Article.contentId("abd"));
    }

    @Test
    void articlesAreImmutableAndCheckTheirParagraphs() {
        List<Paragraph> ps = new ArrayList<>(List.of(new Paragraph(0, 3)));
        Article a = new Article("id", "src", "text", null, null, null, null, "abc", ps, null);
        ps.clear();
        assertThat(a.paragraphs()).hasSize(1);
        assertThat(a.metadata()).isEmpty();
        assertThatThrownBy(() -> new Article("id", "src", "text", null, null, null, null, "ab", List.of(new Paragraph(0, 3)), null))
                .hasMessageContaining("outside text");
        assertThatThrownBy(() -> new Paragraph(3, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void claimsRejectBadSpansAndScores() {
        assertThatThrownBy(() -> new Claim("c", "t", 5, 2, 0.5, null, null, null, null, null, null, null)).hasMessageContaining("span");
        assertThatThrownBy(() -> new Claim("c", "t", 0, 1, 1.5, null, null, null, null, null, null, null)).hasMessageContaining("score");
        assertThatThrownBy(() -> new Claim("c", "t", 0, 1, Double.NaN, null, null, null, null, null, null, null)).hasMessageContaining("score");
        Claim c = new Claim("c", "t", 0, 1, 0.5, List.of(ClaimType.QUOTE), null, null, null, null, null, null);
        assertThat(c.is(ClaimType.QUOTE)).isTrue();
        assertThat(c.is(ClaimType.NUMERIC)).isFalse();
        assertThat(c.reason()).isEmpty();
    }

    @Test
    void findingsAreBuiltByCheckersAndStampedByThePipeline() {
        Finding f = Finding.of(Stance.REFUTES, 0.7, "wrong").withExplanation("because").withEvidence(new Evidence("t", "u", "q", "2025-01-01"));
        assertThat(f.checker()).isNull();
        Finding stamped = f.stamped("x", "1.0.0", new Provenance("b", "1.0.0", "comp", "abc"));
        assertThat(stamped.checker()).isEqualTo("x");
        assertThat(stamped.evidence()).hasSize(1);
        assertThatThrownBy(() -> Finding.of(Stance.INFO, 2, "x")).hasMessageContaining("confidence");
        assertThatThrownBy(() -> new Evidence(null, null, null, "2025")).hasMessageContaining("evidence needs");
    }

    @Test
    void modelRoundTripsThroughJackson() throws Exception {
        Claim c = new Claim("a#1", "Acme earned $5 billion", 1, 23, 0.9, List.of(ClaimType.NUMERIC, ClaimType.ATTRIBUTION), "why",
                "Jane Doe", new Attribution("said Jane Doe", 0, 5, "Jane Doe", Attribution.Kind.NAMED),
                List.of(new Quantity("$5 billion", 13, 23, 5e9, "USD", "$5 billion")),
                List.of(new Entity("Acme", 1, 5, "ORGANIZATION", "Acme")), null);
        String text = json.writeValueAsString(c);
        assertThat(text).contains("\"start\":1", "\"end\":23", "\"score\":0.9", "\"types\":[\"NUMERIC\",\"ATTRIBUTION\"]");
        assertThat(json.readValue(text, Claim.class)).isEqualTo(c);
        Article a = new Article("id", "src", "text", "H", null, null, "en", "body", List.of(new Paragraph(0, 4)), Map.of("k", "v"));
        assertThat(json.readValue(json.writeValueAsString(a), Article.class)).isEqualTo(a);
    }

    @Test
    void importErrorsSayWhereAndWhat() {
        assertThat(new ImportException("a.html", "html", "unclosed tag", 12, 5, null).describe())
                .isEqualTo("a.html:12:5: html: unclosed tag");
        assertThat(new ImportException("-", null, "file is empty").describe()).isEqualTo("-: file is empty");
    }

    @Test
    void articleMetadataKeepsTheImportersOrderAndStaysUnmodifiable() {
        java.util.LinkedHashMap<String, String> meta = new java.util.LinkedHashMap<>();
        for (String k : List.of("encoding", "extraction", "canonical", "title", "siteName", "warning", "a", "b", "c")) {
            meta.put(k, k.toUpperCase());
        }
        Article a = new Article("id", "src", "html", null, null, null, null, "body", List.of(), meta);
        assertThat(a.metadata().keySet()).containsExactlyElementsOf(meta.keySet());
        meta.put("later", "x");
        assertThat(a.metadata()).doesNotContainKey("later");
        assertThatThrownBy(() -> a.metadata().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        java.util.Map<String, String> withNull = new java.util.HashMap<>();
        withNull.put("k", null);
        assertThatThrownBy(() -> new Article("id", "src", "html", null, null, null, null, "body", List.of(), withNull))
                .isInstanceOf(NullPointerException.class);
    }
}

package org.factdesk.checker.priors.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ArchivesTest {

    static final String REVIEW = """
            {"@context": "https://schema.org", "@type": "ClaimReview", "url": "https://example.org/fc/1",
             "claimReviewed": "Carrots give you night vision.", "datePublished": "2024-02-11", "headline": "Carrot myth",
             "author": {"@type": "Organization", "name": "Example Checks"},
             "reviewRating": {"@type": "Rating", "ratingValue": 2, "alternateName": "Mostly false"}}""";

    @Test
    void claimReviewSingleObject() throws Exception {
        assertThat(Archives.read("a.json", REVIEW)).containsExactly(new PriorCheck("Carrots give you night vision.", "Mostly false",
                "https://example.org/fc/1", "Carrot myth", "2024-02-11", "Example Checks", "a.json:1"));
    }

    @Test
    void claimReviewArrayAndGraph() throws Exception {
        List<PriorCheck> array = Archives.read("a.jsonld", "[\n" + REVIEW + ",\n" + REVIEW.replace("Carrots", "Beets") + "\n]");
        assertThat(array).extracting(PriorCheck::claim).containsExactly("Carrots give you night vision.", "Beets give you night vision.");
        assertThat(array.get(1).source()).isEqualTo("a.jsonld:6 (record 1)");
        List<PriorCheck> graph = Archives.read("g.json", "{\"@context\": \"https://schema.org\", \"@graph\": [{\"@type\": \"Organization\", "
                + "\"name\": \"X\"}, " + REVIEW + "]}");
        assertThat(graph).singleElement().extracting(PriorCheck::publisher).isEqualTo("Example Checks");
    }

    @Test
    void jsonLinesWithPlainKeys() throws Exception {
        List<PriorCheck> l = Archives.read("a.jsonl", """
                {"claim": "One", "verdict": "False", "url": "u", "title": "t", "date": "2024-01-01", "publisher": "p"}

                {"claim": "Two"}
                """);
        assertThat(l).extracting(PriorCheck::claim, PriorCheck::rating, PriorCheck::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("One", "False", "a.jsonl:1"),
                        org.assertj.core.groups.Tuple.tuple("Two", "", "a.jsonl:3"));
    }

    @Test
    void csvWithQuotedMultiLineFields() throws Exception {
        List<PriorCheck> c = Archives.read("a.csv", "claim,rating,url,title,date,publisher\n"
                + "\"Says \"\"hello\"\",\nworld\",True,,T,,P\r\nSecond,False,,,,\n");
        assertThat(c).extracting(PriorCheck::claim).containsExactly("Says \"hello\",\nworld", "Second");
        assertThat(c.get(1).source()).isEqualTo("a.csv:4");
    }

    @Test
    void formatIsSniffedWithoutAnExtension() {
        assertThat(Archives.detect("x", "[{}]")).isEqualTo(Archives.Format.JSON);
        assertThat(Archives.detect("x", "{\"a\":1}\n{\"a\":2}\n")).isEqualTo(Archives.Format.JSON_LINES);
        assertThat(Archives.detect("x", "claim,rating\n")).isEqualTo(Archives.Format.CSV);
    }

    @Test
    void badInputNamesFileAndLineOrRecord() {
        assertThatThrownBy(() -> Archives.read("b.json", "[\n" + REVIEW + ",\n{\"@type\": \"ClaimReview\", \"url\": \"u\"}\n]"))
                .isInstanceOf(ArchiveException.class).hasMessage("b.json:6 (record 1): no claim text (expected \"claimReviewed\" or \"claim\")");
        assertThatThrownBy(() -> Archives.read("b.json", "{\"@type\": \"ClaimReview\",\n \"claimReviewed\": \"x\",,}"))
                .hasMessageStartingWith("b.json:2: invalid JSON: Unexpected character (',' (code 44))");
        assertThatThrownBy(() -> Archives.read("b.json", "{\"@type\": \"Article\"}")).hasMessage("b.json:1: not a ClaimReview (@type \"Article\")");
        assertThatThrownBy(() -> Archives.read("b.json", "{\"@graph\": [{\"@type\": \"ClaimReview\"}]}"))
                .hasMessage("b.json: @graph[0]: no claim text (expected \"claimReviewed\" or \"claim\")");
        assertThatThrownBy(() -> Archives.read("b.jsonl", "{\"claim\": \"a\"}\n[1]\n")).hasMessage("b.jsonl:2: not a JSON object");
        assertThatThrownBy(() -> Archives.read("b.jsonl", "{\"claim\": \"a\"}\n{\"rating\": \"False\"}\n"))
                .hasMessage("b.jsonl:2: no claim text (expected \"claimReviewed\" or \"claim\")");
        assertThatThrownBy(() -> Archives.read("b.csv", "rating,url\nFalse,u\n")).hasMessageStartingWith("b.csv:1: missing column \"claim\"");
        assertThatThrownBy(() -> Archives.read("b.csv", "claim,rating\nok,False\n\"open,False\n")).hasMessage("b.csv:3: quoted field is never closed");
        assertThatThrownBy(() -> Archives.read("b.csv", "claim,rating\na,b,c\n")).hasMessageStartingWith("b.csv:2: 3 fields but the header has 2");
        assertThatThrownBy(() -> Archives.read("b.csv", "claim,rating\n")).hasMessage("b.csv: no fact-checks found");
    }

    @Test
    void bundledSampleParses() throws Exception {
        try (var in = PriorsChecker.class.getResourceAsStream(PriorsChecker.SAMPLE)) {
            List<PriorCheck> sample = Archives.read(PriorsChecker.SAMPLE, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            assertThat(sample).hasSizeGreaterThan(10).allSatisfy(c -> assertThat(c.rating()).isNotEmpty());
        }
    }
}

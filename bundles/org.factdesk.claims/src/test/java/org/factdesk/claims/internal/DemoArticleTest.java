package org.factdesk.claims.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.factdesk.api.article.Article;
import org.factdesk.api.article.Paragraph;
import org.factdesk.api.claim.Attribution;
import org.factdesk.api.claim.Claim;
import org.factdesk.api.claim.ClaimType;
import org.factdesk.api.claim.Quantity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a fact-checker would find in the demo article, found by the extractor. */
class DemoArticleTest {

    static Article demo;
    static List<Claim> claims;
    static final ClaimFinder extractor = new ClaimFinder(-1, true);

    @BeforeAll
    static void extract() throws IOException {
        String text = new String(DemoArticleTest.class.getResourceAsStream("/demo.txt").readAllBytes(), StandardCharsets.UTF_8);
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) {
                paragraphs.add(new Paragraph(start, start + line.length()));
            }
            start += line.length() + 1;
        }
        demo = new Article(Article.contentId(text), "demo.txt", "text", null, null, null, "en", text, paragraphs, null);
        claims = extractor.extract(demo);
        if (Boolean.getBoolean("factdesk.print")) {
            new ClaimFinder(0.0, true).extract(demo).forEach(c -> System.out.println("ALL " + c.score() + " " + c.types() + " | " + c.text().substring(0, Math.min(90, c.text().length()))));
        }
        if (Boolean.getBoolean("factdesk.print")) {
            claims.forEach(c -> System.out.println(c.score() + " " + c.types() + " " + c.speaker() + " | " + c.text()
                    + "\n    " + c.reason() + "\n    " + c.entities().stream().map(e -> e.text() + "->" + e.canonical()).toList()));
        }
    }

    private static Claim claimContaining(String fragment) {
        return claims.stream().filter(c -> c.text().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim contains \"" + fragment + "\" in " + claims));
    }

    @Test
    void spansPointIntoTheArticleText() {
        assertThat(claims).isNotEmpty().allSatisfy(c -> assertThat(demo.text().substring(c.start(), c.end())).isEqualTo(c.text()));
    }

    @Test
    void theThreeDollarFiguresAreNumericClaimsWithNormalisedValues() {
        Claim spend = claimContaining("$ 80 billion");
        assertThat(spend.types()).contains(ClaimType.NUMERIC);
        assertThat(spend.quantities()).extracting(Quantity::value, Quantity::unit, Quantity::display)
                .contains(org.assertj.core.groups.Tuple.tuple(8.0e10, "USD", "$80 billion"),
                        org.assertj.core.groups.Tuple.tuple(6.5e10, "USD", "$65 billion"));
        Claim deepseek = claimContaining("$ 6 million");
        assertThat(deepseek.quantities()).extracting(Quantity::value).containsExactly(6.0e6);
        assertThat(deepseek.types()).contains(ClaimType.NUMERIC, ClaimType.COMPARISON);
    }

    @Test
    void bothQuotesAreClaimsWithTheirSpeakersResolved() {
        assertThat(claimContaining("strategic benefit over time").speaker()).isEqualTo("Mark Zuckerberg");
        assertThat(claimContaining("we will see more demands").speaker()).isEqualTo("Satya Nadella");
        assertThat(claimContaining("we will see more demands").types()).contains(ClaimType.QUOTE);
    }

    @Test
    void claimsOnUnnamedSourcesAreFlaggedAsSuch() {
        Claim investigating = claimContaining("currently investigating");
        assertThat(investigating.attribution().kind()).isEqualTo(Attribution.Kind.ANONYMOUS);
        assertThat(investigating.attribution().phrase()).contains("sources familiar with this case");
        assertThat(claimContaining("Microsoft security researchers found").attribution().kind())
                .isEqualTo(Attribution.Kind.ANONYMOUS);
        assertThat(claimContaining("experts argue").attribution().kind()).isIn(Attribution.Kind.VAGUE, Attribution.Kind.ANONYMOUS);
    }

    @Test
    void variantSpellingsAreClustered() {
        var variants = extractor.variants(demo);
        assertThat(variants.get("DeepSeek")).contains("Deepsek", "Dipsek");
        assertThat(variants.get("OpenAI")).contains("Openai", "OpenIA");
    }

    @Test
    void tagLinesAreNotClaims() {
        assertThat(claims).noneMatch(c -> c.text().startsWith("#Microsoft") || c.text().contains("(T)"));
    }
}

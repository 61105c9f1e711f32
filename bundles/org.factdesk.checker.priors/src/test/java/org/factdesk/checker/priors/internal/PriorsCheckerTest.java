package org.factdesk.checker.priors.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.factdesk.api.check.Finding;
import org.factdesk.api.check.Stance;
import org.factdesk.api.claim.Claim;
import org.factdesk.api.claim.ClaimType;
import org.factdesk.api.claim.Entity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriorsCheckerTest {

    static Claim claim(String text, Entity... entities) {
        return new Claim("a#0", text, 0, text.length(), 0.9, List.of(ClaimType.ATTRIBUTION), "", null, null, List.of(),
                List.of(entities), null);
    }

    static Entity entity(String text, String written, String canonical) {
        int at = text.indexOf(written);
        return new Entity(written, at, at + written.length(), "ORGANIZATION", canonical);
    }

    private static final PriorsChecker SAMPLE = new PriorsChecker(List.of(), true, PriorsChecker.DEFAULT_SUGGEST,
            PriorsChecker.DEFAULT_SAME, PriorsChecker.DEFAULT_MAX);

    @Test
    void demoSentenceAboutDeepSeeksCostFindsThePriorCheckDespiteTheMisspelling() throws Exception {
        String s = "These money dwarfed $ 6 million Deepsek, claiming that it has spent on developing its AI model, although experts "
                + "argue that the discrepancy is largely spent on computing power instead of overall development costs.";
        List<Finding> f = SAMPLE.check(claim(s, entity(s, "Deepsek", "DeepSeek")), null);
        assertThat(f).isNotEmpty();
        assertThat(f.get(0).summary()).contains("$5.6 million").contains("Missing context");
        assertThat(f.get(0).evidence()).singleElement().satisfies(e -> {
            assertThat(e.quote()).isEqualTo("DeepSeek spent only $6 million developing its AI model.");
            assertThat(e.date()).isEqualTo("2025-01-29");
        });
    }

    @Test
    void demoSentenceAboutApiDataIsSuggestedNotTakenAsTheSameClaim() throws Exception {
        String s = "According to the agency\u2019s report, citing sources, Microsoft security researchers found that individuals, allegedly "
                + "joined Deepsek, had an important amount of data through the Openai Application Programming Interface (API).";
        List<Finding> f = SAMPLE.check(claim(s, entity(s, "Deepsek", "DeepSeek"), entity(s, "Openai", "OpenAI")), null);
        assertThat(f).first().satisfies(x -> {
            assertThat(x.stance()).isEqualTo(Stance.INFO);
            assertThat(x.summary()).startsWith("Earlier fact-check may be related: Reported data extraction via OpenAI's API")
                    .contains("Unproven");
        });
    }

    @Test
    void restatedClaimIsTheSameClaimAndCarriesTheVerdict() throws Exception {
        List<Finding> f = SAMPLE.check(claim("Astronauts can see the Great Wall of China from space with the naked eye."), null);
        assertThat(f.get(0).stance()).isEqualTo(Stance.REFUTES);
        assertThat(f.get(0).summary()).startsWith("Same claim as the earlier fact-check").contains("rated \u201cFalse\u201d");
        assertThat(f.get(0).confidence()).isGreaterThanOrEqualTo(PriorsChecker.DEFAULT_SAME);
    }

    @Test
    void unrelatedClaimFindsNothing() throws Exception {
        assertThat(SAMPLE.check(claim("The city council approved a new bus lane on Main Street."), null)).isEmpty();
    }

    @Test
    void thresholdsDecideBetweenSuggestedSameAndNothing() throws Exception {
        PriorCheck c = new PriorCheck("Carrots give you night vision.", "False", "", "Carrot myth", "", "", "t:1");
        PriorsChecker checker = new PriorsChecker(List.of(), false, 0.3, 0.7, 3);
        assertThat(checker.finding(new PriorIndex.Hit(c, 1f, 0.75)).stance()).isEqualTo(Stance.REFUTES);
        Finding suggested = checker.finding(new PriorIndex.Hit(c, 1f, 0.5));
        assertThat(suggested.stance()).isEqualTo(Stance.INFO);
        assertThat(suggested.summary()).startsWith("Earlier fact-check may be related: Carrot myth");
        assertThat(suggested.confidence()).isEqualTo(0.5);
        assertThatThrownBy(() -> new PriorsChecker(List.of(), false, 0.8, 0.7, 3)).hasMessageContaining("suggestThreshold");
    }

    @Test
    void loweringTheThresholdsTurnsASuggestionIntoSameClaim() throws Exception {
        Claim c = claim("Microsoft has committed $80 billion to AI in its current financial year, while Meta pledged $65 billion.");
        assertThat(SAMPLE.check(c, null)).extracting(Finding::stance).containsOnly(Stance.INFO);
        PriorsChecker lenient = new PriorsChecker(List.of(), true, 0.1, 0.3, 3);
        assertThat(lenient.check(c, null)).extracting(Finding::stance).contains(Stance.SUPPORTS);
    }

    @Test
    void badArchiveIsSkippedWithAClearMessageAndTheGoodOnesStillWork(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.csv");
        Files.writeString(good, "claim,rating,url,title,date,publisher\n"
                + "\"The moon landing in 1969 was staged in a studio.\",False,https://example.org/moon,Moon landing hoax,2020-01-01,Example\n",
                StandardCharsets.UTF_8);
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"claim\": \"ok\"}\n{\"claim\": oops}\n", StandardCharsets.UTF_8);
        PriorsChecker checker = new PriorsChecker(List.of(bad.toString(), good.toString(), dir.resolve("missing.csv").toString()),
                false, 0.3, 0.5, 3);
        List<Finding> f = checker.check(claim("The 1969 moon landing was staged in a film studio."), null);
        assertThat(f).first().satisfies(x -> {
            assertThat(x.stance()).isEqualTo(Stance.REFUTES);
            assertThat(x.evidence().get(0).url()).isEqualTo("https://example.org/moon");
        });
        assertThat(checker.loaded().problems()).containsExactly(bad + ":2: not a JSON object: Unrecognized token 'oops': "
                + "was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')", dir.resolve("missing.csv") + ": no such file");
    }

    @Test
    void noUsableArchiveFailsTheCheckWithTheReasons(@TempDir Path dir) throws Exception {
        PriorsChecker checker = new PriorsChecker(List.of(dir.resolve("none.jsonl").toString()), false, 0.3, 0.5, 3);
        assertThatThrownBy(() -> checker.check(claim("anything"), null)).hasMessageContaining("none.jsonl: no such file");
    }

    @Test
    void entityCanonicalNamesJoinTheQuery() {
        String s = "Dipsek shocked the industry.";
        assertThat(PriorsChecker.queryText(claim(s, entity(s, "Dipsek", "DeepSeek")))).isEqualTo(s + " DeepSeek");
    }

    @Test
    void similarityIsOneForTheSameTextAndFallsWithExtraWords() {
        PriorIndex index = PriorIndex.build(List.of(new PriorCheck("Carrots give you night vision.", "", "", "", "", "", "")),
                PriorIndex.Options.BEST);
        List<String> a = index.terms("Carrots give you night vision.");
        assertThat(index.similarity(a, a)).isEqualTo(1.0);
        double longer = index.similarity(index.terms("My grandmother said carrots give you night vision in the war."), a);
        assertThat(longer).isBetween(0.3, 0.99);
        assertThat(index.similarity(index.terms("Bus lanes on Main Street"), a)).isZero();
        assertThat(index.search("night vision from carrots", 3, Set.of())).singleElement()
                .satisfies(h -> assertThat(h.similarity()).isBetween(0.4, 1.0));
    }

    @Test
    void tweetNoiseIsCleanedButNamesKept() {
        assertThat(PriorIndex.clean("Wall now! #BuildTheWall https://t.co/x pic.twitter.com/abc \u2014 Jane Doe (@realJaneDoe) January 6, 2020"))
                .isEqualTo("Wall now! Build The Wall \u2014 Jane Doe real Jane Doe");
    }
}

package org.factdesk.checker.quotes.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.factdesk.checker.quotes.internal.Alignment.Change;
import org.factdesk.checker.quotes.internal.Alignment.Kind;
import org.factdesk.checker.quotes.internal.Normalizer.Token;
import org.junit.jupiter.api.Test;

class AlignmentTest {

    private static final String DOC = "Thanks. I continue to think that investing very heavily in capex and infrastructure is going to be "
            + "a strategic advantage over time. Next question.";

    @Test
    void verbatimQuoteFindsItsExactSpanWithSimilarityOne() {
        String quote = "investing very heavily in capex";
        List<Token> d = Normalizer.tokens(DOC);
        Alignment a = Alignment.align(Normalizer.tokens(quote), d);
        assertThat(a.similarity()).isEqualTo(1.0);
        assertThat(DOC.substring(d.get(a.from()).start(), d.get(a.to() - 1).end())).isEqualTo("investing very heavily in capex");
        assertThat(a.describe(quote, Normalizer.tokens(quote), DOC, d, 3)).isEqualTo("word for word");
    }

    @Test
    void inflectionAndSynonymAreChangesWithContext() {
        String quote = "Investing ‘very heavy’ in capex and infrastructure is going to be a strategic benefit over time";
        List<Token> q = Normalizer.tokens(quote);
        List<Token> d = Normalizer.tokens(DOC);
        Alignment a = Alignment.align(q, d);
        // 16 words: one inflection (0.25) and one other word (1.0)
        assertThat(a.similarity()).isCloseTo(1 - 1.25 / 16, within(1e-9));
        assertThat(a.counts()).containsExactly(2, 0, 0);
        assertThat(a.changes(quote, q, DOC, d)).containsExactly(
                new Change(Kind.INFLECTED, "very heavy", "very heavily"),
                new Change(Kind.CHANGED, "strategic benefit", "strategic advantage"));
        assertThat(a.describe(quote, q, DOC, d, 3))
                .isEqualTo("2 words changed: \"very heavy\" -> \"very heavily\"; \"strategic benefit\" -> \"strategic advantage\"");
    }

    @Test
    void droppedAndAddedWordsAreNamed() {
        String doc = "As AI gets more efficient and accessible, we will see exponentially more demand.";
        String quote = "As AI gets more efficient and accessible, we will see really more demand";
        List<Token> q = Normalizer.tokens(quote);
        List<Token> d = Normalizer.tokens(doc);
        Alignment a = Alignment.align(q, d);
        assertThat(a.counts()).containsExactly(1, 0, 0); // "really" stands where "exponentially" was: a change
        String quote2 = "As AI gets more efficient and accessible, we will see more demand";
        Alignment b = Alignment.align(Normalizer.tokens(quote2), d);
        assertThat(b.counts()).containsExactly(0, 0, 1);
        assertThat(b.describe(quote2, Normalizer.tokens(quote2), doc, d, 3)).isEqualTo("1 dropped: dropped \"exponentially\"");
        String quote3 = "we will see more and more demand";
        Alignment c = Alignment.align(Normalizer.tokens(quote3), d);
        assertThat(c.describe(quote3, Normalizer.tokens(quote3), doc, d, 3))
                .isEqualTo("1 word changed, 1 added: \"see more and\" -> \"see exponentially\"");
    }

    @Test
    void similarityFallsWithTheShareOfDifferentWords() {
        List<Token> d = Normalizer.tokens(DOC);
        double close = Alignment.align(Normalizer.tokens("investing very heavily in capex and infrastructure"), d).similarity();
        double far = Alignment.align(Normalizer.tokens("spending a lot on servers and buildings"), d).similarity();
        assertThat(close).isEqualTo(1.0);
        assertThat(far).isLessThan(0.5).isGreaterThanOrEqualTo(0.0);
    }

    @Test
    void nearSpellingsCostLessThanOtherWords() {
        assertThat(Alignment.nearSpelling("deepsek", "deepseek")).isTrue();
        assertThat(Alignment.nearSpelling("openai", "openia")).isTrue();
        assertThat(Alignment.nearSpelling("heavy", "happy")).isFalse();
        assertThat(Alignment.nearSpelling("80000", "80001")).isFalse();
    }
}

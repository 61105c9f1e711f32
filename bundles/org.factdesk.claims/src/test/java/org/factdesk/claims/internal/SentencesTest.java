package org.factdesk.claims.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentencesTest {

    static List<String> split(String text) {
        return Sentences.split(text, 0, text.length()).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void abbreviationsInitialsAndDecimalsDoNotEndSentences() {
        assertThat(split("Dr. Smith met U.S. officials on Jan. 5 in Washington. J. R. Tolkien wrote it. Costs rose to $6.5 billion, e.g. in Texas."))
                .containsExactly("Dr. Smith met U.S. officials on Jan. 5 in Washington.", "J. R. Tolkien wrote it.",
                        "Costs rose to $6.5 billion, e.g. in Texas.");
    }

    @Test
    void aQuotationSpanningSentencesStaysWithItsAttribution() {
        assertThat(split("“We will win. We always do,” she said. Then she left."))
                .containsExactly("“We will win. We always do,” she said.", "Then she left.");
    }

    @Test
    void aQuotationEndingASentenceEndsIt() {
        assertThat(split("He said: “It is over.” Nobody answered."))
                .containsExactly("He said: “It is over.”", "Nobody answered.");
    }

    @Test
    void headlineAndDatelineAreSentencesOfTheirOwn() {
        assertThat(split("Biologist tells Wikinews about ants Tuesday, September 1, 2015"))
                .containsExactly("Biologist tells Wikinews about ants", "Tuesday, September 1, 2015");
    }

    @Test
    void questionsAndExclamationsEndSentences() {
        assertThat(split("Is it true? Yes! It is.")).containsExactly("Is it true?", "Yes!", "It is.");
    }
}

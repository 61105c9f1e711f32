package org.factdesk.checker.quotes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotesTest {

    @Test
    void takesTheOuterQuoteAndKeepsTheQuoteWithinIt() {
        String s = "“Investing ‘very heavy’ in capital expenditure is going to be a strategic benefit over time,” Zuckerberg said.";
        assertThat(Quotes.passages(s)).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo("Investing ‘very heavy’ in capital expenditure is going to be a strategic benefit over time,");
            assertThat(s.substring(p.start(), p.end())).isEqualTo(p.text());
        });
    }

    @Test
    void findsSeveralStraightAndGuillemetQuotes() {
        assertThat(Quotes.passages("He said \"we will see more demand\" and later «this is only the start of it»."))
                .extracting(Quotes.Passage::text).containsExactly("we will see more demand", "this is only the start of it");
    }

    @Test
    void ignoresScareQuotesAndApostrophes() {
        assertThat(Quotes.passages("The ‘very heavy’ spending isn’t over, he said.")).isEmpty();
        assertThat(Quotes.passages("It’s what he called ‘a strategic benefit over time’.")).extracting(Quotes.Passage::text)
                .containsExactly("a strategic benefit over time");
    }

    @Test
    void anUnclosedQuoteRunsToTheEnd() {
        assertThat(Quotes.passages("He said: “we are only at the beginning")).extracting(Quotes.Passage::text)
                .containsExactly("we are only at the beginning");
    }
}

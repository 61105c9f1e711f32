package org.factdesk.checker.quotes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.factdesk.checker.quotes.internal.Normalizer.Token;
import org.junit.jupiter.api.Test;

class NormalizerTest {

    @Test
    void foldsCasePunctuationQuoteMarksAndWhitespace() {
        assertThat(Normalizer.normalize("“Investing ‘VERY heavy’  in\ncapital-expenditure,” he said."))
                .isEqualTo("investing very heavy in capital expenditure he said");
    }

    @Test
    void writesNumbersOneWay() {
        assertThat(Normalizer.normalize("Eighty billion, 1,000 GPUs, 3.50 and 3.5, 12%"))
                .isEqualTo("80 billion 1000 gpus 3.5 and 3.5 12 percent");
    }

    @Test
    void expandsContractionsAndDropsPossessives() {
        assertThat(Normalizer.normalize("We’ll see; it's early, we don't know, Meta's plan won't change"))
                .isEqualTo("we will see it is early we do not know meta plan will not change");
    }

    @Test
    void stripsAccents() {
        assertThat(Normalizer.normalize("Café Müller")).isEqualTo("cafe muller");
    }

    @Test
    void stemsInflectionsTogether() {
        assertThat(Normalizer.stem("heavily")).isEqualTo(Normalizer.stem("heavy"));
        assertThat(Normalizer.stem("demands")).isEqualTo(Normalizer.stem("demand"));
        assertThat(Normalizer.stem("investing")).isEqualTo(Normalizer.stem("invested")).isEqualTo(Normalizer.stem("invest"));
        assertThat(Normalizer.stem("advantages")).isEqualTo(Normalizer.stem("advantage"));
        assertThat(Normalizer.stem("becomes")).isNotEqualTo(Normalizer.stem("gets"));
    }

    @Test
    void tokensKeepTheirSpanInTheOriginalText() {
        String s = "He said: “we’ll invest.”";
        List<Token> t = Normalizer.tokens(s);
        assertThat(t).extracting(Token::norm).containsExactly("he", "said", "we", "will", "invest");
        assertThat(s.substring(t.get(2).start(), t.get(2).end())).isEqualTo("we’ll");
        assertThat(s.substring(t.get(4).start(), t.get(4).end())).isEqualTo("invest");
    }
}

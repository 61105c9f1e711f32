package org.factdesk.checker.quotes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.factdesk.api.check.Finding;
import org.factdesk.api.check.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Index and lookup times on a synthetic corpus of 3,000 transcripts of 1,500 words each. Prints
 * timings, asserts only results. Run with {@code -Dfactdesk.timing=true -Dtest=LookupTiming}.
 */
@EnabledIfSystemProperty(named = "factdesk.timing", matches = "true")
class LookupTiming {

    @Test
    void lookupsOnAFewThousandDocuments() {
        Random r = new Random(42);
        String[] vocab = new String[20000];
        for (int i = 0; i < vocab.length; i++) {
            StringBuilder w = new StringBuilder();
            for (int k = 0, n = 3 + r.nextInt(6); k < n; k++) {
                w.append((char) ('a' + r.nextInt(26)));
            }
            vocab[i] = w.toString();
        }
        String[] common = {"the", "of", "and", "to", "we", "in", "is", "that", "it", "for", "a", "our", "will", "be"};
        List<CorpusDocument> docs = new ArrayList<>();
        String planted = "As AI gets more efficient and accessible, we will see exponentially more demand.";
        for (int d = 0; d < 3000; d++) {
            StringBuilder text = new StringBuilder("Title: Call " + d + "\nSpeaker: Person " + d + "\n\n");
            for (int i = 0; i < 1500; i++) {
                // Zipf-like: half the words from a few function words, the rest skewed towards the start of the vocabulary
                text.append(r.nextBoolean() ? common[r.nextInt(common.length)] : vocab[(int) Math.pow(r.nextInt(141), 2) % vocab.length])
                        .append(i % 15 == 14 ? ".\n" : " ");
                if (d == 1234 && i == 700) {
                    text.append(planted).append(' ');
                }
            }
            docs.add(CorpusDocument.parse("doc" + d + ".txt", text.toString()));
        }
        long t0 = System.nanoTime();
        CorpusIndex index = CorpusIndex.build(new CorpusLoader.Loaded(docs, 0));
        long t1 = System.nanoTime();
        QuoteChecker checker = new QuoteChecker(QuoteCheckerTest.DEFAULTS, () -> null);
        String garbled = "As AI becomes more efficient and accessible, we will see more demands";
        String missing = "The factories of the world are running at full capacity and we will build more";
        for (int i = 0; i < 2000; i++) { // warm-up
            checker.check(i % 2 == 0 ? garbled : missing, "Person 1234", index);
        }
        int runs = 5000;
        long t2 = System.nanoTime();
        Finding hit = null;
        for (int i = 0; i < runs; i++) {
            hit = checker.check(garbled, "Person 1234", index);
        }
        long t3 = System.nanoTime();
        Finding miss = null;
        for (int i = 0; i < runs; i++) {
            miss = checker.check(missing, "Person 1234", index);
        }
        long t4 = System.nanoTime();
        System.out.printf("quotes timing: %d documents, %d words; index built in %d ms; lookup %.3f ms (hit), %.3f ms (miss); heap used %d MB%n",
                docs.size(), 3000 * 1500, (t1 - t0) / 1_000_000, (t3 - t2) / 1e6 / runs, (t4 - t3) / 1e6 / runs,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        assertThat(hit.stance()).isEqualTo(Stance.NEEDS_CONTEXT);
        assertThat(hit.evidence().get(0).url()).isEqualTo("doc1234.txt");
        assertThat(miss.stance()).isEqualTo(Stance.INFO);
    }
}

package org.factdesk.checker.priors.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class PriorIndexTest {

    /**
     * A query leaves out the terms a field does not have: the hits and their scores, to the last bit, are those of
     * the query with every term in both fields (what it was before).
     */
    @Test
    void termsTheIndexLacksAreLeftOutWithoutChangingHitsOrScores() throws Exception {
        Random r = new Random(11);
        List<String> words = new ArrayList<>();
        List<String> headlines = new ArrayList<>(); // words only titles have
        for (int i = 0; i < 150; i++) {
            words.add(word(r));
            headlines.add(word(r));
        }
        List<PriorCheck> checks = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            checks.add(new PriorCheck(i + " " + text(r, words, 5 + r.nextInt(10)), "False", "", r.nextInt(3) == 0 ? ""
                    : text(r, words, 2 + r.nextInt(4)) + " " + text(r, headlines, 1 + r.nextInt(3)), "", "", "test:" + i));
        }
        PriorIndex index = PriorIndex.build(checks, PriorIndex.Options.BEST);
        int compared = 0;
        for (int q = 0; q < 200; q++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 5 + r.nextInt(35); i > 0; i--) {
                List<String> from = r.nextInt(4) == 0 ? headlines : words;
                sb.append(r.nextInt(3) == 0 ? word(r) : from.get(r.nextInt(from.size()))).append(' ');
            }
            Map<PriorCheck, Float> expected = everyTerm(index, sb.toString());
            Map<PriorCheck, Float> actual = new LinkedHashMap<>();
            for (PriorIndex.Hit h : index.search(sb.toString(), PriorIndex.RERANK_DEPTH, Set.of())) {
                actual.put(h.check(), h.score());
            }
            assertThat(actual).as("query %s", sb).isEqualTo(expected);
            compared += expected.size();
        }
        assertThat(compared).isGreaterThan(1000);
    }

    /** The query as it was: a term query in each field for every term, whether the field has the term or not. */
    private static Map<PriorCheck, Float> everyTerm(PriorIndex index, String text) throws Exception {
        Map<String, Integer> tf = new LinkedHashMap<>();
        index.terms(PriorIndex.clean(text)).forEach(t -> tf.merge(t, 1, Integer::sum));
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        tf.entrySet().stream().sorted(Comparator.comparingDouble((Map.Entry<String, Integer> e) -> -index.idf(e.getKey()))).limit(300)
                .forEach(e -> {
                    b.add(new BoostQuery(new TermQuery(new Term("claim", e.getKey())), e.getValue()), BooleanClause.Occur.SHOULD);
                    b.add(new BoostQuery(new TermQuery(new Term("title", e.getKey())), PriorIndex.Options.BEST.titleBoost() * e.getValue()),
                            BooleanClause.Occur.SHOULD);
                });
        Map<PriorCheck, Float> out = new LinkedHashMap<>();
        for (ScoreDoc sd : index.searcher().search(b.build(), PriorIndex.RERANK_DEPTH).scoreDocs) {
            int n = index.searcher().storedFields().document(sd.doc).getField("n").numericValue().intValue();
            out.put(index.check(n), sd.score);
        }
        return out;
    }

    private static String word(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 3 + r.nextInt(6); i > 0; i--) {
            sb.append((char) ('a' + r.nextInt(26)));
        }
        return sb.toString();
    }

    private static String text(Random r, List<String> words, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            // some words much more common than others, as in prose
            sb.append(words.get((int) (words.size() * Math.pow(r.nextDouble(), 2)))).append(' ');
        }
        return sb.toString().strip();
    }
}

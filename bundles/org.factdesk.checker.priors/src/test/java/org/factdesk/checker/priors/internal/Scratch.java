package org.factdesk.checker.priors.internal;

import java.nio.file.Path;
import java.util.*;

public class Scratch {
    public static void main(String[] a) throws Exception {
        RetrievalData data = RetrievalData.read(Path.of(a[0]));
        Map<String, Integer> pos = new HashMap<>();
        for (int i = 0; i < data.ids().size(); i++) pos.put(data.ids().get(i), i);
        PriorIndex idx = PriorIndex.build(data.claims(), PriorIndex.Options.BEST);
        for (String split : List.of("train", "dev")) {
            double[] s = EvaluatePriors.score(idx, data.splits().get(split), pos);
            System.out.printf("%s MAP %.3f%n", split, s[0]);
            // rerank top 20 by mix
            for (double mix : new double[] {0, 0.3, 0.5, 1.0}) {
                double ap = 0;
                for (RetrievalData.Query q : data.splits().get(split)) {
                    List<PriorIndex.Hit> hits = new ArrayList<>(idx.search(q.text(), 20, Set.of()));
                    if (hits.isEmpty()) continue;
                    float top = hits.get(0).score();
                    hits.sort(Comparator.comparingDouble(h -> -((1 - mix) * h.score() / top + mix * h.similarity())));
                    for (int k = 0; k < Math.min(5, hits.size()); k++) if (hits.get(k).check() == idx.check(pos.get(q.gold()))) { ap += 1.0 / (k + 1); break; }
                }
                System.out.printf("  rerank mix %.1f MAP %.3f%n", mix, ap / data.splits().get(split).size());
            }
            List<EvaluatePriors.Outcome> o = EvaluatePriors.outcomes(idx, data.splits().get(split), pos, 3, 0.4);
            List<Double> pos1 = new ArrayList<>(), neg = new ArrayList<>();
            for (var x : o) (x.correct() ? pos1 : neg).add(x.similarity());
            long win = 0; for (double p : pos1) for (double n : neg) win += p > n ? 2 : p == n ? 1 : 0;
            System.out.printf("  AUC %.3f %n", win / 2.0 / pos1.size() / neg.size());
        }
    }
}

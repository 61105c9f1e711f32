package org.factdesk.claims.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * L2-regularised logistic regression trained with AdaGrad: deterministic for a given seed and
 * data, a few seconds on ClaimBuster, and a model a person can read feature by feature.
 */
final class Training {

    record Example(List<String> features, boolean positive) {
    }

    record Options(int epochs, double learningRate, double l2, int minCount, long seed) {
        // chosen on the validation slice (never on the held-out test): F1 plateaus around these values
        static final Options DEFAULT = new Options(6, 0.03, 1e-4, 1, 42);
    }

    private Training() {
    }

    static CheckWorthinessModel train(List<Example> examples, Options o, double threshold, Map<String, String> about) {
        Map<String, Integer> counts = new HashMap<>();
        for (Example e : examples) {
            for (String f : e.features()) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        counts.entrySet().stream().filter(c -> c.getValue() >= o.minCount()).map(Map.Entry::getKey).sorted()
                .forEach(f -> index.put(f, index.size()));
        double[] w = new double[index.size()];
        double[] g2 = new double[index.size()];
        double bias = 0;
        double biasG2 = 0;
        List<int[]> rows = new ArrayList<>();
        for (Example e : examples) {
            rows.add(e.features().stream().filter(index::containsKey).mapToInt(index::get).toArray());
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            order.add(i);
        }
        Random random = new Random(o.seed());
        for (int epoch = 0; epoch < o.epochs(); epoch++) {
            java.util.Collections.shuffle(order, random);
            for (int i : order) {
                int[] x = rows.get(i);
                double z = bias;
                for (int j : x) {
                    z += w[j];
                }
                double p = 1 / (1 + Math.exp(-z));
                double err = p - (examples.get(i).positive() ? 1 : 0);
                for (int j : x) {
                    double g = err + o.l2() * w[j];
                    g2[j] += g * g;
                    w[j] -= o.learningRate() * g / Math.sqrt(g2[j] + 1e-8);
                }
                biasG2 += err * err;
                bias -= o.learningRate() * err / Math.sqrt(biasG2 + 1e-8);
            }
        }
        Map<String, Double> weights = new HashMap<>();
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            double v = w[e.getValue()];
            if (Math.abs(v) >= 0.01) {
                weights.put(e.getKey(), v);
            }
        }
        return new CheckWorthinessModel(bias, threshold, weights, about);
    }

    /** Precision, recall and F1 of the positive class at a threshold, and average precision of the ranking. */
    record Metrics(double precision, double recall, double f1, double averagePrecision, int n) {
    }

    static Metrics evaluate(List<Double> scores, List<Boolean> labels, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < scores.size(); i++) {
            boolean predicted = scores.get(i) >= threshold;
            if (predicted && labels.get(i)) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (labels.get(i)) {
                fn++;
            }
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Metrics(p, r, f1, averagePrecision(scores, labels), scores.size());
    }

    static double averagePrecision(List<Double> scores, List<Boolean> labels) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            idx.add(i);
        }
        idx.sort((a, b) -> Double.compare(scores.get(b), scores.get(a)));
        int hits = 0;
        double sum = 0;
        for (int rank = 0; rank < idx.size(); rank++) {
            if (labels.get(idx.get(rank))) {
                hits++;
                sum += (double) hits / (rank + 1);
            }
        }
        return hits == 0 ? 0 : sum / hits;
    }

    /** The threshold with the best F1 on the given scores. */
    static double bestThreshold(List<Double> scores, List<Boolean> labels) {
        double best = 0.5;
        double bestF1 = -1;
        for (int t = 10; t <= 90; t++) {
            double f1 = evaluate(scores, labels, t / 100.0).f1();
            if (f1 > bestF1) {
                bestF1 = f1;
                best = t / 100.0;
            }
        }
        return best;
    }
}

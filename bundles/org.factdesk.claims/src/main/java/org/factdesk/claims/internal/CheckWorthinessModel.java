package org.factdesk.claims.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A logistic-regression check-worthiness model: a weight per feature, a bias, and the decision
 * threshold chosen at training time. Stored as text (one {@code feature<TAB>weight} per line)
 * so a reviewer can read what it learned.
 */
final class CheckWorthinessModel {

    static final String RESOURCE = "checkworthiness.tsv";

    private final double bias;
    private final double threshold;
    private final Map<String, Double> weights;
    private final Map<String, String> about;

    /** The weights again, by feature hash, in an open-addressing table: scoring looks them up without strings. */
    private final long[] keys;
    private final double[] values;

    CheckWorthinessModel(double bias, double threshold, Map<String, Double> weights, Map<String, String> about) {
        this.bias = bias;
        this.threshold = threshold;
        this.weights = Map.copyOf(weights);
        this.about = new LinkedHashMap<>(about);
        int capacity = Integer.highestOneBit(Math.max(4, weights.size() * 2)) << 1;
        this.keys = new long[capacity];
        this.values = new double[capacity];
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            long k = nonZero(Features.Hash.of(e.getKey()));
            int i = slot(k);
            while (keys[i] != 0 && keys[i] != k) {
                i = (i + 1) & (keys.length - 1);
            }
            keys[i] = k;
            values[i] += e.getValue(); // a 64-bit collision merges two weights: rare enough not to matter
        }
    }

    private static long nonZero(long h) {
        return h == 0 ? 1 : h;
    }

    private int slot(long k) {
        return (int) (k ^ (k >>> 32)) & (keys.length - 1);
    }

    private double weight(long hash) {
        long k = nonZero(hash);
        int i = slot(k);
        while (keys[i] != 0) {
            if (keys[i] == k) {
                return values[i];
            }
            i = (i + 1) & (keys.length - 1);
        }
        return 0;
    }

    /** The score of a sentence, on the hashed features: what extraction calls for every sentence. */
    double score(String sentence, Features.Signals signals) {
        double z = bias;
        for (long h : Features.hashes(sentence, signals)) {
            z += weight(h);
        }
        return 1 / (1 + Math.exp(-z));
    }

    CheckWorthinessModel withAbout(Map<String, String> about) {
        return new CheckWorthinessModel(bias, threshold, weights, about);
    }

    double threshold() {
        return threshold;
    }

    Map<String, String> about() {
        return about;
    }

    double score(List<String> features) {
        double z = bias;
        for (String f : features) {
            Double w = weights.get(f);
            if (w != null) {
                z += w;
            }
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Words too common to explain anything to a reader. */
    private static final java.util.Set<String> PLAIN = java.util.Set.of("the", "a", "an", "and", "of", "to", "in", "on", "at", "he",
            "she", "it", "we", "i", "you", "they", "said", "says", "is", "was", "that", "this", "s", "for", "with", "as", "by");

    /** The words and word pairs that pushed the score up most, for the claim's reason. */
    List<String> strongestWords(String sentence, int n) {
        List<String> strong = new java.util.ArrayList<>();
        List<Double> weights = new java.util.ArrayList<>();
        String previous = "<s>";
        for (String w : Features.words(sentence)) {
            // hashes, as scoring computes them: only the few strong features get a string of their own
            double unigram = weight(Features.Hash.feed(Features.Hash.feed(Features.Hash.START, "w:"), w));
            if (unigram > 0.3 && meaningful(w) && !strong.contains(w)) {
                strong.add(w);
                weights.add(unigram);
            }
            double bigram = weight(Features.Hash.feed(Features.Hash.feed(Features.Hash.feed(Features.Hash.feed(
                    Features.Hash.START, "b:"), previous), "_"), w));
            if (bigram > 0.3 && (meaningful(previous) || meaningful(w)) && !previous.startsWith("<")) {
                String pair = previous + " " + w;
                if (!strong.contains(pair)) {
                    strong.add(pair);
                    weights.add(bigram);
                }
            }
            previous = w;
        }
        List<Integer> order = new java.util.ArrayList<>();
        for (int k = 0; k < strong.size(); k++) {
            order.add(k);
        }
        order.sort(Comparator.comparingDouble(k -> -weights.get(k)));
        return order.stream().limit(n).map(strong::get).toList();
    }

    private static boolean meaningful(String word) {
        return !PLAIN.contains(word) && !word.startsWith("<");
    }

    static CheckWorthinessModel read(InputStream in) throws IOException {
        Map<String, Double> weights = new HashMap<>();
        Map<String, String> about = new LinkedHashMap<>();
        double bias = 0;
        double threshold = 0.5;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.startsWith("# ")) {
                    int colon = line.indexOf(':');
                    if (colon > 2) {
                        about.put(line.substring(2, colon).strip(), line.substring(colon + 1).strip());
                    }
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                int tab = line.lastIndexOf('\t');
                if (tab < 0) {
                    throw new IOException(RESOURCE + ":" + n + ": expected feature<TAB>weight");
                }
                String key = line.substring(0, tab);
                double value = Double.parseDouble(line.substring(tab + 1));
                switch (key) {
                    case "=bias" -> bias = value;
                    case "=threshold" -> threshold = value;
                    default -> weights.put(key, value);
                }
            }
        }
        return new CheckWorthinessModel(bias, threshold, weights, about);
    }

    void write(Writer out) throws IOException {
        for (Map.Entry<String, String> e : about.entrySet()) {
            out.write("# " + e.getKey() + ": " + e.getValue() + "\n");
        }
        out.write("=bias\t" + fmt(bias) + "\n");
        out.write("=threshold\t" + fmt(threshold) + "\n");
        for (Map.Entry<String, Double> e : weights.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Double>>comparingDouble(e -> -Math.abs(e.getValue())).thenComparing(Map.Entry::getKey))
                .toList()) {
            out.write(e.getKey() + "\t" + fmt(e.getValue()) + "\n");
        }
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.5f", v);
    }
}

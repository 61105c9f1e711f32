package org.factdesk.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Measurements of one kind, in milliseconds (or KiB), with a count of failed attempts. */
final class Samples {

    private final List<Double> values = new ArrayList<>();
    private int failures;

    void add(double value) {
        values.add(value);
    }

    void fail() {
        failures++;
    }

    int count() {
        return values.size();
    }

    int failures() {
        return failures;
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    long countAbove(double limit) {
        return values.stream().filter(v -> v > limit).count();
    }

    double get(int i) {
        return values.get(i);
    }

    double first() {
        return values.get(0);
    }

    private double[] sorted() {
        double[] a = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return a;
    }

    /** The median (mean of the middle two for an even count). */
    double median() {
        double[] a = sorted();
        int n = a.length;
        return n % 2 == 1 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2;
    }

    /** Nearest-rank percentile: with 30 samples p99 is the maximum, with 15 p90 is the 14th value. */
    double percentile(double p) {
        double[] a = sorted();
        int rank = (int) Math.ceil(p / 100 * a.length);
        return a[Math.max(0, Math.min(a.length - 1, rank - 1))];
    }

    double min() {
        return sorted()[0];
    }

    double max() {
        double[] a = sorted();
        return a[a.length - 1];
    }

    /** The values in measurement order, each formatted with {@code format}, for the raw-data section. */
    String raw(String format) {
        StringBuilder b = new StringBuilder();
        for (double v : values) {
            b.append(b.length() == 0 ? "" : " ").append(String.format(java.util.Locale.ROOT, format, v));
        }
        return b.toString();
    }

    /** The values in measurement order, rounded, for the raw-data section. */
    String raw() {
        StringBuilder b = new StringBuilder();
        for (double v : values) {
            b.append(b.length() == 0 ? "" : " ").append(Math.round(v));
        }
        return b.toString();
    }
}

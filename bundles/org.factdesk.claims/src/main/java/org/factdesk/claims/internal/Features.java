package org.factdesk.claims.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.factdesk.api.claim.Attribution;
import org.factdesk.api.claim.Quantity;

/**
 * What the check-worthiness model sees of a sentence: its words and word pairs, plus the cues
 * the rule detectors find in it (figures, quotations, attribution, comparison, ...). Training
 * and scoring use this one function, on the sentence alone, so they always agree.
 */
final class Features {

    private Features() {
    }

    /** What the cue detectors found in a sentence: computed once, used for the claim and for the model. */
    record Signals(List<Quantity> figures, boolean quote, Attribution.Kind attribution, Set<Cues> cues, long names) {

        /** The signals of a sentence on its own, as in training (no article around it). */
        static Signals of(String sentence, Entities entities) {
            int n = sentence.length();
            Attribution a = Attributions.find(sentence, 0, n);
            Set<Cues> cues = java.util.EnumSet.noneOf(Cues.class);
            for (Cues cue : Cues.values()) {
                if (cue.find(sentence, 0, n) != null) {
                    cues.add(cue);
                }
            }
            long names = entities.find(sentence, List.of()).within(0, n).stream().map(e -> e.canonical()).distinct().count();
            return new Signals(Figures.find(sentence, 0, n), !Quotes.find(sentence, 0, n).isEmpty(), a == null ? null : a.kind(), cues, names);
        }
    }

    static List<String> of(String sentence, Entities entities) {
        return of(sentence, Signals.of(sentence, entities));
    }

    static List<String> of(String sentence, Signals signals) {
        Set<String> out = new LinkedHashSet<>();
        List<String> words = words(sentence);
        String previous = "<s>";
        for (String w : words) {
            out.add("w:" + w);
            out.add("b:" + previous + "_" + w);
            previous = w;
        }
        out.add("b:" + previous + "_</s>");

        out.addAll(cueFeatures(sentence, words.size(), signals));
        return new ArrayList<>(out);
    }

    /** A year 1900-2099 standing alone: four digits, no digit or letter around them. */
    static boolean hasYear(String s) {
        for (int i = 0; i + 4 <= s.length(); i++) {
            char a = s.charAt(i);
            char b = s.charAt(i + 1);
            if (((a == '1' && b == '9') || (a == '2' && b == '0')) && Character.isDigit(s.charAt(i + 2))
                    && Character.isDigit(s.charAt(i + 3))
                    && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))
                    && (i + 4 == s.length() || !Character.isLetterOrDigit(s.charAt(i + 4)))) {
                return true;
            }
        }
        return false;
    }

    /** The features that come from the cue detectors rather than the words. */
    static List<String> cueFeatures(String sentence, int wordCount, Signals signals) {
        List<String> out = new ArrayList<>(8);
        if (!signals.figures().isEmpty()) {
            out.add("f:figure");
            signals.figures().forEach(q -> out.add("f:unit=" + (q.unit().isEmpty() ? "count" : q.unit().length() == 3 ? "currency" : q.unit())));
        }
        if (signals.quote()) {
            out.add("f:quote");
        }
        if (signals.attribution() != null) {
            out.add("f:attribution=" + signals.attribution());
        }
        for (Cues cue : signals.cues()) {
            out.add("f:" + cue.name().toLowerCase(Locale.ROOT));
        }
        out.add("f:names=" + Math.min(signals.names(), 3));
        out.add("f:length=" + (wordCount < 6 ? "short" : wordCount < 16 ? "medium" : wordCount < 31 ? "long" : "very long"));
        if (sentence.strip().endsWith("?")) {
            out.add("f:question");
        }
        if (hasYear(sentence)) {
            out.add("f:year");
        }
        return out;
    }

    /**
     * The hashes of {@link #of}'s features, computed without building the feature strings: the hot
     * path of scoring. {@code hash("w:" + word)} equals the hash fed "w:" then the word, and so on.
     */
    static long[] hashes(String sentence, Signals signals) {
        List<String> words = words(sentence);
        List<String> cues = cueFeatures(sentence, words.size(), signals);
        long[] h = new long[words.size() * 2 + 1 + cues.size()];
        int n = 0;
        String previous = "<s>";
        for (String w : words) {
            h[n++] = Hash.feed(Hash.feed(Hash.START, "w:"), w);
            h[n++] = Hash.feed(Hash.feed(Hash.feed(Hash.feed(Hash.START, "b:"), previous), "_"), w);
            previous = w;
        }
        h[n++] = Hash.feed(Hash.feed(Hash.feed(Hash.START, "b:"), previous), "_</s>");
        for (String c : cues) {
            h[n++] = Hash.of(c);
        }
        // a feature counts once per sentence, as in the set Features.of builds
        java.util.Arrays.sort(h, 0, n);
        int unique = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || h[i] != h[i - 1]) {
                h[unique++] = h[i];
            }
        }
        return java.util.Arrays.copyOf(h, unique);
    }

    /** 64-bit FNV-1a over UTF-16 chars, fed piece by piece. */
    static final class Hash {
        static final long START = 0xcbf29ce484222325L;
        private static final long PRIME = 0x100000001b3L;

        private Hash() {
        }

        static long feed(long h, String s) {
            for (int i = 0; i < s.length(); i++) {
                h = (h ^ s.charAt(i)) * PRIME;
            }
            return h;
        }

        static long of(String s) {
            return feed(START, s);
        }
    }

    /** Lower-cased words; digits become {@code 0} so "1975" and "2016" share a feature. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || c == '\'' || c == '’') {
                w.append(Character.isDigit(c) ? '0' : Character.toLowerCase(c == '’' ? '\'' : c));
            } else {
                if (w.length() > 0) {
                    out.add(w.toString());
                    w.setLength(0);
                }
                if (c == '%' || c == '$' || c == '€' || c == '£') {
                    out.add(String.valueOf(c));
                }
            }
        }
        return out;
    }
}

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
        out.add("f:length=" + (words.size() < 6 ? "short" : words.size() < 16 ? "medium" : words.size() < 31 ? "long" : "very long"));
        if (sentence.strip().endsWith("?")) {
            out.add("f:question");
        }
        if (YEAR.matcher(sentence).find()) {
            out.add("f:year");
        }
        return new ArrayList<>(out);
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b(19|20)\\d\\d\\b");

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

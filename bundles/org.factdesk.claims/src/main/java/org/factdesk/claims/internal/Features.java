package org.factdesk.claims.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.factdesk.api.claim.Attribution;

/**
 * What the check-worthiness model sees of a sentence: its words and word pairs, plus the cues
 * the rule detectors find in it (figures, quotations, attribution, comparison, ...). Training
 * and scoring use this one function, on the sentence alone, so they always agree.
 */
final class Features {

    private Features() {
    }

    static List<String> of(String sentence, Entities entities) {
        Set<String> out = new LinkedHashSet<>();
        List<String> words = words(sentence);
        String previous = "<s>";
        for (String w : words) {
            out.add("w:" + w);
            out.add("b:" + previous + "_" + w);
            previous = w;
        }
        out.add("b:" + previous + "_</s>");

        int n = sentence.length();
        var figures = Figures.find(sentence, 0, n);
        if (!figures.isEmpty()) {
            out.add("f:figure");
            figures.forEach(q -> out.add("f:unit=" + (q.unit().isEmpty() ? "count" : q.unit().length() == 3 ? "currency" : q.unit())));
        }
        if (!Quotes.find(sentence, 0, n).isEmpty()) {
            out.add("f:quote");
        }
        Attribution a = Attributions.find(sentence, 0, n, null);
        if (a != null) {
            out.add("f:attribution=" + a.kind());
        }
        for (Cues cue : Cues.values()) {
            if (cue.find(sentence, 0, n) != null) {
                out.add("f:" + cue.name().toLowerCase(Locale.ROOT));
            }
        }
        long names = entities.find(sentence, List.of()).within(0, n).stream().map(e -> e.canonical()).distinct().count();
        out.add("f:names=" + Math.min(names, 3));
        out.add("f:length=" + (words.size() < 6 ? "short" : words.size() < 16 ? "medium" : words.size() < 31 ? "long" : "very long"));
        if (sentence.strip().endsWith("?")) {
            out.add("f:question");
        }
        if (sentence.matches("(?s).*\\b(19|20)\\d\\d\\b.*")) {
            out.add("f:year");
        }
        return new ArrayList<>(out);
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

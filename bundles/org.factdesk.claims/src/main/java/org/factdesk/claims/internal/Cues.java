package org.factdesk.claims.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words that make a sentence a comparison, a causal claim or a prediction. */
enum Cues {
    COMPARISON(List.of("than", "fraction", "dwarf", "compared", "twice", "double", "triple", "half", "largest", "biggest",
            "highest", "lowest", "smallest", "fastest", "slowest", "cheapest", "best", "worst", "most", "least", "outpac",
            "exceed", "surpass", "outperform"),"\\b(?:more|less|fewer|greater|higher|lower|larger|smaller|bigger|cheaper|faster|slower|better|worse)\\s+than\\b"
            + "|\\b\\w+er than\\b|\\ba fraction of\\b|\\bdwarf(?:ed|s|ing)?\\b|\\bcompared (?:to|with)\\b"
            + "|\\b(?:twice|double|triple|half) (?:as|the)\\b|\\b(?:largest|biggest|highest|lowest|smallest|fastest|"
            + "slowest|cheapest|best|worst|most|least)\\b|\\b(?:outpac|exceed|surpass|outperform)\\w*"),
    CAUSAL(List.of("because", "due to", "caus", "led to", "lead", "result", "stem", "thanks to", "driven by", "owing to",
            "responsible for", "in view of"),
            "\\bbecause\\b|\\bdue to\\b|\\bcaus(?:ed|es|ing)\\b|\\bled to\\b|\\bleads? to\\b|\\bas a result\\b"
            + "|\\bresult(?:ed|s)? (?:of|in)\\b|\\bstems? from\\b|\\bthanks to\\b|\\bdriven by\\b|\\bowing to\\b"
            + "|\\bresponsible for\\b|\\bin view of\\b"),
    PREDICTION(List.of("will", "would eventually", "going to", "expected to", "forecast", "predict", "projected", "likely to",
            "on track to", "by 20", "over time"),
            "\\bwill\\b|\\bwould eventually\\b|\\b(?:is|are) going to\\b|\\bexpected to\\b|\\bforecast\\w*"
            + "|\\bpredict\\w*|\\bprojected\\b|\\blikely to\\b|\\bon track to\\b|\\bby 20\\d\\d\\b|\\bover time\\b");

    /** Literal fragments one of which every match contains: a cheap test before the costly pattern. */
    private final List<String> anchors;
    private final Pattern pattern;

    Cues(List<String> anchors, String regex) {
        this.anchors = anchors;
        this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    /** The first cue word in {@code text[from, to)}, or {@code null}. */
    String find(String text, int from, int to) {
        String lower = text.substring(from, to).toLowerCase(java.util.Locale.ROOT);
        if (anchors.stream().noneMatch(lower::contains)) {
            return null;
        }
        Matcher m = pattern.matcher(text).region(from, to);
        return m.find() ? m.group() : null;
    }
}

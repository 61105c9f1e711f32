package org.factdesk.claims.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.factdesk.api.article.Article;
import org.factdesk.api.article.Paragraph;
import org.factdesk.api.claim.Attribution;
import org.factdesk.api.claim.Claim;
import org.factdesk.api.claim.ClaimExtractor;
import org.factdesk.api.claim.ClaimType;
import org.factdesk.api.claim.Entity;
import org.factdesk.api.claim.Quantity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Finds claims sentence by sentence from explainable cues: figures, quotations and their
 * speakers, attribution, comparisons, causal and predictive wording, and named entities.
 * Each cue adds a fixed weight; the score is the logistic of the sum.
 */
@Component(property = {ClaimExtractor.NAME + "=rules", "service.ranking:Integer=0"})
@Designate(ocd = RuleBasedClaimExtractor.Config.class)
public class RuleBasedClaimExtractor implements ClaimExtractor {

    @ObjectClassDefinition(name = "FactDesk rule-based claim extractor")
    public @interface Config {
        @AttributeDefinition(description = "Sentences scoring below this are not reported as claims.")
        double minScore() default 0.5;
    }

    private final double minScore;
    private final Entities entities;

    @Activate
    public RuleBasedClaimExtractor(Config config) {
        this(config.minScore());
    }

    RuleBasedClaimExtractor(double minScore) {
        this.minScore = minScore;
        this.entities = new Entities(RuleBasedClaimExtractor.class.getResourceAsStream("entities.tsv"));
    }

    @Override
    public List<Claim> extract(Article article) {
        String text = article.text();
        List<Paragraph> paragraphs = article.paragraphs().isEmpty()
                ? List.of(new Paragraph(0, text.length())) : article.paragraphs();
        List<Sentences.Span> sentences = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            sentences.addAll(Sentences.split(text, p.start(), p.end()));
        }
        List<Quotes.Quote> quotes = new ArrayList<>();
        for (Sentences.Span s : sentences) {
            quotes.addAll(Quotes.find(text, s.start(), s.end()));
        }
        List<int[]> namedSpeakers = quotes.stream()
                .filter(q -> q.speaker() != null && !Quotes.isPronoun(q.speaker()))
                .map(q -> new int[] {q.speakerStart(), q.speakerEnd()}).toList();
        Entities.Mentions mentions = entities.find(text, namedSpeakers);

        List<Claim> claims = new ArrayList<>();
        for (Sentences.Span s : sentences) {
            Claim c = claim(article, s, quotes, mentions);
            if (c != null && c.score() >= minScore) {
                claims.add(c);
            }
        }
        return claims;
    }

    private Claim claim(Article article, Sentences.Span s, List<Quotes.Quote> allQuotes, Entities.Mentions mentions) {
        String text = article.text();
        int from = s.start();
        int to = s.end();
        Set<ClaimType> types = EnumSet.noneOf(ClaimType.class);
        List<String> reasons = new ArrayList<>();
        double z = -2.2;

        List<Quantity> quantities = Figures.find(text, from, to);
        if (!quantities.isEmpty()) {
            types.add(ClaimType.NUMERIC);
            z += 2.6;
            reasons.add("contains a figure (" + quantities.stream().map(Quantity::display).collect(Collectors.joining(", ")) + ")");
        }

        String speaker = null;
        List<Quotes.Quote> quotes = allQuotes.stream().filter(q -> q.start() >= from && q.end() <= to).toList();
        if (!quotes.isEmpty()) {
            types.add(ClaimType.QUOTE);
            z += 2.0;
            speaker = resolveSpeaker(quotes.get(0), mentions);
            reasons.add(speaker != null ? "quotes " + speaker : "contains a quotation");
        }

        Attribution attribution = Attributions.find(text, from, to, speaker);
        if (attribution == null && speaker != null) {
            Quotes.Quote q = quotes.get(0);
            attribution = new Attribution(text.substring(q.speakerStart(), q.speakerEnd()), q.speakerStart(), q.speakerEnd(),
                    speaker, Attribution.Kind.NAMED);
        }
        if (attribution != null) {
            types.add(ClaimType.ATTRIBUTION);
            switch (attribution.kind()) {
                case ANONYMOUS -> {
                    z += 2.0;
                    reasons.add("rests on anonymous sources (\"" + attribution.phrase() + "\")");
                }
                case VAGUE -> {
                    z += 2.0;
                    reasons.add("rests on a vague source (\"" + attribution.phrase() + "\")");
                }
                case NAMED -> {
                    z += 0.8;
                    if (speaker == null) {
                        reasons.add("attributed to " + attribution.source());
                    }
                }
            }
        }

        for (Map.Entry<ClaimType, Cues> cue : Map.of(ClaimType.COMPARISON, Cues.COMPARISON, ClaimType.CAUSAL, Cues.CAUSAL,
                ClaimType.PREDICTION, Cues.PREDICTION).entrySet()) {
            String word = cue.getValue().find(text, from, to);
            if (word != null) {
                types.add(cue.getKey());
                z += cue.getKey() == ClaimType.COMPARISON ? 1.2 : 0.9;
                reasons.add(cue.getKey().name().toLowerCase() + " (\"" + word + "\")");
            }
        }

        List<Entity> named = mentions.within(from, to);
        long distinct = named.stream().map(Entity::canonical).distinct().count();
        if (distinct > 0) {
            z += 0.45 * Math.min(distinct, 3);
            reasons.add("names " + named.stream().map(Entity::canonical).distinct().limit(3).collect(Collectors.joining(", ")));
        }
        int words = text.substring(from, to).split("\\s+").length;
        if (words < 6) {
            z -= 2.0; // fragments, datelines, tag lines
        } else if (words > 70) {
            z -= 0.5;
        }
        if (text.substring(from, to).indexOf('#') >= 0 || text.substring(from, to).contains("(T)")) {
            z -= 2.0; // hashtag and keyword lines
        }
        double score = 1 / (1 + Math.exp(-z));
        if (types.isEmpty() && score < minScore) {
            return null;
        }
        return new Claim(article.id() + "#" + from, text.substring(from, to), from, to, round(score),
                List.copyOf(types), String.join("; ", reasons), speaker, attribution, quantities, named);
    }

    /** "he" is the last person named before the quote; "Zuckerberg" is "Mark Zuckerberg" if named so earlier. */
    private static String resolveSpeaker(Quotes.Quote q, Entities.Mentions mentions) {
        if (q.speaker() == null) {
            return null;
        }
        if (Quotes.isPronoun(q.speaker())) {
            return mentions.lastPerson(q.start());
        }
        String full = mentions.fullPersonName(q.speaker(), q.speakerStart());
        return full != null ? full : q.speaker();
    }

    /** Spellings mapped to a canonical name in this article, for copy editors. */
    Map<String, List<String>> variants(Article article) {
        return entities.find(article.text(), List.of()).variants();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}

package org.factdesk.claims.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import org.factdesk.api.claim.TimeReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Finds claims sentence by sentence. Each sentence is scored by the check-worthiness model
 * (trained on ClaimBuster, see {@link TrainCommand}) and typed by explainable detectors:
 * figures, quotations and their speakers, attribution, comparison, causal and predictive
 * wording, names. A sentence is a claim when the model finds it check-worthy, or when it holds
 * what a desk always checks: a figure, a quotation, or an anonymous or vague source.
 */
@Component(property = {ClaimExtractor.NAME + "=factdesk-claims", "service.ranking:Integer=0"})
@Designate(ocd = ClaimFinder.Config.class)
public class ClaimFinder implements ClaimExtractor {

    @ObjectClassDefinition(name = "FactDesk claim extractor")
    public @interface Config {
        @AttributeDefinition(description = "Check-worthiness score from which a sentence is a claim; -1 uses the threshold the model was trained with.")
        double threshold() default -1;

        @AttributeDefinition(description = "Also report sentences below the threshold that hold a figure, a quotation or an anonymous or vague source.")
        boolean alwaysReportCues() default true;
    }

    /** The claim type each cue detector stands for, in the order reasons list them. */
    private static final Map<ClaimType, Cues> CUE_TYPES = new java.util.EnumMap<>(Map.of(
            ClaimType.COMPARISON, Cues.COMPARISON, ClaimType.CAUSAL, Cues.CAUSAL, ClaimType.PREDICTION, Cues.PREDICTION));

    private final double threshold;
    private final boolean alwaysReportCues;
    private final Entities entities;
    /** Loaded on first use: start-up stays lean when nothing is extracted. */
    private volatile CheckWorthinessModel model;

    @Activate
    public ClaimFinder(Config config) {
        this(config.threshold(), config.alwaysReportCues());
    }

    ClaimFinder(double threshold, boolean alwaysReportCues) {
        this.threshold = threshold;
        this.alwaysReportCues = alwaysReportCues;
        this.entities = new Entities(ClaimFinder.class.getResourceAsStream("entities.tsv"));
    }

    CheckWorthinessModel model() {
        CheckWorthinessModel m = model;
        if (m == null) {
            try (InputStream in = ClaimFinder.class.getResourceAsStream(CheckWorthinessModel.RESOURCE)) {
                model = m = CheckWorthinessModel.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the check-worthiness model", e);
            }
        }
        return m;
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
        // each sentence's quotations, found once: a claim looks only at its own, not through the article's
        List<List<Quotes.Quote>> quotesBySentence = new ArrayList<>(sentences.size());
        for (Sentences.Span s : sentences) {
            quotesBySentence.add(Quotes.find(text, s.start(), s.end()));
        }
        List<int[]> namedSpeakers = quotesBySentence.stream().flatMap(List::stream)
                .filter(q -> q.speaker() != null && !Quotes.isPronoun(q.speaker()))
                .map(q -> new int[] {q.speakerStart(), q.speakerEnd()}).toList();
        Entities.Mentions mentions = entities.find(text, namedSpeakers);

        CheckWorthinessModel m = model();
        double cut = threshold >= 0 ? threshold : m.threshold();
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Claim c = claim(article, sentences.get(i), quotesBySentence.get(i), mentions, m, cut);
            if (c != null) {
                claims.add(c);
            }
        }
        return claims;
    }

    private Claim claim(Article article, Sentences.Span s, List<Quotes.Quote> quotes, Entities.Mentions mentions,
            CheckWorthinessModel m, double cut) {
        String text = article.text();
        int from = s.start();
        int to = s.end();
        String sentence = text.substring(from, to);
        Set<ClaimType> types = EnumSet.noneOf(ClaimType.class);
        List<String> reasons = new ArrayList<>();
        boolean mustReport = false;

        List<Quantity> quantities = Figures.find(text, from, to);
        if (!quantities.isEmpty()) {
            types.add(ClaimType.NUMERIC);
            mustReport = true;
            reasons.add("contains a figure (" + quantities.stream().map(Quantity::display).collect(Collectors.joining(", ")) + ")");
        }

        String speaker = null;
        if (!quotes.isEmpty()) {
            types.add(ClaimType.QUOTE);
            speaker = resolveSpeaker(quotes.get(0), mentions);
            mustReport = true;
            reasons.add(speaker != null ? "quotes " + speaker : "contains a quotation");
        }

        Attribution sentenceAttribution = Attributions.find(text, from, to);
        Attribution attribution = sentenceAttribution;
        if (attribution == null && speaker != null) {
            Quotes.Quote q = quotes.get(0);
            attribution = new Attribution(text.substring(q.speakerStart(), q.speakerEnd()), q.speakerStart(), q.speakerEnd(),
                    speaker, Attribution.Kind.NAMED);
        }
        if (attribution != null) {
            types.add(ClaimType.ATTRIBUTION);
            switch (attribution.kind()) {
                case ANONYMOUS -> {
                    mustReport = true;
                    reasons.add("rests on anonymous sources (\"" + attribution.phrase() + "\")");
                }
                case VAGUE -> {
                    mustReport = true;
                    reasons.add("rests on a vague source (\"" + attribution.phrase() + "\")");
                }
                case NAMED -> {
                    if (speaker == null) {
                        reasons.add("attributed to " + attribution.source());
                    }
                }
            }
        }

        Set<Cues> found = EnumSet.noneOf(Cues.class);
        for (Map.Entry<ClaimType, Cues> cue : CUE_TYPES.entrySet()) {
            String word = cue.getValue().find(text, from, to);
            if (word != null) {
                types.add(cue.getKey());
                found.add(cue.getValue());
                reasons.add(cue.getKey().name().toLowerCase() + " (\"" + word + "\")");
            }
        }

        List<Entity> named = mentions.within(from, to);
        if (!named.isEmpty()) {
            reasons.add("names " + named.stream().map(Entity::canonical).distinct().limit(3).collect(Collectors.joining(", ")));
        }
        if (isTagLine(sentence)) {
            return null; // keyword and hashtag lines carry no statement
        }
        // the detectors' results feed the model too: in the article's context (names clustered across it)
        Features.Signals signals = new Features.Signals(quantities, !quotes.isEmpty(),
                sentenceAttribution == null ? null : sentenceAttribution.kind(), found,
                named.stream().map(Entity::canonical).distinct().count());
        double score = m.score(sentence, signals);
        if (score < cut && !(alwaysReportCues && mustReport)) {
            return null;
        }
        List<String> words = m.strongestWords(sentence, 3);
        if (!words.isEmpty()) {
            reasons.add("worded like checked claims (" + String.join(", ", words) + ")");
        }
        if (score < cut) {
            reasons.add("reported for its cues though the model scores it below " + cut);
        }
        List<TimeReference> times = Times.find(text, from, to, publicationYear(article));
        return new Claim(article.id() + "#" + from, sentence, from, to, round(score),
                List.copyOf(types), String.join("; ", reasons), speaker, attribution, quantities, named, times);
    }

    /** The year the article was published, 0 if unknown: relative times ("last year") resolve against it. */
    static int publicationYear(Article article) {
        String p = article.published();
        return p != null && p.length() >= 4 && p.substring(0, 4).chars().allMatch(Character::isDigit) ? Integer.parseInt(p.substring(0, 4)) : 0;
    }

    /** "#a #b #c" and "X (T) Y (T)" lines: site furniture, not sentences. */
    static boolean isTagLine(String sentence) {
        long hashes = sentence.chars().filter(c -> c == '#').count();
        return hashes >= 3 || sentence.split("\\(T\\)", -1).length > 3;
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

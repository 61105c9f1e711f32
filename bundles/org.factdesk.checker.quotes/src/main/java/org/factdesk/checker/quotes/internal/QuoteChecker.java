package org.factdesk.checker.quotes.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.factdesk.api.check.CheckContext;
import org.factdesk.api.check.Checker;
import org.factdesk.api.check.CheckerService;
import org.factdesk.api.check.Evidence;
import org.factdesk.api.check.Finding;
import org.factdesk.api.check.Stance;
import org.factdesk.api.claim.Attribution;
import org.factdesk.api.claim.Claim;
import org.factdesk.api.claim.ClaimType;
import org.factdesk.checker.quotes.internal.CorpusIndex.Match;
import org.factdesk.checker.quotes.internal.Normalizer.Token;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Looks up the quoted passages of QUOTE claims in a corpus of transcripts and documents, and
 * reports the original wording, where and by whom it was said, and how the quote differs. One
 * instance per factory configuration, so several corpora can run side by side; without
 * configuration it searches the bundled, invented sample corpus. The corpus is read and
 * indexed on the first check, not at activation, so start-up stays lean.
 */
// OPTIONAL: with factory=true bnd would default to REQUIRE, and the unconfigured sample instance would never start.
@Component(configurationPid = QuoteChecker.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@CheckerService(id = "org.factdesk.checker.quotes", name = "Quotes",
        description = "Finds quotations in a corpus of transcripts and reports the original wording and speaker.",
        types = ClaimType.QUOTE)
@Designate(ocd = QuoteChecker.Config.class, factory = true)
public class QuoteChecker implements Checker {

    /** Factory PID of the configurations, one per corpus. */
    static final String PID = "org.factdesk.checker.quotes";

    @ObjectClassDefinition(name = "FactDesk quotes checker",
            description = "A corpus of transcripts and documents to look quotations up in; one configuration per corpus.")
    public @interface Config {
        @AttributeDefinition(description = "Folders (searched recursively for .txt and .md files, README* excepted) or single "
                + "files. Empty: the bundled sample corpus.")
        String[] corpus() default {};

        @AttributeDefinition(description = "A name for the corpus, shown in findings.")
        String corpusName() default "";

        @AttributeDefinition(description = "Lowest similarity (0-1) at which a passage counts as the quote's source.")
        double minSimilarity() default 0.6;

        @AttributeDefinition(description = "Similarity (0-1) from which a quote counts as near word for word.")
        double verbatimSimilarity() default 0.9;

        @AttributeDefinition(description = "Most corpus passages reported per quote.")
        int maxResults() default 3;
    }

    /** The configuration, checked. */
    record Settings(String corpusName, double minSimilarity, double verbatimSimilarity, int maxResults) {
        Settings {
            corpusName = corpusName == null ? "" : corpusName.strip();
            minSimilarity = Math.min(1, Math.max(0.05, minSimilarity));
            verbatimSimilarity = Math.min(1, Math.max(minSimilarity, verbatimSimilarity));
            maxResults = Math.max(1, maxResults);
        }

        static Settings of(Config c) {
            return new Settings(c.corpusName(), c.minSimilarity(), c.verbatimSimilarity(), c.maxResults());
        }
    }

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "prof", "sir", "ceo", "president");

    private final Settings settings;
    private final Supplier<CorpusLoader.Loaded> source;
    private final Object lock = new Object();
    /** Built once, on the first check; immutable afterwards, so checks share it without locking. */
    private volatile CorpusIndex index;

    @Activate
    public QuoteChecker(Config config, @Reference(service = LoggerFactory.class) Logger log) {
        this(Settings.of(config), corpus(config.corpus(), log::warn));
    }

    QuoteChecker(Settings settings, Supplier<CorpusLoader.Loaded> source) {
        this.settings = settings;
        this.source = source;
    }

    /** Where documents come from: the configured folders, else the bundled sample. */
    static Supplier<CorpusLoader.Loaded> corpus(String[] folders, Consumer<String> errors) {
        List<Path> roots = Arrays.stream(folders).map(String::strip).filter(f -> !f.isEmpty()).map(Path::of).toList();
        return roots.isEmpty() ? () -> CorpusLoader.loadSample(errors) : () -> CorpusLoader.load(roots, errors);
    }

    CorpusIndex index() {
        CorpusIndex i = index;
        if (i == null) {
            synchronized (lock) {
                i = index;
                if (i == null) {
                    i = CorpusIndex.build(source.get());
                    index = i;
                }
            }
        }
        return i;
    }

    @Override
    public List<Finding> check(Claim claim, CheckContext context) {
        if (!claim.is(ClaimType.QUOTE)) {
            return List.of();
        }
        List<Quotes.Passage> passages = Quotes.passages(claim.text());
        if (passages.isEmpty()) {
            return List.of();
        }
        CorpusIndex corpus = index();
        String speaker = speaker(claim);
        List<Finding> findings = new ArrayList<>();
        for (Quotes.Passage p : passages) {
            if (context != null && context.cancelled()) {
                break;
            }
            findings.add(check(p.text(), speaker, corpus));
        }
        return findings;
    }

    /** Checks one quoted passage attributed to {@code speaker} (maybe {@code null}). */
    Finding check(String quote, String speaker, CorpusIndex corpus) {
        List<Token> tokens = Normalizer.tokens(quote);
        // Ask for a few more than reported: a passage by the right speaker ranks first among near-equals.
        List<Match> matches = new ArrayList<>(corpus.search(tokens, settings.minSimilarity(), settings.maxResults() + 2));
        matches.sort(Comparator.comparingDouble((Match m) -> -(m.similarity() + (agrees(speaker, m) ? 0.05 : 0))));
        matches = matches.subList(0, Math.min(settings.maxResults(), matches.size()));
        String shown = "\u201c" + shorten(quote, 60) + "\u201d";
        String inCorpus = settings.corpusName().isEmpty() ? "the corpus" : "the corpus " + settings.corpusName();
        if (matches.isEmpty()) {
            return Finding.of(Stance.INFO, 0.3, shown + " not found in " + inCorpus + " (" + documents(corpus) + ")")
                    .withExplanation("No passage in " + inCorpus + " is at least " + percent(settings.minSimilarity())
                            + " similar to the quote. That does not mean it was not said: the corpus holds only "
                            + documents(corpus) + (corpus.skippedFiles() > 0 ? " (" + corpus.skippedFiles()
                                    + " files could not be read)" : "") + ". Look for a recording or transcript.");
        }
        Match best = matches.get(0);
        String said = speakerOf(best);
        String diff = best.alignment().describe(quote, tokens, best.document().text(), best.window(), 4);
        String similarity = String.format(Locale.ROOT, "%.2f", best.similarity());
        String where = describeSource(best);
        boolean verbatim = best.similarity() >= settings.verbatimSimilarity();
        boolean knownBoth = speaker != null && said != null;
        Stance stance;
        double confidence;
        String summary;
        String verdict;
        if (knownBoth && !sameSpeaker(speaker, said)) {
            stance = Stance.NEEDS_CONTEXT;
            confidence = 0.7;
            summary = "In " + inCorpus + " these words are " + said + "'s, not " + speaker + "'s (" + best.document().title()
                    + ", similarity " + similarity + ")";
            verdict = "The article attributes the quote to " + speaker + ", but the closest passage in " + inCorpus + " was said by "
                    + said + ". Check who said it, or whether " + speaker + " repeated it elsewhere.";
        } else if (verbatim) {
            stance = Stance.SUPPORTS;
            confidence = knownBoth ? Math.min(0.95, Math.round(best.similarity() * 100) / 100.0) : 0.6;
            summary = "Quote matches " + (said == null ? "" : said + " in ") + best.document().title()
                    + (best.document().date() == null ? "" : " (" + best.document().date() + ")") + ", similarity " + similarity
                    + (diff.equals("word for word") ? ", word for word" : "; " + diff);
            verdict = knownBoth ? "The quote is near word for word what " + said + " said."
                    : speaker == null ? "The wording is confirmed, but the article does not say who said it."
                    : "The wording is confirmed, but " + inCorpus + " does not say who spoke it, so the attribution to "
                            + speaker + " is not.";
        } else {
            stance = Stance.NEEDS_CONTEXT;
            confidence = 0.6;
            summary = "Quote differs from the original (similarity " + similarity + "): " + diff;
            verdict = "The closest passage" + (said == null ? "" : ", said by " + said + ",") + " words it differently; "
                    + "quote the original or make clear the quote is paraphrased or translated.";
        }
        StringBuilder explanation = new StringBuilder(verdict)
                .append(" Original wording: \u201c").append(best.wording()).append("\u201d (").append(where).append(").")
                .append(" Similarity ").append(similarity)
                .append(" (word alignment after folding case, punctuation, quote marks, numbers and contractions).");
        if (!diff.equals("word for word")) {
            explanation.append(" As quoted -> original: ").append(diff).append('.');
        }
        for (Match other : matches.subList(1, matches.size())) {
            explanation.append(" Also similar (").append(String.format(Locale.ROOT, "%.2f", other.similarity())).append("): \u201c")
                    .append(shorten(other.wording(), 80)).append("\u201d (").append(describeSource(other)).append(").");
        }
        Finding f = Finding.of(stance, confidence, summary).withExplanation(explanation.toString());
        for (Match m : matches) {
            CorpusDocument d = m.document();
            f = f.withEvidence(new Evidence(d.title(), d.url() != null ? d.url() : d.name(), m.wording(), d.date()));
        }
        return f;
    }

    /** Title, speaker, date, source and position: everything needed to find the passage again. */
    private static String describeSource(Match m) {
        CorpusDocument d = m.document();
        List<String> parts = new ArrayList<>();
        String said = speakerOf(m);
        if (said != null) {
            parts.add(said);
        }
        parts.add("\u201c" + d.title() + "\u201d");
        if (d.date() != null) {
            parts.add(d.date());
        }
        if (d.source() != null && !d.source().equals(d.url())) {
            parts.add("source: " + d.source());
        }
        if (d.url() != null) {
            parts.add(d.url());
        }
        parts.add(d.name() + " line " + d.lineAt(m.start()) + ", characters " + m.start() + "-" + m.end());
        return String.join(", ", parts);
    }

    private static String speakerOf(Match m) {
        return m.document().speakerAt(m.start());
    }

    private static boolean agrees(String speaker, Match m) {
        String said = speakerOf(m);
        return speaker != null && said != null && sameSpeaker(speaker, said);
    }

    /** The claim's resolved speaker, else a named attribution. */
    static String speaker(Claim claim) {
        if (claim.speaker() != null && !claim.speaker().isBlank()) {
            return claim.speaker().strip();
        }
        Attribution a = claim.attribution();
        return a != null && a.kind() == Attribution.Kind.NAMED && a.source() != null ? a.source() : null;
    }

    /**
     * Whether two names are one person: same surname, and first names that agree where both are
     * given ("Zuckerberg", "Mark Zuckerberg", "M. Zuckerberg", "MARK ZUCKERBERG").
     */
    static boolean sameSpeaker(String a, String b) {
        List<String> x = nameWords(a);
        List<String> y = nameWords(b);
        if (x.isEmpty() || y.isEmpty() || !x.get(x.size() - 1).equals(y.get(y.size() - 1))) {
            return false;
        }
        if (x.size() == 1 || y.size() == 1) {
            return true;
        }
        String fx = x.get(0);
        String fy = y.get(0);
        return fx.equals(fy) || (fx.length() == 1 && fy.startsWith(fx)) || (fy.length() == 1 && fx.startsWith(fy));
    }

    private static List<String> nameWords(String name) {
        List<String> out = new ArrayList<>();
        for (String w : Normalizer.fold(name).split("[^\\p{L}]+")) {
            if (!w.isEmpty() && !TITLES.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static String documents(CorpusIndex corpus) {
        return corpus.documentCount() + (corpus.documentCount() == 1 ? " document" : " documents");
    }

    private static String percent(double d) {
        return Math.round(d * 100) + "%";
    }

    static String shorten(String s, int max) {
        String flat = s.replaceAll("\\s+", " ").strip();
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max - 1);
        return flat.substring(0, cut > max / 2 ? cut : max - 1) + "\u2026";
    }
}

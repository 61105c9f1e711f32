package org.factdesk.checker.priors.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.factdesk.api.check.CheckContext;
import org.factdesk.api.check.Checker;
import org.factdesk.api.check.CheckerService;
import org.factdesk.api.check.Evidence;
import org.factdesk.api.check.Finding;
import org.factdesk.api.check.Stance;
import org.factdesk.api.claim.Claim;
import org.factdesk.api.claim.Entity;
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
 * Suggests earlier fact-checks of the same or a related claim, as Meedan Check does: archives
 * are indexed with Lucene (BM25) on first use, the best hits are scored with a similarity in
 * [0, 1], and two thresholds turn them into "suggested" (INFO) or "same claim" findings, the
 * latter carrying the earlier verdict as its stance. One instance per factory configuration;
 * without any configuration the bundled sample archive is used.
 */
@Component(configurationPid = PriorsChecker.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@CheckerService(id = "org.factdesk.checker.priors", name = "Prior fact-checks",
        description = "Finds earlier fact-checks of the same or a related claim in fact-check archives.")
@Designate(ocd = PriorsChecker.Config.class, factory = true)
public class PriorsChecker implements Checker {

    static final String PID = "org.factdesk.checker.priors";
    static final String SAMPLE = "sample-priors.jsonl";
    static final double DEFAULT_SUGGEST = 0.3;
    static final double DEFAULT_SAME = 0.5;
    static final int DEFAULT_MAX = 3;

    @ObjectClassDefinition(name = "FactDesk prior fact-checks checker",
            description = "One instance per archive set: a desk may run several, e.g. one per publisher's archive.")
    public @interface Config {
        @AttributeDefinition(description = "Archive files: ClaimReview JSON-LD (.json/.jsonld), JSON lines (.jsonl) or CSV (.csv).")
        String[] archives() default {};

        @AttributeDefinition(description = "Also use the bundled sample archive; by default only when no archives are configured.")
        boolean sample() default false;

        @AttributeDefinition(description = "Similarity in [0, 1] from which an earlier fact-check is suggested as related.")
        double suggestThreshold() default DEFAULT_SUGGEST;

        @AttributeDefinition(description = "Similarity in [0, 1] from which an earlier fact-check counts as the same claim and its verdict is carried over.")
        double sameThreshold() default DEFAULT_SAME;

        @AttributeDefinition(description = "At most this many earlier fact-checks per claim.")
        int maxSuggestions() default DEFAULT_MAX;
    }

    /** What was loaded: the index (null if nothing loaded) and one line per archive that failed. */
    record Loaded(PriorIndex index, List<String> problems) {
    }

    private final List<String> archives;
    private final boolean sample;
    private final double suggest;
    private final double same;
    private final int max;
    private volatile Loaded loaded;

    /** Where a skipped archive is reported: the log, or nowhere for plain-object use. */
    private final java.util.function.Consumer<String> warn;

    @Activate
    public PriorsChecker(Config config, @Reference(service = LoggerFactory.class) Logger log) {
        this(List.of(config.archives()), config.sample() || config.archives().length == 0, config.suggestThreshold(),
                config.sameThreshold(), config.maxSuggestions(), log::warn);
    }

    PriorsChecker(List<String> archives, boolean sample, double suggest, double same, int max) {
        this(archives, sample, suggest, same, max, problem -> { });
    }

    PriorsChecker(List<String> archives, boolean sample, double suggest, double same, int max, java.util.function.Consumer<String> warn) {
        if (!(suggest >= 0 && suggest <= same && same <= 1) || max < 1) {
            throw new IllegalArgumentException("need 0 <= suggestThreshold (" + suggest + ") <= sameThreshold (" + same
                    + ") <= 1 and maxSuggestions (" + max + ") >= 1");
        }
        this.archives = List.copyOf(archives);
        this.sample = sample;
        this.suggest = suggest;
        this.same = same;
        this.max = max;
        this.warn = warn;
    }

    /** Index built on first use, not at activation: start-up stays lean, and a desk that never checks pays nothing. */
    Loaded loaded() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (this) {
                l = loaded;
                if (l == null) {
                    l = load();
                    loaded = l;
                }
            }
        }
        return l;
    }

    private Loaded load() {
        List<PriorCheck> all = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (sample) {
            try (InputStream in = PriorsChecker.class.getResourceAsStream(SAMPLE)) {
                all.addAll(Archives.read(SAMPLE, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException | ArchiveException e) {
                problems.add(e.getMessage());
            }
        }
        for (String archive : archives) {
            try {
                all.addAll(Archives.read(archive, Files.readString(Path.of(archive), StandardCharsets.UTF_8)));
            } catch (NoSuchFileException e) {
                problems.add(archive + ": no such file");
            } catch (IOException | java.io.UncheckedIOException e) {
                problems.add(archive + ": cannot read: " + e.getMessage());
            } catch (ArchiveException e) {
                problems.add(e.getMessage());
            }
        }
        // One line per bad archive, no stack trace; the good archives are used regardless.
        problems.forEach(p -> warn.accept("prior fact-checks: archive skipped: " + p));
        return new Loaded(all.isEmpty() ? null : PriorIndex.build(all, PriorIndex.Options.BEST), List.copyOf(problems));
    }

    @Override
    public List<Finding> check(Claim claim, CheckContext context) throws Exception {
        Loaded l = loaded();
        if (l.index() == null) {
            throw new IllegalStateException("no fact-check archive could be loaded: " + String.join("; ", l.problems()));
        }
        List<Finding> findings = new ArrayList<>();
        for (PriorIndex.Hit hit : l.index().search(queryText(claim), max, Set.of())) {
            if (hit.similarity() >= suggest) {
                findings.add(finding(hit));
            }
        }
        return findings;
    }

    /** The claim plus the canonical spelling of names written otherwise ("Deepsek" also searches "DeepSeek"). */
    static String queryText(Claim claim) {
        Set<String> extra = new LinkedHashSet<>();
        for (Entity e : claim.entities()) {
            if (e.canonical() != null && !e.canonical().equalsIgnoreCase(e.text())
                    && !claim.text().toLowerCase(Locale.ROOT).contains(e.canonical().toLowerCase(Locale.ROOT))) {
                extra.add(e.canonical());
            }
        }
        return extra.isEmpty() ? claim.text() : claim.text() + " " + String.join(" ", extra);
    }

    Finding finding(PriorIndex.Hit hit) {
        PriorCheck c = hit.check();
        boolean sameClaim = hit.similarity() >= same;
        String by = c.publisher().isEmpty() ? "" : " (" + c.publisher() + (c.date().isEmpty() ? "" : ", " + c.date()) + ")";
        String rated = c.rating().isEmpty() ? "no rating given" : "rated \u201c" + c.rating() + "\u201d";
        Stance stance = sameClaim ? Ratings.stance(c.rating()) : Stance.INFO;
        String summary = (sameClaim ? "Same claim as the earlier fact-check " : "Earlier fact-check may be related: ")
                + c.name() + by + ", " + rated;
        String explanation = String.format(Locale.ROOT,
                "Similarity %.2f between this claim and the archived claim \u201c%s\u201d (%s); %s. %s", hit.similarity(), c.claim(),
                c.source(), sameClaim ? "at or above the same-claim threshold " + same + ", so the earlier verdict is carried over as "
                        + stance + (stance == Stance.INFO ? " (rating not recognised)" : "")
                        : "between the suggestion threshold " + suggest + " and the same-claim threshold " + same
                                + ": read it before relying on it",
                "Matching is by wording, so check that the earlier fact-check is about the same event and period.");
        return Finding.of(stance, Math.min(1, Math.max(0, hit.similarity())), summary).withExplanation(explanation)
                .withEvidence(new Evidence(c.title().isEmpty() ? null : c.title(), c.url().isEmpty() ? null : c.url(), c.claim(),
                        c.date().isEmpty() ? null : c.date()));
    }
}

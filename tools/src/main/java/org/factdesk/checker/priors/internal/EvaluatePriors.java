package org.factdesk.checker.priors.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.factdesk.measure.DocsSection;
import org.factdesk.tools.Command;

/**
 * {@code EvaluatePriors DATA_DIR [REPORT]}: retrieval quality of the prior fact-checks index on
 * CheckThat! 2020 claim retrieval (tweets against 10,375 Snopes claims): MAP@5 on train and dev
 * for plain BM25 and each improvement, and how the two similarity thresholds behave. Writes its
 * section of docs/accuracy.md. The data is research-only and never in the repository. Reproduce
 * from the repository root, after {@code mvn -B -pl tools -am install}:
 * {@code java -cp "tools/target/factdesk-tools.jar:tools/target/lib/*" org.factdesk.checker.priors.internal.EvaluatePriors
 * CLAIM_RETRIEVAL_DIR docs/accuracy.md}
 */
public final class EvaluatePriors {

    static final String NAME = "EvaluatePriors";
    static final String USAGE = "CLAIM_RETRIEVAL_DIR [REPORT_FILE]";

    private EvaluatePriors() {
    }

    record Row(String name, PriorIndex.Options options) {
    }

    public static void main(String[] args) throws Exception {
        Command.main(NAME, USAGE, 1, 2, args, EvaluatePriors::run);
    }

    /** The command line that runs this main with these arguments, for the report. */
    static String command(Class<?> main, List<String> args) {
        return "java -cp \"tools/target/factdesk-tools.jar:tools/target/lib/*\" " + main.getName() + " " + String.join(" ", args);
    }

    static void run(List<String> args, PrintStream out) throws IOException {
        RetrievalData data = RetrievalData.read(Path.of(args.get(0)));
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < data.ids().size(); i++) {
            position.put(data.ids().get(i), i);
        }
        StringBuilder md = new StringBuilder();
        md.append("## Prior fact-checks: claim retrieval\n\n");
        md.append("Generated ").append(LocalDate.now(ZoneOffset.UTC)).append(" by `").append(command(EvaluatePriors.class, args))
                .append("` (rewrites only this section).\n\n");
        md.append("Data: CLEF CheckThat! 2020 task 2 (English): ").append(data.claims().size()).append(" Snopes verified claims indexed as claim + title; ")
                .append(data.splits().get("train").size()).append(" train and ").append(data.splits().get("dev").size())
                .append(" dev tweets as queries, one gold claim each. Research-use data, read only here, not shipped. ")
                .append("MAP@5 as in the task (each query has one relevant claim, so it is the mean reciprocal rank cut at 5).\n\n");
        md.append("| configuration | train MAP@5 | dev MAP@5 | dev P@1 | dev gold in top 5 |\n|---|--:|--:|--:|--:|\n");
        List<Row> rows = List.of(
                new Row("plain BM25 (StandardAnalyzer, claim and title fields, tweet as is)", PriorIndex.Options.PLAIN),
                new Row("+ query cleaning (drop URLs and sign-off dates; split @Handles and #CamelCase into words)",
                        new PriorIndex.Options(false, 1f, true, 0, false)),
                new Row("+ English stemming and stop words (EnglishAnalyzer)", new PriorIndex.Options(true, 1f, true, 0, false)),
                new Row("+ title weighted 0.5", new PriorIndex.Options(true, 0.5f, true, 0, false)),
                new Row("+ re-rank top 20 by BM25/best + similarity (**shipped**)", PriorIndex.Options.BEST),
                new Row("shipped + pseudo-relevance feedback (5 terms from the top 3)", new PriorIndex.Options(true, 0.5f, true, 5, true)),
                new Row("shipped, title weighted 0.25 instead", new PriorIndex.Options(true, 0.25f, true, 0, true)));
        for (Row row : rows) {
            PriorIndex index = PriorIndex.build(data.claims(), row.options());
            double[] train = score(index, data.splits().get("train"), position);
            double[] dev = score(index, data.splits().get("dev"), position);
            md.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f |%n", row.name(), train[0], dev[0], dev[1], dev[2]));
            System.err.printf(Locale.ROOT, "%-70s train %.3f dev %.3f%n", row.name(), train[0], dev[0]); // progress
        }
        md.append('\n');
        thresholds(PriorIndex.build(data.claims(), PriorIndex.Options.BEST), data, position, md);
        if (args.size() > 1) {
            DocsSection.write(Path.of(args.get(1)), "priors", md.toString());
            out.println("wrote the priors section of " + args.get(1));
        } else {
            out.println(md);
        }
    }

    /** MAP@5, P@1 and recall@5 of one split. */
    static double[] score(PriorIndex index, List<RetrievalData.Query> queries, Map<String, Integer> position) {
        double ap = 0;
        int p1 = 0;
        int r5 = 0;
        for (RetrievalData.Query q : queries) {
            List<PriorIndex.Hit> hits = index.search(q.text(), 5, Set.of());
            Integer gold = position.get(q.gold());
            for (int k = 0; k < hits.size(); k++) {
                if (gold != null && hits.get(k).check() == index.check(gold)) {
                    ap += 1.0 / (k + 1);
                    p1 += k == 0 ? 1 : 0;
                    r5++;
                    break;
                }
            }
        }
        int n = queries.size();
        return new double[] {ap / n, (double) p1 / n, (double) r5 / n};
    }

    /** Top hit's similarity and whether it is the gold claim, with the gold claim archived and as if it were not. */
    record Outcome(double similarity, boolean correct, boolean goldArchived, boolean goldSuggested) {
    }

    static List<Outcome> outcomes(PriorIndex index, List<RetrievalData.Query> queries, Map<String, Integer> position,
            int suggestions, double low) {
        List<Outcome> out = new ArrayList<>();
        for (RetrievalData.Query q : queries) {
            int gold = position.get(q.gold());
            List<PriorIndex.Hit> hits = index.search(q.text(), suggestions, Set.of());
            boolean suggested = hits.stream().anyMatch(h -> h.check() == index.check(gold) && h.similarity() >= low);
            if (!hits.isEmpty()) {
                out.add(new Outcome(hits.get(0).similarity(), hits.get(0).check() == index.check(gold), true, suggested));
            }
            List<PriorIndex.Hit> without = index.search(q.text(), 1, Set.of(gold));
            if (!without.isEmpty()) {
                out.add(new Outcome(without.get(0).similarity(), false, false, false));
            }
        }
        return out;
    }

    static void thresholds(PriorIndex index, RetrievalData data, Map<String, Integer> position, StringBuilder md) {
        md.append("### Similarity thresholds\n\n");
        md.append("The checker decides with a similarity in [0, 1] (PriorIndex.similarity: the idf-weighted share of the archived claim's ")
                .append("stemmed terms that the query has, and of the query's that the archived claim has, combined as their harmonic mean), ")
                .append("not with BM25, whose scale changes from query to query. ")
                .append("Each tweet is run twice: with its gold claim archived, and with the gold claim left out of the results (\"not archived\": ")
                .append("any hit is then a wrong match, which is what a desk sees for a new claim). Thresholds: ")
                .append(String.format(Locale.ROOT, "suggested at %.2f, same claim at %.2f", PriorsChecker.DEFAULT_SUGGEST, PriorsChecker.DEFAULT_SAME))
                .append(" (the checker's defaults).\n\n");
        md.append("| split | threshold | top hit above it: gold archived (coverage) | precision: top hit is the gold claim | not archived: a wrong top hit above it |\n|---|--:|--:|--:|--:|\n");
        for (String split : List.of("train", "dev")) {
            List<Outcome> all = outcomes(index, data.splits().get(split), position, PriorsChecker.DEFAULT_MAX, PriorsChecker.DEFAULT_SUGGEST);
            for (double t : new double[] {0.2, 0.25, PriorsChecker.DEFAULT_SUGGEST, 0.35, 0.4, PriorsChecker.DEFAULT_SAME, 0.6, 0.7}) {
                long archived = all.stream().filter(Outcome::goldArchived).count();
                long above = all.stream().filter(o -> o.goldArchived() && o.similarity() >= t).count();
                long right = all.stream().filter(o -> o.goldArchived() && o.similarity() >= t && o.correct()).count();
                long wrongUnarchived = all.stream().filter(o -> !o.goldArchived() && o.similarity() >= t).count();
                long unarchived = all.size() - archived;
                md.append(String.format(Locale.ROOT, "| %s | %s%.2f | %.3f (%d/%d) | %.3f (%d/%d) | %.3f (%d/%d) |%n", split,
                        t == PriorsChecker.DEFAULT_SAME ? "**same** " : t == PriorsChecker.DEFAULT_SUGGEST ? "**suggested** " : "", t,
                        (double) above / archived, above, archived, above == 0 ? 0 : (double) right / above, right, above,
                        (double) wrongUnarchived / unarchived, wrongUnarchived, unarchived));
            }
            long archived = all.stream().filter(Outcome::goldArchived).count();
            long suggested = all.stream().filter(Outcome::goldSuggested).count();
            md.append(String.format(Locale.ROOT, "| %s | gold among the %d suggestions at or above %.2f | %.3f (%d/%d) | | |%n", split,
                    PriorsChecker.DEFAULT_MAX, PriorsChecker.DEFAULT_SUGGEST, (double) suggested / archived, suggested, archived));
        }
        md.append("\nRead: with its gold claim archived, *coverage* is how often the top hit clears the threshold and *precision* how often ")
                .append("that hit is the gold claim; the last column is the false-alarm rate for a claim nobody has checked before. ")
                .append("Tweets are noisier and longer than article sentences, and Snopes claims are one per story, so these are a floor.\n");
    }
}

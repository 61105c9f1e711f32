package org.factdesk.claims.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.factdesk.api.article.Article;
import org.factdesk.api.article.Paragraph;
import org.factdesk.api.claim.Claim;
import org.factdesk.api.claim.Quantity;
import org.factdesk.measure.DocsSection;
import org.factdesk.tools.Command;
import org.factdesk.tools.DataException;

/**
 * {@code factdesk evaluate DATA_DIR [REPORT]}: measures the extractor on the evaluation data
 * (research data, never in the repository: the demo article, {@code wikinews/} and
 * {@code claimbuster/} in DATA_DIR) and writes its section of docs/accuracy.md: sentence splitting
 * against the Wikinews gold, the check-worthiness model on its held-out ClaimBuster split, and what
 * it finds in the demo article.
 */
public final class EvaluateCommand {

    static final String NAME = "factdesk evaluate";
    static final String USAGE = "DATA_DIR [REPORT_FILE]";
    static final String DEMO = "000_1f3bc55f528ba35c.txt";

    private EvaluateCommand() {
    }

    public static void main(String[] args) throws Exception {
        Command.main(NAME, USAGE, 1, 2, args, EvaluateCommand::run);
    }

    static void run(List<String> args, PrintStream out) throws IOException {
        Path data = DataException.requireDirectory(Path.of(args.get(0)),
                "an evaluation data directory holding " + DEMO + ", wikinews/ and claimbuster/");
        // all of it checked before the work starts (the articles named in the gold sentences as they are read)
        Path demo = DataException.requireFile(data, DEMO, "the demo article, Mint's machine-translated story on AI spending");
        Path wikinews = DataException.requireDirectory(data.resolve("wikinews"),
                "the Wikinews gold sentences: sentences.tsv and articles/DOC_ID.txt");
        DataException.requireFile(wikinews, "sentences.tsv", "the Wikinews gold sentences: doc_id, par_idx, sent_idx, text");
        DataException.requireDirectory(wikinews.resolve("articles"), "the Wikinews articles named in sentences.tsv, as DOC_ID.txt");
        Path claimbuster = DataException.requireDirectory(data.resolve("claimbuster"), TrainCommand.EXPECTED_DIR);
        DataException.requireFile(claimbuster, "2.5xNCS.json", TrainCommand.EXPECTED_FILE);
        Path report = args.size() > 1 ? Path.of(args.get(1)) : Path.of("docs/accuracy.md");
        StringBuilder md = new StringBuilder();
        md.append("Generated ").append(LocalDate.now(ZoneOffset.UTC)).append(" by `./factdesk evaluate ").append(args.get(0))
                .append("` (rewrites this section). The check-worthiness model is retrained by `./factdesk train ")
                .append(claimbuster).append("` (same data, same model; then rebuild to ship it).\n\n");
        demo(demo, md);
        sentences(wikinews, md);
        checkWorthiness(claimbuster, md);
        Files.createDirectories(report.toAbsolutePath().getParent());
        DocsSection.write(report, "claims", md.toString(), "# FactDesk accuracy");
        out.println("wrote " + report);
    }

    /** Paragraphs as the plain-text importer makes them for one-paragraph-per-line text. */
    static List<Paragraph> lines(String text) {
        List<Paragraph> out = new ArrayList<>();
        int start = 0;
        for (String line : text.split("\n", -1)) {
            int s = start;
            int e = start + line.length();
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new Paragraph(s, e));
            }
            start += line.length() + 1;
        }
        return out;
    }

    static void demo(Path file, StringBuilder md) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Article article = new Article(Article.contentId(text), file.getFileName().toString(), "text", null, null, null, "en", text,
                lines(text), null);
        ClaimFinder finder = new ClaimFinder(-1, true);
        List<Claim> claims = finder.extract(article);
        md.append("## Claims in the demo article\n\n`").append(file.getFileName()).append("` (").append(text.length())
                .append(" characters): ").append(claims.size()).append(" claims, in text order.\n\n");
        md.append("| score | types | speaker | source | figures | claim |\n|--:|---|---|---|---|---|\n");
        for (Claim c : claims) {
            md.append(String.format(Locale.ROOT, "| %.2f | %s | %s | %s | %s | %s |%n", c.score(),
                    c.types().stream().map(Enum::name).collect(Collectors.joining(" ")),
                    c.speaker() == null ? "" : c.speaker(),
                    c.attribution() == null ? "" : c.attribution().kind() + (c.attribution().source() != null ? ": " + c.attribution().source() : ""),
                    c.quantities().stream().map(Quantity::display).collect(Collectors.joining(", ")),
                    cell(c.text(), 110)));
        }
        md.append("\nSpelling variants clustered (what a copy editor should see):\n\n| canonical | spellings in the article |\n|---|---|\n");
        for (Map.Entry<String, List<String>> v : finder.variants(article).entrySet()) {
            md.append("| ").append(v.getKey()).append(" | ").append(String.join(", ", v.getValue())).append(" |\n");
        }
        md.append('\n');
    }

    static void sentences(Path wikinews, StringBuilder md) throws IOException {
        Map<String, List<String>> gold = new LinkedHashMap<>();
        Path tsv = wikinews.resolve("sentences.tsv");
        List<String> rows = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (int n = 1; n < rows.size(); n++) {
            if (rows.get(n).isBlank()) {
                continue;
            }
            String[] cols = rows.get(n).split("\t", 4);
            if (cols.length < 4) {
                throw new DataException(tsv, "line " + (n + 1) + " has " + cols.length + " column(s)",
                        "4 tab-separated columns: doc_id, par_idx, sent_idx, text");
            }
            gold.computeIfAbsent(cols[0], k -> new ArrayList<>()).add(cols[3]);
        }
        if (gold.isEmpty()) {
            throw new DataException(tsv, "no sentences", "a header line, then one gold sentence a line");
        }
        int goldInternal = 0;
        int predictedInternal = 0;
        int correctInternal = 0;
        int goldSentences = 0;
        int predictedSentences = 0;
        int exact = 0;
        int unplaced = 0;
        for (Map.Entry<String, List<String>> doc : gold.entrySet()) {
            Path article = DataException.requireFile(wikinews.resolve("articles"), doc.getKey() + ".txt",
                    "the Wikinews article " + doc.getKey() + ", whose sentences sentences.tsv holds");
            String text = Files.readString(article, StandardCharsets.UTF_8);
            List<Paragraph> paragraphs = lines(text);
            Set<Integer> paragraphEnds = new HashSet<>();
            paragraphs.forEach(p -> paragraphEnds.add(p.end()));
            Set<String> goldSpans = new HashSet<>();
            Set<Integer> goldEnds = new HashSet<>();
            int cursor = 0;
            for (String s : doc.getValue()) {
                int at = text.indexOf(s.strip(), cursor);
                if (at < 0) {
                    unplaced++;
                    continue;
                }
                int end = at + s.strip().length();
                goldSpans.add(at + ":" + end);
                goldEnds.add(end);
                cursor = end;
            }
            goldSentences += goldSpans.size();
            Set<Integer> predictedEnds = new HashSet<>();
            for (Paragraph p : paragraphs) {
                for (Sentences.Span s : Sentences.split(text, p.start(), p.end())) {
                    predictedSentences++;
                    predictedEnds.add(s.end());
                    if (goldSpans.contains(s.start() + ":" + s.end())) {
                        exact++;
                    }
                }
            }
            for (int e : goldEnds) {
                if (!paragraphEnds.contains(e)) {
                    goldInternal++;
                    if (predictedEnds.contains(e)) {
                        correctInternal++;
                    }
                }
            }
            for (int e : predictedEnds) {
                if (!paragraphEnds.contains(e)) {
                    predictedInternal++;
                }
            }
        }
        md.append("## Sentence splitting (Wikinews gold)\n\n");
        md.append(gold.size()).append(" articles, ").append(goldSentences).append(" gold sentences (")
                .append(unplaced).append(" could not be located verbatim in the text and are left out). Boundaries at a paragraph end are "
                        + "given by the text layout, so the first row counts only boundaries inside paragraphs.\n\n");
        md.append("| measure | precision | recall | F1 |\n|---|--:|--:|--:|\n");
        md.append(row("boundaries inside paragraphs", correctInternal, predictedInternal, goldInternal));
        md.append(row("whole sentences (exact span)", exact, predictedSentences, goldSentences));
        md.append('\n');
    }

    static void checkWorthiness(Path claimbuster, StringBuilder md) throws IOException {
        CheckWorthinessModel model;
        try (InputStream in = EvaluateCommand.class.getResourceAsStream(CheckWorthinessModel.RESOURCE)) {
            model = CheckWorthinessModel.read(in);
        }
        Entities entities = new Entities(EvaluateCommand.class.getResourceAsStream("entities.tsv"));
        md.append("## Check-worthiness\n\nThe shipped model (`").append(CheckWorthinessModel.RESOURCE).append("`):\n\n");
        model.about().forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append("\nPositive class = check-worthy factual sentence; decision threshold ")
                .append(String.format(Locale.ROOT, "%.2f", model.threshold())).append(" (chosen on a validation slice of the training part).\n\n");
        md.append("| evaluation set | sentences | precision | recall | F1 | average precision |\n|---|--:|--:|--:|--:|--:|\n");
        List<LabelledSentences.Sentence> heldOut = LabelledSentences.readJson(claimbuster.resolve("2.5xNCS.json")).stream()
                .filter(LabelledSentences.Sentence::heldOut).toList();
        md.append(metricsRow("ClaimBuster 2.5xNCS, held-out fifth (never trained on)", heldOut, model, entities));
        Path extra = claimbuster.resolve("extra_2020_debate_100.tsv");
        if (Files.exists(extra)) {
            md.append(metricsRow("ClaimBuster 2020 debate sample (other debates, unofficial labels)", LabelledSentences.readTsv(extra), model, entities));
        }
        md.append("\nTarget: F1 of at least 0.80 on the held-out split. Debate speech is not news prose; on articles the model is "
                + "combined with the cue detectors (figures, quotations, anonymous or vague sources are always reported).\n");
    }

    private static String metricsRow(String name, List<LabelledSentences.Sentence> set, CheckWorthinessModel model, Entities entities) {
        List<Double> scores = set.stream().map(s -> model.score(Features.of(s.text(), entities))).toList();
        List<Boolean> labels = set.stream().map(LabelledSentences.Sentence::checkWorthy).toList();
        Training.Metrics m = Training.evaluate(scores, labels, model.threshold());
        return String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | **%.3f** | %.3f |%n", name, m.n(), m.precision(), m.recall(), m.f1(),
                m.averagePrecision());
    }

    private static String row(String name, int correct, int predicted, int gold) {
        double p = predicted == 0 ? 0 : (double) correct / predicted;
        double r = gold == 0 ? 0 : (double) correct / gold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return String.format(Locale.ROOT, "| %s | %.3f (%d/%d) | %.3f (%d/%d) | **%.3f** |%n", name, p, correct, predicted, r, correct, gold, f);
    }

    private static String cell(String s, int max) {
        String t = s.replace('|', '/').replace('\n', ' ');
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }
}

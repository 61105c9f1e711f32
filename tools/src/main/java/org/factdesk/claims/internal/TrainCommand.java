package org.factdesk.claims.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.factdesk.tools.Command;
import org.factdesk.tools.DataException;

/**
 * {@code factdesk train CLAIMBUSTER_DIR [MODEL_FILE]}: trains the check-worthiness model on the
 * ClaimBuster sentences, holding out one sentence in five for testing, and writes the model
 * (by default, run from the repository root, into the claims bundle's sources, to ship with its
 * next build). Same data, same model. The data is research-only and never in the repository.
 */
public final class TrainCommand {

    static final Path DEFAULT_OUT = Path.of("bundles/org.factdesk.claims/src/main/resources/org/factdesk/claims/internal",
            CheckWorthinessModel.RESOURCE);

    static final String NAME = "factdesk train";
    static final String USAGE = "CLAIMBUSTER_DIR [MODEL_FILE]";
    static final String EXPECTED_DIR = "a ClaimBuster data directory holding 2.5xNCS.json";
    static final String EXPECTED_FILE = "the ClaimBuster sentences 2.5xNCS.json, doi:10.5281/zenodo.3609356";

    private TrainCommand() {
    }

    public static void main(String[] args) throws Exception {
        Command.main(NAME, USAGE, 1, 2, args, TrainCommand::run);
    }

    static void run(List<String> args, PrintStream out) throws IOException {
        Path dir = DataException.requireDirectory(Path.of(args.get(0)), EXPECTED_DIR);
        Path data = DataException.requireFile(dir, "2.5xNCS.json", EXPECTED_FILE);
        Path model = args.size() > 1 ? Path.of(args.get(1)) : DEFAULT_OUT;
        Result r = train(data);
        Files.createDirectories(model.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(model, StandardCharsets.UTF_8)) {
            r.model().write(w);
        }
        out.println("held-out test: " + r.about().get("held-out test"));
        out.println("model written to " + model);
    }

    record Result(CheckWorthinessModel model, Map<String, String> about) {
    }

    static Result train(Path data) throws IOException {
        Entities entities = new Entities(TrainCommand.class.getResourceAsStream("entities.tsv"));
        List<LabelledSentences.Sentence> all = LabelledSentences.readJson(data);
        List<Training.Example> fit = new ArrayList<>();
        List<Training.Example> validation = new ArrayList<>();
        List<Training.Example> train = new ArrayList<>();
        List<Training.Example> test = new ArrayList<>();
        for (LabelledSentences.Sentence s : all) {
            Training.Example e = new Training.Example(Features.of(s.text(), entities), s.checkWorthy());
            if (s.heldOut()) {
                test.add(e);
            } else {
                train.add(e);
                // a validation slice of the training part chooses the decision threshold
                (Math.floorMod(s.id() * 31 + 7, 8) == 0 ? validation : fit).add(e);
            }
        }
        Training.Options o = Training.Options.DEFAULT;
        CheckWorthinessModel draft = Training.train(fit, o, 0.5, Map.of());
        double threshold = Training.bestThreshold(scores(draft, validation), labels(validation));

        Map<String, String> about = new LinkedHashMap<>();
        about.put("model", "FactDesk check-worthiness, logistic regression over words, word pairs and claim cues");
        about.put("trained on", "ClaimBuster 2.5xNCS (Arslan et al., ICWSM 2020; doi:10.5281/zenodo.3609356), sha256 "
                + sha256(data).substring(0, 16));
        about.put("split", "held out: sentences whose id hashes to 0 mod 5 (" + test.size() + "); trained on the other "
                + train.size() + "; threshold chosen on a validation slice of " + validation.size());
        about.put("options", String.format(Locale.ROOT, "epochs=%d learningRate=%s l2=%s minCount=%d seed=%d",
                o.epochs(), o.learningRate(), o.l2(), o.minCount(), o.seed()));
        CheckWorthinessModel model = Training.train(train, o, threshold, about);
        Training.Metrics m = Training.evaluate(scores(model, test), labels(test), threshold);
        about.put("held-out test", String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f AP=%.3f n=%d threshold=%.2f",
                m.precision(), m.recall(), m.f1(), m.averagePrecision(), m.n(), threshold));
        return new Result(model.withAbout(about), about);
    }

    static List<Double> scores(CheckWorthinessModel model, List<Training.Example> examples) {
        return examples.stream().map(e -> model.score(e.features())).toList();
    }

    static List<Boolean> labels(List<Training.Example> examples) {
        return examples.stream().map(Training.Example::positive).toList();
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

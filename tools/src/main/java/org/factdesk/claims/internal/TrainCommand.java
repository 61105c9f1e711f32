package org.factdesk.claims.internal;

import java.io.IOException;
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

/**
 * {@code factdesk train CLAIMBUSTER_DIR [MODEL_FILE]}: trains the check-worthiness model on the
 * ClaimBuster sentences, holding out one sentence in five for testing, and writes the model
 * (by default into this bundle's sources, to ship with the next build). Same data, same model.
 */
public final class TrainCommand {

    static final Path DEFAULT_OUT = Path.of("bundles/org.factdesk.claims/src/main/resources/org/factdesk/claims/internal",
            CheckWorthinessModel.RESOURCE);

    private TrainCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: factdesk train CLAIMBUSTER_DIR [MODEL_FILE]");
            System.exit(2);
        }
        Path data = Path.of(args[0]).resolve("2.5xNCS.json");
        if (!Files.isReadable(data)) {
            System.err.println("factdesk train: " + data + ": no such file (expected the ClaimBuster 2.5xNCS.json)");
            System.exit(1);
        }
        Path out = args.length > 1 ? Path.of(args[1]) : DEFAULT_OUT;
        Result r = train(data);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            r.model().write(w);
        }
        System.out.println("held-out test: " + r.about().get("held-out test"));
        System.out.println("model written to " + out);
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

package org.factdesk.claims.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelTrainingTest {

    static final List<Training.Example> TOY = List.of(
            new Training.Example(List.of("w:billion", "f:figure"), true),
            new Training.Example(List.of("w:percent", "f:figure"), true),
            new Training.Example(List.of("w:billion", "w:jobs"), true),
            new Training.Example(List.of("w:think", "w:great"), false),
            new Training.Example(List.of("w:thank", "w:you"), false),
            new Training.Example(List.of("w:great", "w:you"), false));

    @Test
    void trainingIsDeterministicAndLearnsTheSignal() {
        Training.Options o = new Training.Options(30, 0.2, 1e-4, 1, 7);
        CheckWorthinessModel a = Training.train(TOY, o, 0.5, Map.of());
        CheckWorthinessModel b = Training.train(TOY, o, 0.5, Map.of());
        assertThat(text(a)).isEqualTo(text(b));
        assertThat(a.score(List.of("w:billion", "f:figure"))).isGreaterThan(0.8);
        assertThat(a.score(List.of("w:thank", "w:great"))).isLessThan(0.2);
        assertThat(a.strongestWords("Billion, you said?", 2)).containsExactly("billion");
    }

    @Test
    void modelsSurviveTheirTextForm() throws Exception {
        CheckWorthinessModel m = Training.train(TOY, new Training.Options(10, 0.2, 1e-4, 1, 7), 0.42, Map.of("trained on", "toy"));
        CheckWorthinessModel back = CheckWorthinessModel.read(new ByteArrayInputStream(text(m).getBytes(StandardCharsets.UTF_8)));
        assertThat(back.threshold()).isEqualTo(0.42);
        assertThat(back.about()).containsEntry("trained on", "toy");
        assertThat(back.score(List.of("w:billion"))).isCloseTo(m.score(List.of("w:billion")), within(1e-4));
    }

    @Test
    void metricsAreTheTextbookOnes() {
        List<Double> scores = List.of(0.9, 0.8, 0.7, 0.2);
        List<Boolean> labels = List.of(true, false, true, true);
        Training.Metrics m = Training.evaluate(scores, labels, 0.5);
        assertThat(m.precision()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(m.recall()).isCloseTo(2 / 3.0, within(1e-9));
        // hits at ranks 1, 3, 4: (1/1 + 2/3 + 3/4) / 3
        assertThat(m.averagePrecision()).isCloseTo((1 + 2 / 3.0 + 3 / 4.0) / 3, within(1e-9));
    }

    @Test
    void claimBusterJsonWithEscapesIsRead(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("x.json"),
                "[{\"sentence_id\": 12, \"label\": 1, \"text\": \"He said \\\"no\\\" \\u2014 twice.\"},\n {\"sentence_id\": 13, \"label\": 0, \"text\": \"Thanks.\"}]");
        List<LabelledSentences.Sentence> s = LabelledSentences.readJson(f);
        assertThat(s).extracting(LabelledSentences.Sentence::text).containsExactly("He said \"no\" \u2014 twice.", "Thanks.");
        assertThat(s.get(0).checkWorthy()).isTrue();
    }

    private static String text(CheckWorthinessModel m) {
        StringWriter w = new StringWriter();
        try {
            m.write(w);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return w.toString();
    }
}

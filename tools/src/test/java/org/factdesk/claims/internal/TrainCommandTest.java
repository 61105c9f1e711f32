package org.factdesk.claims.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.factdesk.tools.Captured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {

    static Captured train(String... args) throws Exception {
        return Captured.run(TrainCommand.NAME, TrainCommand.USAGE, 1, 2, args, TrainCommand::run);
    }

    /** ClaimBuster's 2.5xNCS.json form: figures and claims are check-worthy, courtesies are not. */
    static String claimBusterJson(int n) {
        List<String> objects = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean worthy = i % 2 == 0;
            String text = worthy
                    ? "Unemployment rose to " + (i % 9 + 2) + " percent in " + (1990 + i % 30) + ", the highest since " + (1950 + i % 40) + "."
                    : (i % 4 == 1 ? "Thank you very much, it is great to be here" : "I think we all want a great country") + " tonight, friend " + i + ".";
            objects.add("  {\n    \"sentence_id\": " + (1000 + i) + ",\n    \"label\": " + (worthy ? 1 : 0) + ",\n    \"text\": \""
                    + text + "\"\n  }");
        }
        return "[\n" + String.join(",\n", objects) + "\n]\n";
    }

    @Test
    void withoutArgumentsItPrintsItsUsage() throws Exception {
        assertThat(train().refusedInOneLine()).isEqualTo("usage: factdesk train CLAIMBUSTER_DIR [MODEL_FILE]");
    }

    @Test
    void aDirectoryThatIsNotThereIsNamedWithWhatWasExpected(@TempDir Path tmp) throws Exception {
        Path nowhere = tmp.resolve("claimbuster");
        assertThat(train(nowhere.toString(), tmp.resolve("m.tsv").toString()).refusedInOneLine())
                .isEqualTo("factdesk train: " + nowhere + ": no such directory (expected a ClaimBuster data directory holding 2.5xNCS.json)");
        assertThat(tmp.resolve("m.tsv")).doesNotExist();
    }

    @Test
    void aDirectoryWithoutTheSentencesNamesTheFileItLacks(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("README.md"), "ClaimBuster");
        assertThat(train(tmp.toString(), tmp.resolve("m.tsv").toString()).refusedInOneLine())
                .isEqualTo("factdesk train: " + tmp.resolve("2.5xNCS.json")
                        + ": no such file (expected the ClaimBuster sentences 2.5xNCS.json, doi:10.5281/zenodo.3609356)");
    }

    @Test
    void aTruncatedFileIsNamedWithWhereItBreaksOff(@TempDir Path tmp) throws Exception {
        String whole = claimBusterJson(10);
        int inside = whole.indexOf("\"text\"", whole.length() / 2);
        Path json = Files.writeString(tmp.resolve("2.5xNCS.json"), whole.substring(0, inside));
        assertThat(train(tmp.toString(), tmp.resolve("m.tsv").toString()).refusedInOneLine())
                .startsWith("factdesk train: " + json + ": the object at character ")
                .endsWith("is never closed (a truncated file?) (expected a JSON array of {sentence_id, label, text} objects)");

        int between = whole.indexOf("},", whole.length() / 2) + 2;
        Files.writeString(json, whole.substring(0, between));
        assertThat(train(tmp.toString(), tmp.resolve("m.tsv").toString()).refusedInOneLine())
                .matches("factdesk train: \\Q" + json + "\\E: ends after \\d+ sentences without the closing \\] \\(a truncated file\\?\\) "
                        + "\\(expected a JSON array of \\{sentence_id, label, text\\} objects\\)");
        assertThat(tmp.resolve("m.tsv")).doesNotExist();
    }

    @Test
    void aRecordWithoutItsLabelIsNamed(@TempDir Path tmp) throws Exception {
        Path json = Files.writeString(tmp.resolve("2.5xNCS.json"), "[{\"sentence_id\": 1, \"text\": \"Hello.\"}]");
        assertThat(train(tmp.toString(), tmp.resolve("m.tsv").toString()).refusedInOneLine())
                .isEqualTo("factdesk train: " + json + ": the object at character 1 has no \"label\" (expected a JSON array of "
                        + "{sentence_id, label, text} objects)");
    }

    @Test
    void itTrainsAModelTheExtractorCanLoadAndTheSameDataGivesTheSameModel(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("2.5xNCS.json"), claimBusterJson(400));
        Path first = tmp.resolve("out/first.tsv");
        Captured c = train(tmp.toString(), first.toString());
        assertThat(c.code()).as(c.err()).isZero();
        assertThat(c.err()).isEmpty();
        assertThat(c.out()).startsWith("held-out test: P=").endsWith("model written to " + first + "\n");

        CheckWorthinessModel model;
        try (InputStream in = Files.newInputStream(first)) {
            model = CheckWorthinessModel.read(in);
        }
        assertThat(model.about()).containsKeys("model", "trained on", "split", "options", "held-out test");
        assertThat(model.about().get("held-out test")).contains("F1=1.000");
        Entities entities = new Entities(TrainCommand.class.getResourceAsStream("entities.tsv"));
        assertThat(model.score(Features.of("Unemployment rose to 7 percent in 2001, the highest since 1977.", entities)))
                .isGreaterThan(model.threshold());
        assertThat(model.score(Features.of("Thank you very much, it is great to be here tonight.", entities)))
                .isLessThan(model.threshold());

        Path second = tmp.resolve("second.tsv");
        assertThat(train(tmp.toString(), second.toString()).code()).isZero();
        assertThat(Files.readString(second, StandardCharsets.UTF_8)).isEqualTo(Files.readString(first, StandardCharsets.UTF_8));
    }
}

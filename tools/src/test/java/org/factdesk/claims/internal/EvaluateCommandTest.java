package org.factdesk.claims.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.factdesk.tools.Captured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvaluateCommandTest {

    static Captured evaluate(String... args) throws Exception {
        return Captured.run(EvaluateCommand.NAME, EvaluateCommand.USAGE, 1, 2, args, EvaluateCommand::run);
    }

    /** An evaluation data directory of the real one's shape, small enough to reason about. */
    static Path data(Path dir) throws IOException {
        Files.writeString(dir.resolve(EvaluateCommand.DEMO),
                "Microsoft and Meta defend AI spending\n"
                        + "Microsoft has committed $ 80 billion to data centres this year, the company said.\n"
                        + "\"We will see more demand,\" said Satya Nadella.\n");
        Path articles = Files.createDirectories(dir.resolve("wikinews/articles"));
        Files.writeString(articles.resolve("a1.txt"), "Rain floods the valley\nThe river rose two metres. Roads were closed.\n");
        Files.writeString(dir.resolve("wikinews/sentences.tsv"), "doc_id\tpar_idx\tsent_idx\ttext\n"
                + "a1\t0\t0\tRain floods the valley\n" + "a1\t1\t0\tThe river rose two metres.\n" + "a1\t1\t1\tRoads were closed.\n");
        Files.createDirectories(dir.resolve("claimbuster"));
        Files.writeString(dir.resolve("claimbuster/2.5xNCS.json"), TrainCommandTest.claimBusterJson(60));
        return dir;
    }

    @Test
    void withoutArgumentsItPrintsItsUsage() throws Exception {
        assertThat(evaluate().refusedInOneLine()).isEqualTo("usage: factdesk evaluate DATA_DIR [REPORT_FILE]");
    }

    @Test
    void aDirectoryThatIsNotThereIsNamedWithWhatWasExpected(@TempDir Path tmp) throws Exception {
        assertThat(evaluate(tmp.resolve("data").toString(), tmp.resolve("accuracy.md").toString()).refusedInOneLine())
                .isEqualTo("factdesk evaluate: " + tmp.resolve("data") + ": no such directory (expected an evaluation data directory "
                        + "holding 000_1f3bc55f528ba35c.txt, wikinews/ and claimbuster/)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "000_1f3bc55f528ba35c.txt | no such file (expected the demo article, Mint's machine-translated story on AI spending)",
        "wikinews/sentences.tsv   | no such file (expected the Wikinews gold sentences: doc_id, par_idx, sent_idx, text)",
        "wikinews/articles/a1.txt | no such file (expected the Wikinews article a1, whose sentences sentences.tsv holds)",
        "claimbuster/2.5xNCS.json | no such file (expected the ClaimBuster sentences 2.5xNCS.json, doi:10.5281/zenodo.3609356)",
        "claimbuster              | no such directory (expected a ClaimBuster data directory holding 2.5xNCS.json)"})
    void anIncompleteDirectoryIsNamedAtWhatItLacksAndNothingIsWritten(String missing, String message, @TempDir Path tmp)
            throws Exception {
        Path data = data(Files.createDirectory(tmp.resolve("data")));
        delete(data.resolve(missing));
        Path report = tmp.resolve("accuracy.md");
        assertThat(evaluate(data.toString(), report.toString()).refusedInOneLine())
                .isEqualTo("factdesk evaluate: " + data.resolve(missing) + ": " + message);
        assertThat(report).doesNotExist();
    }

    @Test
    void aGoldSentenceRowWithTooFewColumnsIsNamedByItsLine(@TempDir Path tmp) throws Exception {
        Path data = data(tmp);
        Files.writeString(data.resolve("wikinews/sentences.tsv"), "doc_id\tpar_idx\tsent_idx\ttext\na1\t0\tRain floods the valley\n");
        assertThat(evaluate(data.toString(), tmp.resolve("accuracy.md").toString()).refusedInOneLine())
                .isEqualTo("factdesk evaluate: " + data.resolve("wikinews/sentences.tsv")
                        + ": line 2 has 3 column(s) (expected 4 tab-separated columns: doc_id, par_idx, sent_idx, text)");
    }

    @Test
    void aCompleteDirectoryRewritesOnlyTheClaimsSectionOfTheReport(@TempDir Path tmp) throws Exception {
        Path data = data(Files.createDirectory(tmp.resolve("data")));
        Path report = Files.writeString(tmp.resolve("accuracy.md"), "# FactDesk accuracy\n\n<!-- section:claims -->\nold\n"
                + "<!-- /section:claims -->\n\n<!-- section:priors -->\nkept\n<!-- /section:priors -->\n");
        Captured c = evaluate(data.toString(), report.toString());
        assertThat(c.code()).as(c.err()).isZero();
        assertThat(c.out()).isEqualTo("wrote " + report + "\n");
        String page = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("\nold\n").contains("<!-- section:priors -->\nkept\n<!-- /section:priors -->")
                .contains("by `./factdesk evaluate " + data + "`", "retrained by `./factdesk train " + data.resolve("claimbuster") + "`")
                .contains("`000_1f3bc55f528ba35c.txt` (")
                .contains("$80 billion")
                // three gold sentences, all found with their exact spans; the one boundary inside a paragraph too
                .contains("1 articles, 3 gold sentences (0 could not be located verbatim")
                .contains("| boundaries inside paragraphs | 1.000 (1/1) | 1.000 (1/1) | **1.000** |")
                .contains("| whole sentences (exact span) | 1.000 (3/3) | 1.000 (3/3) | **1.000** |")
                .contains("| ClaimBuster 2.5xNCS, held-out fifth (never trained on) |");
    }

    private static void delete(Path p) throws IOException {
        if (Files.isDirectory(p)) {
            try (var children = Files.list(p)) {
                for (Path c : children.toList()) {
                    delete(c);
                }
            }
        }
        Files.delete(p);
    }
}

package org.factdesk.checker.priors.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.factdesk.tools.Captured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** EvaluatePriors and PriorsLatency on a claim-retrieval directory of the CheckThat! 2020 shape, and on broken ones. */
class EvaluatePriorsTest {

    static final List<String> CLAIMS = List.of(
            "The city council voted to ban plastic bags in all grocery stores",
            "A new vaccine causes memory loss in older adults",
            "The governor pardoned two thousand prisoners on Christmas Eve",
            "Astronauts found frozen water under the surface of the moon",
            "The national bank printed banknotes with a spelling mistake",
            "A shark was seen swimming down a flooded highway after the hurricane");

    /** Tweets that paraphrase claim i; train gets claims 0..3, dev 4..5 and claim 0 again. */
    static Path data(Path dir) throws IOException {
        StringBuilder docs = new StringBuilder("vclaim_id\tvclaim\ttitle\n");
        for (int i = 0; i < CLAIMS.size(); i++) {
            docs.append("vclaim-").append(i).append('\t').append(CLAIMS.get(i)).append('\t').append("Fact check ").append(i).append('\n');
        }
        Files.writeString(dir.resolve("verified_claims.docs.tsv"), docs);
        split(dir, "train", new int[] {0, 1, 2, 3});
        split(dir, "dev", new int[] {4, 5, 0});
        return dir;
    }

    private static void split(Path dir, String name, int[] claims) throws IOException {
        Path split = Files.createDirectories(dir.resolve(name));
        StringBuilder tweets = new StringBuilder("tweet_id\ttweet_content\n");
        StringBuilder qrels = new StringBuilder();
        for (int i : claims) {
            String id = name + "-" + i;
            tweets.append(id).append('\t').append("wow: ").append(CLAIMS.get(i).toLowerCase()).append("!! https://t.co/x1\n");
            qrels.append(id).append(" 0 vclaim-").append(i).append(" 1\n");
        }
        Files.writeString(split.resolve("tweets.queries.tsv"), tweets);
        Files.writeString(split.resolve("tweet-vclaim-pairs.qrels"), qrels);
    }

    static Captured evaluatePriors(String... args) throws Exception {
        return Captured.run(EvaluatePriors.NAME, EvaluatePriors.USAGE, 1, 2, args, EvaluatePriors::run);
    }

    static Captured priorsLatency(String... args) throws Exception {
        return Captured.run(PriorsLatency.NAME, PriorsLatency.USAGE, 1, 2, args, PriorsLatency::run);
    }

    @Test
    void theDataIsReadAsClaimsAndSplitsWithTheirGold(@TempDir Path tmp) throws Exception {
        RetrievalData d = RetrievalData.read(data(tmp));
        assertThat(d.ids()).containsExactly("vclaim-0", "vclaim-1", "vclaim-2", "vclaim-3", "vclaim-4", "vclaim-5");
        assertThat(d.claims()).extracting(PriorCheck::claim).containsExactlyElementsOf(CLAIMS);
        assertThat(d.splits().keySet()).containsExactly("train", "dev");
        assertThat(d.splits().get("dev")).extracting(RetrievalData.Query::gold).containsExactly("vclaim-4", "vclaim-5", "vclaim-0");
    }

    @Test
    void withoutArgumentsBothPrintTheirUsage() throws Exception {
        assertThat(evaluatePriors().refusedInOneLine()).isEqualTo("usage: EvaluatePriors CLAIM_RETRIEVAL_DIR [REPORT_FILE]");
        assertThat(priorsLatency().refusedInOneLine()).isEqualTo("usage: PriorsLatency CLAIM_RETRIEVAL_DIR [REPORT_FILE]");
    }

    @Test
    void aDirectoryThatIsNotThereIsNamedWithWhatWasExpected(@TempDir Path tmp) throws Exception {
        Path nowhere = tmp.resolve("claim-retrieval");
        String expected = "EvaluatePriors: " + nowhere + ": no such directory (expected a CheckThat! 2020 claim-retrieval directory "
                + "holding verified_claims.docs.tsv, train/ and dev/ with tweets.queries.tsv and tweet-vclaim-pairs.qrels)";
        assertThat(evaluatePriors(nowhere.toString()).refusedInOneLine()).isEqualTo(expected);
        assertThat(priorsLatency(nowhere.toString()).refusedInOneLine()).isEqualTo(expected.replace("EvaluatePriors", "PriorsLatency"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"verified_claims.docs.tsv", "train/tweets.queries.tsv", "dev/tweet-vclaim-pairs.qrels"})
    void anIncompleteDirectoryIsNamedAtWhatItLacks(String missing, @TempDir Path tmp) throws Exception {
        Path dir = data(tmp);
        Files.delete(dir.resolve(missing));
        assertThat(evaluatePriors(dir.toString()).refusedInOneLine()).startsWith("EvaluatePriors: " + dir.resolve(missing) + ": no such file (expected the ");
    }

    @Test
    void aQuoteThatIsNeverClosedIsNamedByItsLine(@TempDir Path tmp) throws Exception {
        Path dir = data(tmp);
        Path docs = dir.resolve("verified_claims.docs.tsv");
        Files.writeString(docs, "vclaim_id\tvclaim\ttitle\nvclaim-0\t\"An unclosed claim\tTitle\n");
        assertThat(evaluatePriors(dir.toString()).refusedInOneLine()).isEqualTo("EvaluatePriors: " + docs
                + ": line 2: quoted field is never closed (expected tab-separated values, every quoted field closed)");
    }

    @Test
    void aGoldClaimMissingFromTheVerifiedClaimsIsNamed(@TempDir Path tmp) throws Exception {
        Path dir = data(tmp);
        Path qrels = dir.resolve("dev/tweet-vclaim-pairs.qrels");
        Files.writeString(qrels, "dev-4 0 vclaim-4 1\ndev-9 0 vclaim-99 1\n");
        assertThat(evaluatePriors(dir.toString()).refusedInOneLine()).isEqualTo("EvaluatePriors: " + qrels
                + ": line 2: gold claim vclaim-99 is not in verified_claims.docs.tsv "
                + "(expected the qrels and verified claims of one CheckThat! 2020 release)");
    }

    @Test
    void theEvaluationWritesItsSectionWithTheCommandThatMadeIt(@TempDir Path tmp) throws Exception {
        Path dir = data(Files.createDirectory(tmp.resolve("claim-retrieval")));
        Path report = Files.writeString(tmp.resolve("accuracy.md"), "<!-- section:claims -->\nkept\n<!-- /section:claims -->\n");
        Captured c = evaluatePriors(dir.toString(), report.toString());
        assertThat(c.code()).as(c.err()).isZero();
        assertThat(c.out()).isEqualTo("wrote the priors section of " + report + "\n");
        String page = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(page).contains("<!-- section:claims -->\nkept\n<!-- /section:claims -->")
                .contains(" by `java -cp \"tools/target/factdesk-tools.jar:tools/target/lib/*\" "
                        + "org.factdesk.checker.priors.internal.EvaluatePriors " + dir + " " + report + "` (rewrites only this section)")
                .contains(CLAIMS.size() + " Snopes verified claims indexed as claim + title; 4 train and 3 dev tweets as queries")
                // every tweet paraphrases its claim: the shipped configuration ranks each gold claim first
                .contains("| + re-rank top 20 by BM25/best + similarity (**shipped**) | 1.000 | 1.000 | 1.000 | 1.000 |")
                .contains("### Similarity thresholds");
    }

    @Test
    void theLatencyBenchmarkWritesItsSectionForBothArchiveSizes(@TempDir Path tmp) throws Exception {
        Path dir = data(Files.createDirectory(tmp.resolve("claim-retrieval")));
        Path report = tmp.resolve("benchmarks.md");
        Captured c = priorsLatency(dir.toString(), report.toString());
        assertThat(c.code()).as(c.err()).isZero();
        String page = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(page).startsWith("<!-- section:priors -->\n## Prior fact-checks: query latency")
                .contains(" by `java -cp \"tools/target/factdesk-tools.jar:tools/target/lib/*\" "
                        + "org.factdesk.checker.priors.internal.PriorsLatency " + dir + " " + report + "`")
                .contains("| 10k: the Snopes verified claims | 6 |", "| 100k: the same + 9 synthetic variants each | 60 |");
    }
}

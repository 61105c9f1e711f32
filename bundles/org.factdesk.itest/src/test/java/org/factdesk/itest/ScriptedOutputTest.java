package org.factdesk.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.factdesk.itest.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What scripts rely on: every listing as JSON, usage errors for bad values, and output that can go away. */
class ScriptedOutputTest {

    @TempDir
    Path tmp;

    private static final Path JAVA = Path.of(System.getProperty("java.home"));
    private final ObjectMapper json = new ObjectMapper();

    private Run factdesk(String... args) throws Exception {
        return Cli.run(tmp, JAVA, Map.of(), args);
    }

    private Process start(File stdout, String... args) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Cli.command(tmp, JAVA, args)).directory(tmp.toFile()).redirectError(tmp.resolve("err").toFile());
        if (stdout != null) {
            pb.redirectOutput(stdout);
        }
        return pb.start();
    }

    private String err() throws Exception {
        return Files.readString(tmp.resolve("err"));
    }

    private Path batch(int n) throws Exception {
        return Distribution.batch(tmp, n);
    }

    @Test
    void everyListingHasJson() throws Exception {
        Run formats = factdesk("formats", "--json");
        assertThat(formats.exit()).as(formats.err()).isZero();
        assertThat(json.readTree(formats.out())).extracting(JsonNode::asText).contains("text", "html", "pdf");

        Run plugins = factdesk("plugins", "--json");
        assertThat(plugins.exit()).as(plugins.err()).isZero();
        JsonNode p = json.readTree(plugins.out());
        assertThat(p.path("directory").asText()).endsWith("plugins");
        assertThat(p.path("plugins").isArray()).isTrue();

        Run exporters = factdesk("exporters", "--json");
        assertThat(exporters.exit()).as(exporters.err()).isZero();
        assertThat(json.readTree(exporters.out())).extracting(e -> e.path("format").asText()).contains("claimreview");

        assertThat(factdesk("user", "add", "maria", "--name", "Maria Lopez", "--role", "admin").exit()).isZero();
        Run users = factdesk("user", "list", "--json");
        assertThat(users.exit()).as(users.err()).isZero();
        JsonNode maria = json.readTree(users.out()).get(0);
        assertThat(maria.path("id").asText()).isEqualTo("maria");
        assertThat(maria.path("role").asText()).isEqualTo("admin");

        Run desk = factdesk("desk", "show", "--json");
        assertThat(desk.exit()).as(desk.err()).isZero();
        assertThat(json.readTree(desk.out()).path("fourEyes").asBoolean()).isTrue();
        assertThat(json.readTree(desk.out()).at("/scale/ratings").size()).isGreaterThan(2);
    }

    @Test
    void badValuesAreUsageErrorsThatSayWhatIsAllowed() throws Exception {
        assertThat(factdesk("user", "add", "maria", "--name", "Maria Lopez", "--role", "admin").exit()).isZero();
        Run state = factdesk("case", "list", "--state", "bogus");
        assertThat(state.exit()).isEqualTo(2);
        assertThat(state.err()).contains("no case state \"bogus\"").contains("verdict-proposed");
        Run score = factdesk("check", "--min-score", "2", Distribution.DEMO.toString());
        assertThat(score.exit()).isEqualTo(2);
        assertThat(score.err()).contains("--min-score needs a number between 0 and 1, not \"2\"");
        assertThat(factdesk("import", "--min-score", "-0.1", Distribution.DEMO.toString()).exit()).isEqualTo(2);
        assertThat(factdesk("formats", "--xml").err()).contains("factdesk formats: unknown option \"--xml\" (see factdesk formats --help)");
    }

    @Test
    void versionAnswersWithoutStartingTheFramework() throws Exception {
        Run r = factdesk("--version");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).matches("(?s)FactDesk \\d+\\.\\d+\\.\\d+\\S*\nApache Felix 7\\.\\d+\\.\\d+\nJava \\d+.*\n");
        try (var files = Files.list(tmp)) {
            assertThat(files.map(f -> f.getFileName().toString())).as("no framework cache made").noneMatch(n -> n.startsWith("factdesk-felix-"));
        }
    }

    @Test
    void optionsTakeEqualsAndDoubleDashEndsThem() throws Exception {
        Path odd = Files.copy(Distribution.DEMO, tmp.resolve("--json"));
        Run r = factdesk("check", "--min-score=0.9", "--json", "--", odd.getFileName().toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode doc = json.readTree(r.out());
        assertThat(doc.at("/article/source").asText()).endsWith("--json");
        assertThat(doc.get("claims")).isNotEmpty().allSatisfy(c -> assertThat(c.get("score").asDouble()).isGreaterThanOrEqualTo(0.9));
    }

    @Test
    void aFullDeviceEndsTheRunWithItsReason() throws Exception {
        Process p = start(new File("/dev/full"), "check", "--json", Distribution.DEMO.toString());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(74);
        assertThat(err()).contains("factdesk: cannot write standard output: No space left on device").doesNotContain("Exception");
    }

    @Test
    void aReaderThatGoesAwayEndsTheBatchAtOnce() throws Exception {
        Path dir = batch(1500); // a minute's work on one core: the run must not do it for nobody
        Process p = start(null, "check", "--json", dir.toString());
        try (InputStream out = p.getInputStream()) {
            assertThat(out.readNBytes(100)).hasSize(100); // as `| head -c 100` does, then it goes
        }
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).as("the run ends once nobody reads it").isTrue();
        assertThat(p.exitValue()).isEqualTo(141);
        assertThat(err()).doesNotContain("Exception").doesNotContain("internal error");
    }

    @Test
    void sigtermDuringABatchIsACleanStop() throws Exception {
        Path dir = batch(400);
        Process p = start(tmp.resolve("out").toFile(), "check", "--json", dir.toString());
        long until = System.currentTimeMillis() + 60_000;
        while (lines(tmp.resolve("out")) < 3 && System.currentTimeMillis() < until) {
            Thread.sleep(50);
        }
        assertThat(lines(tmp.resolve("out"))).as("some articles checked").isGreaterThanOrEqualTo(3);
        p.destroy(); // SIGTERM
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(143);
        assertThat(err()).doesNotContain("Exception").doesNotContain("internal error");
        // what was written is whole lines of JSON
        List<String> written = Files.readAllLines(tmp.resolve("out"), StandardCharsets.UTF_8);
        for (String line : written.subList(0, written.size() - 1)) {
            assertThat(json.readTree(line).has("claims")).isTrue();
        }
    }

    @Test
    void codePointOffsetsSliceTheTextAfterAnEmoji() throws Exception {
        String text = "Budget \uD83D\uDCB0 news \uD83C\uDF89\n\nThe mayor \uD83D\uDE00 said the city will spend 310 million dollars "
                + "on new schools next year, twice what it spent in 2020.\n";
        Path article = Files.writeString(tmp.resolve("emoji.txt"), text, StandardCharsets.UTF_8);
        Run r = factdesk("check", "--json", article.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode doc = json.readTree(r.out());
        assertThat(doc.at("/article/length").asInt()).isEqualTo(text.length());
        assertThat(doc.at("/article/length_cp").asInt()).isEqualTo(text.codePointCount(0, text.length()));
        JsonNode claim = doc.get("claims").get(0);
        int[] cps = text.codePoints().toArray();
        String byCodePoints = new String(cps, claim.get("start_cp").asInt(), claim.get("end_cp").asInt() - claim.get("start_cp").asInt());
        assertThat(byCodePoints).isEqualTo(claim.get("text").asText()).contains("310 million");
        assertThat(text.substring(claim.get("start").asInt(), claim.get("end").asInt())).isEqualTo(byCodePoints);
        assertThat(claim.get("start").asInt() - claim.get("start_cp").asInt()).as("two emoji before it, two units each").isEqualTo(2);
    }

    private static long lines(Path f) throws Exception {
        if (!Files.exists(f)) {
            return 0;
        }
        try (var s = Files.lines(f, StandardCharsets.ISO_8859_1)) {
            return s.count();
        }
    }
}

package org.factdesk.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.factdesk.itest.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The operator's command line, run as the real launcher: help, global options anywhere, the gate, resumable batches. */
class OperatorCommandsTest {

    @TempDir
    Path tmp;

    private static final Path JAVA = Path.of(System.getProperty("java.home"));
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, String> env = new HashMap<>();

    private Run factdesk(String... args) throws Exception {
        return Cli.run(tmp, JAVA, env, args);
    }

    private Run ok(String... args) throws Exception {
        Run r = factdesk(args);
        assertThat(r.exit()).as("factdesk %s: %s", String.join(" ", args), r.err()).isZero();
        return r;
    }

    private Path batch(int n) throws Exception {
        return Distribution.batch(tmp, n);
    }

    @Test
    void everyCommandHasHelpWithExamplesAnsweredWithoutAFramework() throws Exception {
        for (List<String> command : List.of(List.of("check"), List.of("gate"), List.of("import"), List.of("case", "propose"), List.of("user", "add"),
                List.of("config", "set"), List.of("run"), List.of("export"), List.of("audit", "verify"), List.of("completion"))) {
            for (String flag : List.of("--help", "-h")) {
                List<String> args = new ArrayList<>(command);
                args.add(flag);
                Run r = ok(args.toArray(String[]::new));
                assertThat(r.out()).as(args.toString()).startsWith("usage: factdesk " + String.join(" ", command)).contains("options:");
            }
        }
        assertThat(ok("check", "--help").out()).contains("examples:", "--threads=N", "--resume=STATE");
        assertThat(ok("help", "gate").out()).startsWith("usage: factdesk gate");
        assertThat(ok("--help").out()).contains("exit codes:", "5    the gate failed");
        assertThat(ok("completion", "bash").out()).contains("propose", "--min-score");
        Run wrong = factdesk("check", "--jsn", "x.txt");
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err()).isEqualTo("factdesk check: unknown option \"--jsn\" (did you mean --json?) (see factdesk check --help)\n");
        try (var files = Files.list(tmp)) {
            assertThat(files.map(f -> f.getFileName().toString())).as("no framework cache made").noneMatch(n -> n.startsWith("factdesk-felix-"));
        }
    }

    @Test
    void globalOptionsMayFollowTheCommand() throws Exception {
        Path ws = tmp.resolve("elsewhere");
        ok("user", "add", "maria", "--name", "Maria Lopez", "--role", "admin", "--workspace", ws.toString());
        JsonNode people = json.readTree(ok("user", "list", "--json", "--workspace=" + ws).out());
        assertThat(people.get(0).path("id").asText()).isEqualTo("maria");
        assertThat(Files.exists(tmp.resolve("factdesk-workspace"))).as("the default workspace is not used").isFalse();
        Run gone = factdesk("case", "list", "--workspace", tmp.resolve("none").toString());
        assertThat(gone.exit()).isEqualTo(1);
        assertThat(gone.err()).contains(tmp.resolve("none") + " is not a FactDesk workspace");
    }

    @Test
    void theGateHoldsUntilEveryCheckWorthyClaimIsSignedOff() throws Exception {
        env.put("FACTDESK_WORKSPACE", tmp.resolve("desk").toString());
        env.put("FACTDESK_KEYS", tmp.resolve("keys").toString());
        ok("user", "add", "maria", "--name", "Maria Lopez", "--role", "admin");
        ok("--as", "maria", "user", "add", "ben", "--name", "Ben Okafor", "--role", "editor");
        ok("import", "--as", "maria", "--min-score", "0.8", Distribution.DEMO.toString());

        Run held = factdesk("gate", "--min-score", "0.8", "--json", Distribution.DEMO.toString());
        assertThat(held.exit()).as(held.err()).isEqualTo(5);
        JsonNode doc = json.readTree(held.out());
        assertThat(doc.path("passed").asBoolean()).isFalse();
        List<String> open = new ArrayList<>();
        doc.path("unreviewed").forEach(u -> open.add(u.path("case").asText()));
        assertThat(open).isNotEmpty().allMatch(id -> id.startsWith("C-"));
        Run text = factdesk("gate", "--min-score", "0.8", Distribution.DEMO.toString());
        assertThat(text.exit()).isEqualTo(5);
        assertThat(text.err()).contains("factdesk gate: failed: " + open.size() + " of ");

        // every case through review in one script: select, assign, propose (maria), sign off (ben)
        StringBuilder script = new StringBuilder();
        for (String id : open.stream().distinct().toList()) {
            script.append("factdesk:case select ").append(id).append(" --as maria\n");
            script.append("factdesk:case assign ").append(id).append(" --as maria\n");
            script.append("factdesk:case propose ").append(id).append(" --as maria --rating true --rationale \"as reported\" --source \"https://example.org|the figure|2026-01-02\"\n");
            script.append("factdesk:case signoff ").append(id).append(" --as ben\n");
        }
        Files.writeString(tmp.resolve("review.gosh"), script);
        ok("run", "review.gosh");

        Run passed = factdesk("gate", "--min-score", "0.8", "--json", Distribution.DEMO.toString());
        assertThat(passed.exit()).as(passed.err()).isZero();
        assertThat(json.readTree(passed.out()).path("passed").asBoolean()).isTrue();
        assertThat(json.readTree(passed.out()).path("unreviewed").size()).isZero();
    }

    @Test
    void aScriptStopsAtItsFirstFailingLineUnlessToldToGoOn() throws Exception {
        Files.writeString(tmp.resolve("s.gosh"), "echo one\nfactdesk:check no-such-file.txt\necho three\n");
        Run stops = factdesk("run", "s.gosh");
        assertThat(stops.exit()).isEqualTo(1);
        assertThat(stops.out()).isEqualTo("one\n");
        assertThat(stops.err()).contains("s.gosh:2: factdesk:check no-such-file.txt: failed with exit code 1");
        Run goesOn = factdesk("run", "--keep-going", "s.gosh");
        assertThat(goesOn.exit()).isEqualTo(1);
        assertThat(goesOn.out()).isEqualTo("one\nthree\n");
    }

    @Test
    void aServiceTheDeskNeedsMissingIsAnInternalErrorExit3InOneLine() throws Exception {
        Path home = Distribution.homeWithout(tmp.resolve("home"), "org.factdesk.workflow");
        List<String> cmd = new ArrayList<>(Cli.command(tmp, JAVA, "--workspace", tmp.resolve("desk").toString(), "case", "list"));
        cmd.add(1, "-Dfactdesk.home=" + home);
        Process p = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectOutput(tmp.resolve("out").toFile())
                .redirectError(tmp.resolve("err").toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(tmp.resolve("err"));
        assertThat(p.exitValue()).as(err).isEqualTo(3);
        assertThat(err.strip()).isEqualTo("factdesk case list: the workflow is not running (bundle org.factdesk.workflow)");
    }

    @Test
    void theShellRunsCommandsWithoutPrefixAndPrintsOnlyWhatTheyPrint() throws Exception {
        Path demo = Files.copy(Distribution.DEMO, tmp.resolve("demo.txt"));
        String typed = "checkers\ncheck --json " + demo + "\nfactdesk:formats\ncheck no-such.txt\nexit\n";
        Process p = new ProcessBuilder(Cli.command(tmp, JAVA, "--workspace", tmp.resolve("desk").toString(), "shell")).directory(tmp.toFile())
                .redirectOutput(tmp.resolve("out").toFile()).redirectError(tmp.resolve("err").toFile()).start();
        try (var in = p.getOutputStream()) {
            in.write(typed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the shell ends at exit").isTrue();
        String out = Files.readString(tmp.resolve("out"));
        String err = Files.readString(tmp.resolve("err"));
        assertThat(p.exitValue()).as(err).isZero();
        // the prompt, what the commands print, and the failed command's exit code: no banner, no 0 after each command
        assertThat(out).startsWith("factdesk> ").contains("org.factdesk.checker.figures", "\"claims\":[", "text\n")
                .doesNotContain("Welcome", "\n0\n").contains("\n1\n");
        assertThat(out).contains("no-such.txt: no such file"); // the console has one output: the terminal
        assertThat(err).doesNotContain("WARNING", "Exception");
    }

    @Test
    void aKilledCheckResumesIntoItsFileWithEachArticleOnce() throws Exception {
        Path dir = batch(400);
        Path out = tmp.resolve("out.jsonl");
        List<String> args = List.of("check", "--json", "--threads", "2", "--resume", "day.state", dir.toString());
        Process p = new ProcessBuilder(Cli.command(tmp, JAVA, args.toArray(String[]::new))).directory(tmp.toFile())
                .redirectOutput(out.toFile()).redirectError(tmp.resolve("err").toFile()).start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (p.isAlive() && lines(out) < 60 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        p.destroyForcibly(); // SIGKILL
        p.waitFor(30, TimeUnit.SECONDS);
        int before = lines(out);
        assertThat(before).as("killed in the middle").isBetween(60, 399);

        Process again = new ProcessBuilder(Cli.command(tmp, JAVA, args.toArray(String[]::new))).directory(tmp.toFile())
                .redirectOutput(java.lang.ProcessBuilder.Redirect.appendTo(out.toFile())).redirectError(tmp.resolve("err2").toFile()).start();
        assertThat(again.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(again.exitValue()).as(Files.readString(tmp.resolve("err2"))).isZero();
        List<String> sources = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            sources.add(json.readTree(line).at("/article/source").asText()); // every line whole: no torn one left
        }
        // into a file, what the killed run wrote after its last recorded article (one article, a torn line) is taken back
        assertThat(new java.util.TreeSet<>(sources)).hasSize(400);
        assertThat(sources).hasSize(400);
        assertThat(Files.readString(out)).endsWith("}\n").doesNotContain("\n\n");
    }

    @Test
    void aKilledImportIsFinishedByRunningItAgain() throws Exception {
        env.put("FACTDESK_WORKSPACE", tmp.resolve("desk").toString());
        env.put("FACTDESK_KEYS", tmp.resolve("keys").toString());
        ok("user", "add", "maria", "--name", "Maria Lopez", "--role", "admin");
        Path dir = batch(120);
        String[] args = {"--as", "maria", "import", "--json", dir.toString()};
        ProcessBuilder pb = new ProcessBuilder(Cli.command(tmp, JAVA, args)).directory(tmp.toFile()).redirectOutput(tmp.resolve("first").toFile())
                .redirectError(tmp.resolve("err").toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (p.isAlive() && lines(tmp.resolve("first")) < 20 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        p.destroyForcibly();
        p.waitFor(30, TimeUnit.SECONDS);
        assertThat(lines(tmp.resolve("first"))).isBetween(20, 119);

        Run rest = ok(args);
        int skipped = 0;
        for (String line : rest.out().split("\n")) {
            skipped += json.readTree(line).path("already_imported").asBoolean() ? 1 : 0;
        }
        assertThat(skipped).as("the articles the first run imported are skipped").isGreaterThanOrEqualTo(lines(tmp.resolve("first")));
        assertThat(rest.out().split("\n")).hasSize(120);
        assertThat(ok("audit", "verify").exit()).isZero();
        JsonNode cases = json.readTree(ok("case", "list", "--json").out());
        List<String> claims = new ArrayList<>();
        cases.forEach(c -> claims.add(c.at("/claims/0/text").asText()));
        assertThat(claims).doesNotHaveDuplicates();
    }

    @Test
    void anImportOnSeveralThreadsWritesTheWorkspaceAsOneThreadWould() throws Exception {
        env.put("FACTDESK_KEYS", tmp.resolve("keys").toString());
        Path dir = Files.createDirectories(tmp.resolve("copy"));
        String[] paragraphs = Files.readString(Distribution.DEMO).split("\n\n");
        for (int i = 0; i < 16; i++) {
            Files.writeString(dir.resolve(String.format("%02d.txt", i)), "Council budget " + i + "\n\nThe council spent " + (i + 3)
                    + " million dollars on roads in " + (1990 + i) + ", the mayor said.\n\n" + paragraphs[i % paragraphs.length] + "\n");
        }
        Files.write(dir.resolve("07b.txt"), new byte[] {0, 1, 2, 0, 0, 7}); // one unreadable input between the others
        List<Run> runs = new ArrayList<>();
        for (String threads : List.of("1", "3")) {
            String ws = tmp.resolve("desk" + threads).toString();
            ok("user", "add", "maria", "--name", "Maria Lopez", "--role", "admin", "--workspace", ws);
            Run r = factdesk("--as", "maria", "--workspace", ws, "import", "--json", "--min-score", "0", "--threads", threads, dir.toString());
            assertThat(r.exit()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).contains("07b.txt").hasLineCount(1);
            runs.add(r);
            runs.add(ok("--workspace", ws, "case", "list", "--json"));
        }
        assertThat(runs.get(0).out().split("\n")).hasSize(16);
        assertThat(runs.get(2).out()).isEqualTo(runs.get(0).out());
        String when = "\"(opened|updated)\":\"[^\"]*\""; // the cases are the same, opened a few seconds apart
        assertThat(runs.get(3).out().replaceAll(when, "")).isEqualTo(runs.get(1).out().replaceAll(when, "")).contains("C-1", "16 million dollars");
        assertThat(factdesk("import", "--threads", "0", dir.toString()).exit()).isEqualTo(2);
    }

    private static int lines(Path file) throws Exception {
        if (!Files.exists(file)) {
            return 0;
        }
        String text = Files.readString(file);
        return (int) text.chars().filter(c -> c == '\n').count();
    }
}

package org.factdesk.shell.internal;

import org.factdesk.plugins.internal.Shelf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.factdesk.api.desk.CaseDesk;
import org.factdesk.store.internal.FileWorkspaceStore;
import org.factdesk.workflow.internal.DeskService;
import org.junit.jupiter.api.BeforeEach;
import org.factdesk.export.service.internal.ExportWriter;
import org.factdesk.intake.internal.WorkspaceImport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The workflow commands over the real workflow and store, with the fake importer and pipeline of {@link CommandsTest}. */
class DeskCommandsTest {

    @TempDir
    Path dir;

    final CommandsTest fakes = new CommandsTest();
    final CaseDesk desk = new DeskService(new FileWorkspaceStore());

    CommandsTest.Out run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> env = Map.of("FACTDESK_WORKSPACE", "ws", "FACTDESK_KEYS", "keys");
        Commands commands = new Commands(fakes.pipeline, fakes.importers, CommandsTest.intake(fakes.importers),
                new WorkspaceImport(CommandsTest.intake(fakes.importers), fakes.pipeline), new ExportWriter(),
                Optional.of(new Shelf(dir.resolve("plugins"), location -> null, java.util.Set::of, location -> null)), dir, new ByteArrayInputStream(new byte[0]), () -> Optional.of(desk), env, Optional::empty);
        int code = commands.run(new ArrayList<>(List.of(args)), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandsTest.Out(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    CommandsTest.Out ok(String... args) {
        CommandsTest.Out o = run(args);
        assertThat(o.code()).as("%s -> %s", String.join(" ", args), o.err()).isZero();
        return o;
    }

    @BeforeEach
    void people() throws Exception {
        ok("user", "add", "maria", "--name", "Maria Admin", "--role", "admin");
        ok("--as", "maria", "user", "add", "ana", "--name", "Ana Checker", "--role", "fact-checker");
        ok("--as", "maria", "user", "add", "ben", "--name", "Ben Editor", "--role", "editor");
        Files.writeString(dir.resolve("a.txt"), "Microsoft has committed $80 billion to AI.");
    }

    @Test
    void aRatingScaleFileIsCheckedFieldByFieldAndNothingChangesOnAMistake() throws Exception {
        String before = ok("desk", "show").out();
        Files.writeString(dir.resolve("no-label.json"), "{\"ratings\":[{\"id\":\"true\",\"label\":\"True\",\"ratingValue\":2,\"alternateName\":\"True\"},"
                + "{\"id\":\"false\",\"ratingValue\":1,\"alternateName\":\"False\"}]}");
        Files.writeString(dir.resolve("bad-value.json"), "{\"ratings\":[{\"id\":\"true\",\"label\":\"True\",\"ratingValue\":\"high\",\"alternateName\":\"True\"}]}");
        Files.writeString(dir.resolve("broken.json"), "{\"ratings\": [");

        CommandsTest.Out noLabel = run("--as", "maria", "desk", "configure", "--scale", "no-label.json");
        assertThat(noLabel.code()).isEqualTo(Commands.INPUT_FAILED);
        assertThat(noLabel.err()).startsWith("factdesk desk configure: no-label.json: ratings[1].label: missing (a rating scale is").doesNotContain("Exception");
        assertThat(run("--as", "maria", "desk", "configure", "--scale", "bad-value.json").err())
                .contains("bad-value.json: ratings[0].ratingValue: must be a whole number or null, not \"high\"");
        assertThat(run("--as", "maria", "desk", "configure", "--scale", "broken.json").err()).contains("broken.json: not JSON: ");
        assertThat(ok("desk", "show").out()).isEqualTo(before);
    }

    @Test
    void aCaseGoesThroughTheWholeFlowFromTheCommandLine() throws Exception {
        assertThat(ok("--as", "ana", "import", "--url", "https://www.livemint.com/a.html", "a.txt").out()).contains("1 cases opened").contains("C-1");
        assertThat(ok("--as", "ana", "import", "a.txt").out()).contains("already in the workspace");
        ok("--as", "ana", "case", "select", "C-1");
        ok("--as", "ana", "case", "assign", "C-1");
        ok("--as", "ana", "case", "attach", "C-1", "1");
        CommandsTest.Out twice = run("--as", "ana", "case", "attach", "C-1", "1");
        assertThat(twice.code()).isEqualTo(DeskCommands.REFUSED);
        assertThat(twice.err()).contains("refused: C-1: suggestion 1 is already attached as evidence");
        String source = "https://blogs.microsoft.com/2025/01/03/|Microsoft plans about $80 billion of AI capex in FY2025|2025-02-01";
        ok("--as", "ana", "case", "propose", "C-1", "--rating", "false", "--rationale", "No such figure", "--source", source);
        CommandsTest.Out noComment = run("--as", "ben", "case", "reject", "C-1");
        assertThat(noComment.code()).isEqualTo(DeskCommands.REFUSED);
        assertThat(noComment.err()).contains("refused: a rejection needs a comment");
        ok("--as", "ben", "case", "reject", "C-1", "--comment", "The figure is in Microsoft's own post");
        ok("--as", "ana", "case", "propose", "C-1", "--rating", "true", "--rationale", "Microsoft said so on 3 January 2025", "--source", source);
        CommandsTest.Out self = run("--as", "ana", "case", "signoff", "C-1");
        assertThat(self.code()).isEqualTo(DeskCommands.REFUSED);
        assertThat(self.err()).contains("signing off needs the editor role; ana is a fact-checker");
        assertThat(ok("--as", "ben", "case", "signoff", "C-1").out()).contains("C-1 signed-off (true)");
        ok("--as", "ben", "case", "publish", "C-1", "--url", "https://factdesk.example/c-1");
        CommandsTest.Out change = run("--as", "ana", "case", "propose", "C-1", "--rating", "false", "--rationale", "x", "--source", source);
        assertThat(change.code()).isEqualTo(DeskCommands.REFUSED);
        assertThat(change.err()).contains("is published");
        ok("--as", "ben", "case", "correct", "C-1", "--reason", "The year is the fiscal year");

        JsonNode shown = new ObjectMapper().readTree(ok("case", "show", "C-1", "--json").out());
        assertThat(shown.path("case").path("state").asText()).isEqualTo("IN_REVIEW");
        assertThat(shown.path("case").path("corrections").get(0).path("reason").asText()).isEqualTo("The year is the fiscal year");
        assertThat(shown.path("history")).hasSize(10);
        assertThat(ok("case", "list").out()).contains("C-1    in-review");
        assertThat(ok("audit", "verify").out()).contains("verifies: 13 entries");
    }

    @Test
    void mistakesGetAClearMessageAndTheRightExitCode() throws Exception {
        CommandsTest.Out who = run("case", "select", "C-1");
        assertThat(who.code()).isEqualTo(Commands.USAGE);
        assertThat(who.err()).contains("who is doing this? give --as USER");
        CommandsTest.Out noCase = run("--as", "ana", "case", "select", "C-7");
        assertThat(noCase.code()).isEqualTo(DeskCommands.REFUSED);
        assertThat(noCase.err()).contains("no case \"C-7\"");
        CommandsTest.Out badSource = run("--as", "ana", "case", "propose", "C-1", "--rating", "true", "--rationale", "x", "--source", "only-a-url");
        assertThat(badSource.code()).isEqualTo(Commands.USAGE);
        assertThat(badSource.err()).contains("--source needs \"URL-OR-DOCUMENT|what it shows|YYYY-MM-DD\"");
        CommandsTest.Out typo = run("--as", "ana", "case", "select", "C-1", "--force");
        assertThat(typo.code()).isEqualTo(Commands.USAGE);
        assertThat(typo.err()).contains("unknown option \"--force\"");
        CommandsTest.Out noWorkspace = run("--workspace", "elsewhere", "case", "list");
        assertThat(noWorkspace.code()).isEqualTo(Commands.INPUT_FAILED);
        assertThat(noWorkspace.err()).contains("no workspace at");
        CommandsTest.Out noExporter = run("export", "claimreview", "C-1");
        assertThat(noExporter.code()).isEqualTo(Commands.USAGE);
        assertThat(noExporter.err()).contains("no exporter \"claimreview\"");
    }
}

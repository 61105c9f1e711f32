package org.factdesk.commandline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CommandModelTest {

    private static Invocation parse(String... args) throws UsageException {
        return CommandModel.parse(List.of(args));
    }

    @Test
    void readsOptionsArgumentsAndTheCommandPath() throws Exception {
        Invocation i = parse("case", "propose", "C-3", "--rating=false", "--rationale", "ONS says 4.1", "--source", "a|b", "--source", "c|d|2026-01-02");
        assertThat(i.request()).isEqualTo(Invocation.Request.RUN);
        assertThat(i.command()).containsExactly("case", "propose");
        assertThat(i.words()).containsExactly("C-3");
        assertThat(i.options()).containsEntry("--rating", List.of("false")).containsEntry("--source", List.of("a|b", "c|d|2026-01-02"));
    }

    @Test
    void globalOptionsGoBeforeOrAfterTheCommand() throws Exception {
        Globals before = parse("--workspace", "w", "--as", "ana", "case", "signoff", "C-1").globals();
        Globals after = parse("case", "signoff", "C-1", "--workspace=w", "--as", "ana").globals();
        Globals between = parse("case", "--as", "ana", "signoff", "--workspace", "w", "C-1").globals();
        assertThat(after).isEqualTo(before).isEqualTo(between);
        assertThat(before.workspace()).isEqualTo("w");
        assertThat(before.as()).isEqualTo("ana");
        assertThat(parse("run", "s.gosh", "--quiet", "--verbose").globals()).extracting(Globals::quiet, Globals::verbose).containsExactly(true, true);
        assertThat(parse("check", "a.txt").options()).isEmpty(); // globals are not the command's options
    }

    @Test
    void strictIsAnOptionOfTheReadingCommandsOnly() throws Exception {
        for (String command : List.of("check", "import", "gate")) {
            assertThat(parse(command, "--strict", "item.json").options()).as(command).containsKey("--strict");
        }
        assertThatThrownBy(() -> parse("checkers", "--strict")).isInstanceOf(UsageException.class);
    }

    @Test
    void doubleDashEndsTheOptionsAndADashIsStandardInput() throws Exception {
        Invocation i = parse("check", "--json", "--", "--json", "-");
        assertThat(i.options()).containsOnlyKeys("--json");
        assertThat(i.words()).containsExactly("--json", "-");
        assertThat(parse("check", "-").words()).containsExactly("-");
    }

    @Test
    void helpOnEveryCommandWithoutItsRequiredArguments() throws Exception {
        for (List<String> command : CommandModel.commands()) {
            for (String flag : List.of("--help", "-h")) {
                List<String> args = new java.util.ArrayList<>(command);
                args.add(flag);
                Invocation i = CommandModel.parse(args);
                assertThat(i.request()).as(String.join(" ", args)).isEqualTo(Invocation.Request.HELP);
                assertThat(i.command()).isEqualTo(command);
            }
            String help = CommandModel.help(command);
            assertThat(help).as(command.toString()).startsWith("usage: factdesk" + (command.isEmpty() ? "" : " " + String.join(" ", command)));
        }
        assertThat(parse("help", "case", "propose").command()).containsExactly("case", "propose");
        assertThat(parse().request()).isEqualTo(Invocation.Request.HELP);
        assertThat(CommandModel.help(List.of("check"))).contains("--min-score=S", "examples:", "factdesk check --json");
        assertThat(CommandModel.help(List.of())).contains("exit codes:", "  5    the gate failed");
    }

    @Test
    void versionIsAskedOfFactDeskItself() throws Exception {
        assertThat(parse("--version").request()).isEqualTo(Invocation.Request.VERSION);
        assertThat(parse("-V").request()).isEqualTo(Invocation.Request.VERSION);
    }

    @Test
    void usageErrorsSayWhatIsWrongAndWhichHelpToRead() {
        Map<List<String>, String> wrong = Map.of(
                List.of("chek", "a.txt"), "factdesk: unknown command \"chek\" (did you mean check or checkers?) (see factdesk --help)",
                List.of("check", "--jsn", "a.txt"), "factdesk check: unknown option \"--jsn\"",
                List.of("check"), "factdesk check: missing 'INPUT'",
                List.of("check", "--min-score"), "factdesk check: --min-score needs a value (S)",
                List.of("case"), "factdesk case: case needs a command: list, show",
                List.of("case", "propose", "C-1", "--rationale", "x"), "factdesk case propose: missing '--rating=RATING'",
                List.of("help", "cas"), "factdesk help: no command \"cas\"",
                List.of("checkers", "extra"), "factdesk checkers: unexpected argument \"extra\"",
                List.of("case", "list", "--json", "--json"), "factdesk case list: --json given more than once",
                List.of("case", "show"), "factdesk case show: missing 'ID'");
        wrong.forEach((args, line) -> assertThatThrownBy(() -> CommandModel.parse(args)).as(args.toString())
                .isInstanceOfSatisfying(UsageException.class, e -> assertThat(e.line()).startsWith(line).endsWith("--help)")
                        .doesNotContain("Exception")));
    }

    @Test
    void completionComesFromTheModel() {
        String bash = CommandModel.completion("bash");
        assertThat(bash).contains("factdesk", "propose", "--min-score", "--workspace", "verdict-proposed");
        assertThat(CommandModel.completion("zsh")).contains("bashcompinit");
        assertThatThrownBy(() -> CommandModel.completion("fish")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theShellsCompletionComesFromTheModelToo() {
        String gogo = CommandModel.gogoCompletion("factdesk", Set.of("check", "case"));
        assertThat(gogo).contains("complete -c factdesk:check -l json --description 'one JSON document per article",
                "complete -c factdesk:check -a '__files'", "complete -c factdesk:case -a '[list show history",
                "complete -c factdesk:case -l state").doesNotContain("--workspace", "factdesk:gate", "-l workspace");
        // every line a complete command: Gogo reads the descriptions in single quotes, so none may hold one
        gogo.lines().forEach(line -> assertThat(line).startsWith("complete -c factdesk:").matches("([^']*'[^']*')*[^']*"));
    }
}

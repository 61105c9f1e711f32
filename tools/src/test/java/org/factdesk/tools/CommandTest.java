package org.factdesk.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandTest {

    @Test
    void aWrongNumberOfArgumentsPrintsTheUsageLineAndExits2() throws Exception {
        List<String> ran = new ArrayList<>();
        for (String[] args : List.of(new String[0], new String[] {"a", "b", "c"})) {
            Captured c = Captured.run("factdesk train", "CLAIMBUSTER_DIR [MODEL_FILE]", 1, 2, args, (a, out) -> ran.add("ran"));
            assertThat(c.refusedInOneLine()).isEqualTo("usage: factdesk train CLAIMBUSTER_DIR [MODEL_FILE]");
        }
        assertThat(ran).isEmpty();
    }

    @Test
    void theBodyGetsTheArgumentsAndItsOutput() throws Exception {
        Captured c = Captured.run("x", "A [B]", 1, 2, new String[] {"one", "two"}, (a, out) -> out.println(String.join("+", a)));
        assertThat(c).isEqualTo(new Captured(0, "one+two\n", ""));
    }

    @Test
    void missingDataIsOneLineNamingThePathAndWhatWasExpected(@TempDir Path dir) throws Exception {
        Captured c = Captured.run("factdesk evaluate", "DATA_DIR", 1, 1, new String[] {dir.toString()},
                (a, out) -> DataException.requireFile(Path.of(a.get(0)), "wikinews/sentences.tsv", "the Wikinews gold sentences"));
        assertThat(c.refusedInOneLine()).isEqualTo("factdesk evaluate: " + dir.resolve("wikinews/sentences.tsv")
                + ": no such file (expected the Wikinews gold sentences)");
    }

    @Test
    void aFileFoundMissingOnlyWhileWorkingIsMissingDataToo(@TempDir Path dir) throws Exception {
        Path gone = dir.resolve("gone.txt");
        Captured c = Captured.run("t", "DIR", 1, 1, new String[] {dir.toString()}, (a, out) -> Files.readString(gone));
        assertThat(c.refusedInOneLine()).isEqualTo("t: " + gone + ": no such file or directory");
    }

    @Test
    void anotherInputOutputFailureIsOneLineWithExitCode1(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Path below = file.resolve("report.md"); // a file cannot hold another
        Captured c = Captured.run("t", "REPORT", 1, 1, new String[] {below.toString()},
                (a, out) -> Files.writeString(Path.of(a.get(0)), "report", StandardCharsets.UTF_8));
        assertThat(c.code()).isEqualTo(1);
        assertThat(c.err().lines()).singleElement().asString().startsWith("t: " + below + ": ").doesNotContain("Exception");
    }

    @Test
    void aBugIsNotDisguisedAsAUserMistake() {
        assertThatThrownBy(() -> Captured.run("t", "", 0, 0, new String[0], (a, out) -> {
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void directoriesAndFilesAreCheckedForWhatTheyAre(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("f"), "x");
        assertThat(DataException.requireDirectory(dir, "d")).isEqualTo(dir);
        assertThat(DataException.requireFile(dir, "f", "f")).isEqualTo(file);
        assertThatThrownBy(() -> DataException.requireDirectory(dir.resolve("none"), "the data"))
                .isInstanceOf(DataException.class).hasMessage(dir.resolve("none") + ": no such directory (expected the data)");
        assertThatThrownBy(() -> DataException.requireDirectory(file, "the data"))
                .hasMessage(file + ": not a directory (expected the data)");
        assertThatThrownBy(() -> DataException.requireFile(dir, "none.tsv", "a table"))
                .hasMessage(dir.resolve("none.tsv") + ": no such file (expected a table)");
        assertThatThrownBy(() -> DataException.requireFile(dir.getParent(), dir.getFileName().toString(), "a table"))
                .hasMessage(dir + ": not a file (expected a table)");
    }
}

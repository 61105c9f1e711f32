package org.factdesk.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The factdesk script's train and evaluate commands without their data directory: usage, nothing built or run. */
class ScriptTest {

    static final Path SCRIPT = Path.of("..", "factdesk").toAbsolutePath().normalize();

    @Test
    void trainWithoutItsDataDirectoryPrintsTheUsageLineAndExits2() throws Exception {
        assertThat(run("train")).startsWith("2 usage: factdesk train CLAIMBUSTER_DIR [MODEL_FILE]");
    }

    @Test
    void evaluateWithoutItsDataDirectoryPrintsTheUsageLineAndExits2() throws Exception {
        assertThat(run("evaluate")).startsWith("2 usage: factdesk evaluate DATA_DIR [REPORT_FILE]");
        assertThat(run("evaluate", "a", "b", "c")).startsWith("2 usage: factdesk evaluate DATA_DIR [REPORT_FILE]");
    }

    /** @return the exit code, a space, and standard error (standard output must stay empty) */
    private static String run(String... args) throws Exception {
        assertThat(SCRIPT).isRegularFile();
        String[] command = new String[args.length + 2];
        command[0] = "sh";
        command[1] = SCRIPT.toString();
        System.arraycopy(args, 0, command, 2, args.length);
        Path err = Files.createTempFile("factdesk-script", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the script returns at once").isTrue();
            assertThat(out).isEmpty();
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            assertThat(stderr.lines()).hasSize(1);
            return p.exitValue() + " " + stderr;
        } finally {
            Files.deleteIfExists(err);
        }
    }
}

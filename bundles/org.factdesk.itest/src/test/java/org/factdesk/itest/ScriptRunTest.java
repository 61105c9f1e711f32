package org.factdesk.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.factdesk.itest.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code factdesk run SCRIPT.gosh} as a cron job relies on it: the first failing line ends the run, named, with a non-zero code. */
class ScriptRunTest {

    @TempDir
    Path tmp;

    private Run run(String script) throws Exception {
        Files.writeString(tmp.resolve("job.gosh"), script);
        return Cli.run(tmp, Path.of(System.getProperty("java.home")), Map.of(), "run", "job.gosh");
    }

    @Test
    void aScriptThatSucceedsExitsZeroAndPrintsOnlyWhatItEchoes() throws Exception {
        Run r = run("# nightly\necho start\nfactdesk:checkers\n\nfactdesk:check " + Distribution.DEMO + "\necho done\n");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("start\n").contains("org.factdesk.checker.figures").endsWith("done\n");
        assertThat(r.out()).doesNotContain("\n0\n");
    }

    @Test
    void aFactDeskCommandThatFailsEndsTheRunWithItsExitCodeAndTheLineNamed() throws Exception {
        Run r = run("echo start\nfactdesk:checkers\nfactdesk:check missing.txt\necho never\n");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("job.gosh:3: factdesk:check missing.txt: failed with exit code 1").contains("missing.txt");
        assertThat(r.out()).contains("start").doesNotContain("never");
    }

    @Test
    void anUnknownCommandEndsTheRunNamingItsLine() throws Exception {
        Run r = run("echo start\n\nnosuchcommand --now\necho never\n");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("job.gosh:3: nosuchcommand --now:").doesNotContain("Exception");
        assertThat(r.out()).doesNotContain("never");
    }

    @Test
    void aMissingScriptIsAClearError() throws Exception {
        Run r = Cli.run(tmp, Path.of(System.getProperty("java.home")), Map.of(), "run", "nope.gosh");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("nope.gosh: no such script");
    }
}

package org.factdesk.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.factdesk.itest.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Diagnostics go through the OSGi Log Service to standard error; --verbose adds debug lines there and changes nothing else. */
class DiagnosticsTest {

    @TempDir
    Path tmp;

    @Test
    void verboseAddsDebugLinesOnStandardErrorAndLeavesStandardOutputAlone() throws Exception {
        Path java = Path.of(System.getProperty("java.home"));
        Run plain = Cli.run(tmp, java, Map.of(), "check", "--json", Distribution.DEMO.toString());
        Run verbose = Cli.run(tmp, java, Map.of(), "--verbose", "check", "--json", Distribution.DEMO.toString());
        assertThat(plain.exit()).isZero();
        assertThat(verbose.exit()).isZero();
        assertThat(verbose.out()).isEqualTo(plain.out());
        assertThat(plain.err()).isEmpty();
        assertThat(verbose.err()).contains("factdesk: debug: org.factdesk.")
                .as("SCR's step-by-step component chatter is not for people").doesNotContain("Dependency Manager");
    }

    @Test
    void aPluginThatDoesNotInstallIsReportedOnStandardErrorOnly() throws Exception {
        Files.createDirectories(tmp.resolve("plugins"));
        Files.writeString(tmp.resolve("plugins/broken.jar"), "not a jar");
        Run r = Cli.run(tmp, Path.of(System.getProperty("java.home")), Map.of(), "checkers");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("broken.jar").doesNotContain("Exception:");
        assertThat(r.out()).contains("org.factdesk.checker.figures").doesNotContain("broken.jar");
    }
}

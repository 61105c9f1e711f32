package org.factdesk.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** {@code factdesk} as an operator runs it: a child JVM on the distribution, arguments, environment, output, exit code. */
final class Cli {

    record Run(int exit, String out, String err) {
    }

    private Cli() {
    }

    static List<String> command(Path tmp, Path javaHome, String... args) {
        List<String> cmd = new ArrayList<>(List.of(javaHome.resolve("bin/java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + tmp,
                "-Dfactdesk.plugins=" + tmp.resolve("plugins"), "-jar", Distribution.DIST.resolve("factdesk.jar").toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    static Run run(Path tmp, Path javaHome, Map<String, String> env, String... args) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command(tmp, javaHome, args)).directory(tmp.toFile())
                .redirectOutput(tmp.resolve("out").toFile()).redirectError(tmp.resolve("err").toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("factdesk finished").isTrue();
        return new Run(p.exitValue(), Files.readString(tmp.resolve("out")), Files.readString(tmp.resolve("err")));
    }
}

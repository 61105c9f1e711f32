package org.factdesk.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One run of a command's {@link Command#run}: exit code, standard output and standard error. */
public record Captured(int code, String out, String err) {

    public static Captured run(String name, String usage, int min, int max, String[] args, Command.Body body) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Command.run(name, usage, min, max, args, o, e, body);
        }
        return new Captured(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * Asserts what a user with a wrong or incomplete data directory sees: exit code 2, nothing on
     * standard output, and one line on standard error, with no stack trace and no exception name.
     *
     * @return that line
     */
    public String refusedInOneLine() {
        assertThat(code).as("exit code; stderr: %s", err).isEqualTo(Command.USAGE);
        assertThat(out).isEmpty();
        assertThat(err).endsWith("\n");
        assertThat(err.lines()).hasSize(1);
        assertThat(err).doesNotContain("Exception", "\tat ", "java.");
        return err.strip();
    }
}

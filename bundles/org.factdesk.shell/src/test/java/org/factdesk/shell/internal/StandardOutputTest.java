package org.factdesk.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class StandardOutputTest {

    /** A stream that fails every write with {@code message}. */
    private static OutputStream failing(String message) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(message);
            }
        };
    }

    @Test
    void aClosedPipeIsToldFromAFullDisk() {
        StandardOutput pipe = new StandardOutput(failing("Broken pipe"));
        PrintStream out = new PrintStream(pipe, true, StandardCharsets.UTF_8);
        out.println("{}");
        assertThat(out.checkError()).isTrue();
        assertThat(pipe.failed()).isTrue();
        assertThat(pipe.closedPipe()).isTrue();

        StandardOutput full = new StandardOutput(failing("No space left on device"));
        new PrintStream(full, true, StandardCharsets.UTF_8).println("{}");
        assertThat(full.failed()).isTrue();
        assertThat(full.closedPipe()).isFalse();
        assertThat(full.reason()).isEqualTo("No space left on device");
    }

    @Test
    void writesThatWorkLeaveNoFailure() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        StandardOutput ok = new StandardOutput(bytes);
        new PrintStream(ok, true, StandardCharsets.UTF_8).println("claims");
        assertThat(ok.failed()).isFalse();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("claims" + System.lineSeparator());
    }
}

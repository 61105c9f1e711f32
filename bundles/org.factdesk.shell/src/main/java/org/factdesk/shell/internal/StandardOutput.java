package org.factdesk.shell.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output that remembers why it could not be written. A {@link java.io.PrintStream} over it
 * still swallows the error (its {@code checkError()} turns true), but the command line can then
 * tell a closed pipe ({@code | head}: exit 141, as a Unix tool killed by SIGPIPE) from a full or
 * failing device (exit 74, with the reason).
 */
final class StandardOutput extends FilterOutputStream {

    /** Exit code when the reader of standard output went away (128 + SIGPIPE). */
    static final int CLOSED_PIPE = 141;
    /** Exit code when standard output could not be written (sysexits' EX_IOERR). */
    static final int WRITE_FAILED = 74;

    private volatile IOException failure;

    StandardOutput(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private IOException failed(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }

    /** @return whether a write failed */
    boolean failed() {
        return failure != null;
    }

    /** @return whether it failed because nobody reads it any more */
    boolean closedPipe() {
        IOException f = failure;
        return f != null && f.getMessage() != null && f.getMessage().toLowerCase(java.util.Locale.ROOT).contains("broken pipe");
    }

    /** @return what went wrong, for the one line on standard error */
    String reason() {
        IOException f = failure;
        return f == null || f.getMessage() == null ? "write error" : f.getMessage();
    }
}

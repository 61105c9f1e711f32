package org.factdesk.shell.internal;

import java.io.PrintStream;
import java.util.Locale;

import org.factdesk.api.job.Monitor;

/**
 * A progress line on standard error, redrawn in place, for long reads on a terminal: "[#####     ] 12/40
 * DIR/a.txt". Off when the output goes to a file or pipe (scripts get no control characters), and at most
 * ten redraws a second. Never cancelled: Ctrl-C stops the whole run.
 */
class Progress implements Monitor {

    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream err;
    private final boolean on;
    private String title = "";
    private long total = -1;
    private long done;
    private String message = "";
    private long drawnAt;
    private long startedAt = System.nanoTime();
    private boolean drawn;

    Progress(PrintStream err, boolean on) {
        this.err = err;
        this.on = on;
    }

    /** A progress line only when a person is watching standard error, and has not asked for quiet. */
    static Progress onTerminal(PrintStream err, boolean quiet) {
        return new Progress(err, !quiet && err == System.err && stderrIsTerminal());
    }

    /** Standard error is a terminal: on Linux, what descriptor 2 leads to; elsewhere, whether there is a console. */
    static boolean stderrIsTerminal() {
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException e) {
            return System.console() != null;
        }
    }

    @Override
    public synchronized void begin(String title, long total) {
        if (title != null) {
            this.title = title;
        }
        this.total = total;
        this.done = 0;
        this.startedAt = System.nanoTime();
        draw();
    }

    @Override
    public synchronized void worked(long units) {
        done += units;
        draw();
    }

    @Override
    public synchronized void message(String text) {
        message = text == null ? "" : text;
        draw();
    }

    @Override
    public boolean isCancelled() {
        return false;
    }

    /** Wipes the line, before anything else is printed. */
    synchronized void clear() {
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
            drawn = false;
        }
    }

    private void draw() {
        long now = System.nanoTime();
        if (!on || total < 2 || now - drawnAt < REDRAW_NANOS) {
            return; // one input needs no bar
        }
        drawnAt = now;
        int width = 20;
        int filled = (int) Math.min(width, done * width / Math.max(1, total));
        String line = String.format(Locale.ROOT, "%s [%s%s] %d/%d %s %s", title, "#".repeat(filled), " ".repeat(width - filled), done, total,
                pace(done, total, now - startedAt), message);
        err.print("\r\033[K" + (line.length() > 100 ? line.substring(0, 100) : line));
        err.flush();
        drawn = true;
    }

    /** "12.5/s, 0:42 left" once something is done. */
    static String pace(long done, long total, long elapsedNanos) {
        if (done == 0 || elapsedNanos <= 0) {
            return "";
        }
        double perSecond = done * 1e9 / elapsedNanos;
        long left = Math.round((total - done) / perSecond);
        return String.format(Locale.ROOT, "%.1f/s, %d:%02d left", perSecond, left / 60, left % 60);
    }

    /** What the line would say now (for tests). */
    synchronized String line() {
        return title + " " + done + "/" + total + " " + message;
    }
}

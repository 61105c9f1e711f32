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
    private boolean drawn;

    Progress(PrintStream err, boolean on) {
        this.err = err;
        this.on = on;
    }

    /** A progress line only when a person is watching: standard input and output are a terminal. */
    static Progress onTerminal(PrintStream err) {
        return new Progress(err, System.console() != null && err == System.err);
    }

    @Override
    public synchronized void begin(String title, long total) {
        if (title != null) {
            this.title = title;
        }
        this.total = total;
        this.done = 0;
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
        String line = String.format(Locale.ROOT, "%s [%s%s] %d/%d %s", title, "#".repeat(filled), " ".repeat(width - filled), done, total, message);
        err.print("\r\033[K" + (line.length() > 100 ? line.substring(0, 100) : line));
        err.flush();
        drawn = true;
    }

    /** What the line would say now (for tests). */
    synchronized String line() {
        return title + " " + done + "/" + total + " " + message;
    }
}

package org.factdesk.api.job;

import java.util.Objects;

/**
 * How far a job is, at one moment.
 *
 * @param id      the job's number, unique while the {@link Jobs} service runs
 * @param title   what the job does: its {@link Job#title()}, or the title it last gave {@link Monitor#begin}
 * @param done    units of work done so far
 * @param total   units of work in all, or -1 if not known
 * @param message what the job said last ({@link Monitor#message}), or {@code null}
 * @param state   where the job is in its life
 */
public record Progress(long id, String title, long done, long total, String message, State state) {

    /** A job's life: it runs, then ends one of three ways. */
    public enum State {
        /** Running (also while a requested cancel has not stopped it yet). */
        RUNNING,
        /** Ended with a result. */
        DONE,
        /** Ended with an exception. */
        FAILED,
        /** Ended because it was cancelled. */
        CANCELLED;

        /** @return true for {@link #DONE}, {@link #FAILED} and {@link #CANCELLED} */
        public boolean ended() {
            return this != RUNNING;
        }
    }

    /** @throws NullPointerException if {@code title} or {@code state} is {@code null} */
    public Progress {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(state, "state");
    }

    /** @return the fraction done, from 0 to 1, or -1 if the total is not known */
    public double fraction() {
        if (total < 0) {
            return -1;
        }
        return total == 0 ? 1 : Math.min(1, (double) done / total);
    }
}

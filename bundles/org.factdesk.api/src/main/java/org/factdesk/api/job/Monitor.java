package org.factdesk.api.job;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Where long work reports how far it is and learns that it should stop. Faces implement it (a
 * progress bar, a progress view) or take the one {@link Jobs} hands to a job; work calls it.
 *
 * <p>Work calls {@link #begin} first, then {@link #worked} and {@link #message} as it goes, and
 * asks {@link #isCancelled()} (or calls {@link #checkCancelled()}) between steps. Work that knows
 * its total only after a first step (listing a directory, say) may call {@link #begin} again:
 * the new title and total replace the old and the work done starts again from 0.
 *
 * <p>Implementations must accept calls from any thread and return quickly; they never throw.
 */
@ConsumerType
public interface Monitor {

    /** A monitor that shows nothing and is never cancelled. */
    Monitor NONE = new Monitor() {
        @Override
        public void begin(String title, long total) {
        }

        @Override
        public void worked(long units) {
        }

        @Override
        public void message(String text) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public String toString() {
            return "Monitor.NONE";
        }
    };

    /**
     * Starts (or restarts) the work.
     *
     * @param title what is being done, for example {@code "Reading 3 inputs"}; may be {@code null}
     *              to keep the current title
     * @param total units of work in all, or -1 if not known (yet)
     */
    void begin(String title, long total);

    /**
     * Some units of work are done.
     *
     * @param units how many more units are done; at least 0
     */
    void worked(long units);

    /**
     * What the work is doing now, for example the file being read.
     *
     * @param text one line; may be {@code null} to clear it
     */
    void message(String text);

    /** @return true once someone asked the work to stop; it then stops as soon as it can */
    boolean isCancelled();

    /**
     * Stops work that was asked to stop: cancelled through this monitor, or its thread interrupted
     * (the interrupt status is left set).
     *
     * @throws CancelledException if {@link #isCancelled()} is true or the current thread is interrupted
     */
    default void checkCancelled() throws CancelledException {
        if (isCancelled() || Thread.currentThread().isInterrupted()) {
            throw new CancelledException();
        }
    }
}

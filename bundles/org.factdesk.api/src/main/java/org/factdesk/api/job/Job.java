package org.factdesk.api.job;

import java.util.Objects;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A piece of long work with a title, run by {@link Jobs} (or directly, with any {@link Monitor}).
 *
 * @param <T> what the work produces; {@link Void} for none
 */
@ConsumerType
public interface Job<T> {

    /** @return what the job does, in a few words, for progress views and the worker thread's name; never {@code null} */
    String title();

    /**
     * Does the work, reporting to {@code monitor}. Work that is cancelled stops as soon as it can,
     * by throwing {@link CancelledException} (or {@link InterruptedException}, when its thread was
     * interrupted while it waited).
     *
     * @param monitor where to report progress and learn of cancellation; never {@code null}
     * @return the result; may be {@code null}
     * @throws CancelledException if the job was cancelled
     * @throws Exception          if the work failed
     */
    T run(Monitor monitor) throws Exception;

    /** The work of a {@link Job}, for lambdas: see {@link Job#of}. @param <T> the result type */
    @FunctionalInterface
    interface Work<T> {
        /**
         * @param monitor where to report
         * @return the result; may be {@code null}
         * @throws Exception if the work failed or was cancelled
         */
        T run(Monitor monitor) throws Exception;
    }

    /**
     * A job from a title and a lambda.
     *
     * @param <T>   the result type
     * @param title what the job does
     * @param work  the work
     * @return a job running {@code work}
     * @throws NullPointerException if an argument is {@code null}
     */
    static <T> Job<T> of(String title, Work<T> work) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(work, "work");
        return new Job<>() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public T run(Monitor monitor) throws Exception {
                return work.run(monitor);
            }

            @Override
            public String toString() {
                return "Job[" + title + "]";
            }
        };
    }
}

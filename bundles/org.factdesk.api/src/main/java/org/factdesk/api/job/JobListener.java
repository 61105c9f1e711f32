package org.factdesk.api.job;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told about every job the {@link Jobs} service runs: a progress view registers one as a service
 * (whiteboard) and shows every running job. A listener registered while jobs run hears of them
 * from their next change on; {@link Jobs#running()} lists them.
 *
 * <p>Called on the job's worker thread (the first call, with state
 * {@link Progress.State#RUNNING} and nothing done, on the thread that scheduled it), in the order
 * of the job's changes: keep it short and never block; a Swing face hands the value to the event
 * dispatch thread. An exception it throws is ignored.
 */
@ConsumerType
@FunctionalInterface
public interface JobListener {

    /**
     * A job started, reported progress or ended ({@link Progress.State#ended()}).
     *
     * @param job      the job, to cancel it
     * @param progress how far it is with this change
     */
    void changed(JobHandle<?> job, Progress progress);
}

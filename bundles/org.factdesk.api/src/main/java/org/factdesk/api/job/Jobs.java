package org.factdesk.api.job;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs long work off the caller's thread, with progress and cancel. Each job runs on a daemon
 * worker thread of its own, named after the job; {@link JobListener} services hear of every
 * change. When the service stops, it cancels the jobs still running. Provided by FactDesk.
 */
@ProviderType
public interface Jobs {

    /**
     * Starts a job now, on a new worker thread.
     *
     * @param <T> the job's result type
     * @param job the work
     * @return the running job
     * @throws NullPointerException  if {@code job} is {@code null}
     * @throws IllegalStateException if the service has stopped
     */
    <T> JobHandle<T> schedule(Job<T> job);

    /** @return the jobs running now, oldest first */
    List<JobHandle<?>> running();
}

package org.factdesk.api.job;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A job started by {@link Jobs#schedule}: how far it is, its result, and a way to stop it.
 *
 * @param <T> the job's result type
 */
@ProviderType
public interface JobHandle<T> {

    /** @return the job's number, as in {@link Progress#id()} */
    long id();

    /** @return the job as scheduled */
    Job<T> job();

    /** @return how far the job is now; a new immutable value after every change */
    Progress progress();

    /**
     * Asks the job to stop: its monitor reports {@link Monitor#isCancelled()} from now on and its
     * worker thread is interrupted. The job ends as {@link Progress.State#CANCELLED} when its
     * {@link Job#run} returns or throws; until then its state stays
     * {@link Progress.State#RUNNING}. A result it still returns is discarded.
     *
     * @return true if the job was running and is now asked to stop (again); false if it had ended
     */
    boolean cancel();

    /**
     * The job's result. Completes normally with what {@link Job#run} returned, or exceptionally
     * with, as the cause (stages pass failures on wrapped in a
     * {@link java.util.concurrent.CompletionException}), what the job threw when it failed, or a
     * {@link java.util.concurrent.CancellationException} when it was cancelled. It completes after
     * the job's final {@link #progress()} is set and every listener was told.
     *
     * @return a stage callers cannot complete themselves ({@code toCompletableFuture()} gives a
     *         future to wait on)
     */
    CompletionStage<T> result();

    /**
     * Waits for the job to end.
     *
     * @return the job's result
     * @throws CancelledException   if the job was cancelled
     * @throws ExecutionException   if the job failed; the cause is what it threw
     * @throws InterruptedException if the waiting thread was interrupted (the job keeps running)
     */
    T await() throws CancelledException, ExecutionException, InterruptedException;
}

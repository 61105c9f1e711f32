package org.factdesk.jobs.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.factdesk.api.job.CancelledException;
import org.factdesk.api.job.Job;
import org.factdesk.api.job.JobHandle;
import org.factdesk.api.job.JobListener;
import org.factdesk.api.job.Jobs;
import org.factdesk.api.job.Monitor;
import org.factdesk.api.job.Progress;
import org.factdesk.api.job.Progress.State;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Runs each job on a daemon thread of its own, named after the job, and tells every
 * {@link JobListener} service of each change. A thread per job (no pool) keeps cancel simple and
 * safe: interrupting a job's thread can only ever reach that job.
 */
@Component(service = Jobs.class)
public class JobRunner implements Jobs {

    /** How long deactivation waits, in all, for cancelled jobs to end. */
    static final long STOP_WAIT_MILLIS = 2000;

    private final List<JobListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<Long, Handle<?>> running = new ConcurrentSkipListMap<>();
    private final AtomicLong ids = new AtomicLong();
    private volatile boolean stopped;

    @Activate
    public JobRunner() {
    }

    @Reference(policy = ReferencePolicy.DYNAMIC, cardinality = ReferenceCardinality.MULTIPLE)
    void addListener(JobListener listener) {
        listeners.add(listener);
    }

    void removeListener(JobListener listener) {
        listeners.remove(listener);
    }

    /** Cancels every running job and waits a moment for them to end. */
    @Deactivate
    void deactivate() {
        stopped = true;
        List<Handle<?>> all = new ArrayList<>(running.values());
        all.forEach(Handle::cancel);
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STOP_WAIT_MILLIS);
        for (Handle<?> h : all) {
            long left = until - System.nanoTime();
            if (left <= 0) {
                break;
            }
            try {
                h.thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
    }

    @Override
    public <T> JobHandle<T> schedule(Job<T> job) {
        Objects.requireNonNull(job, "job");
        if (stopped) {
            throw new IllegalStateException("the jobs service has stopped");
        }
        String title = Objects.requireNonNull(job.title(), "job title");
        Handle<T> h = new Handle<>(ids.incrementAndGet(), job, title);
        running.put(h.id, h);
        h.tell(h.progress);
        h.thread.start();
        return h;
    }

    @Override
    public List<JobHandle<?>> running() {
        return List.copyOf(running.values());
    }

    /** A job, its thread, its progress and its monitor. */
    final class Handle<T> implements JobHandle<T>, Monitor, Runnable {
        final long id;
        final Job<T> job;
        final Thread thread;
        private final CompletableFuture<T> result = new CompletableFuture<>();
        private volatile Progress progress;
        private volatile boolean cancelRequested;

        Handle(long id, Job<T> job, String title) {
            this.id = id;
            this.job = job;
            this.progress = new Progress(id, title, 0, -1, null, State.RUNNING);
            this.thread = new Thread(this, "job " + id + ": " + title);
            thread.setDaemon(true);
        }

        @Override
        public long id() {
            return id;
        }

        @Override
        public Job<T> job() {
            return job;
        }

        @Override
        public Progress progress() {
            return progress;
        }

        @Override
        public boolean cancel() {
            synchronized (this) {
                if (progress.state().ended()) {
                    return false;
                }
                cancelRequested = true;
                thread.interrupt(); // under the lock: never after the job has ended
            }
            return true;
        }

        @Override
        public CompletionStage<T> result() {
            return result.minimalCompletionStage();
        }

        @Override
        public T await() throws CancelledException, ExecutionException, InterruptedException {
            try {
                return result.get();
            } catch (CancellationException e) {
                throw new CancelledException(progress.title() + " was cancelled");
            }
        }

        @Override
        public void run() {
            T value = null;
            Throwable failure = null;
            try {
                value = job.run(this);
            } catch (Throwable t) { // every way a job can end is reported, an Error too
                failure = t;
            }
            Progress last = end(failure);
            State end = last.state();
            running.remove(id);
            tell(last);
            Thread.interrupted(); // a late cancel must not leak into the listeners or the result's callbacks
            switch (end) {
                case DONE -> result.complete(value);
                case FAILED -> result.completeExceptionally(failure);
                default -> {
                    CancellationException c = new CancellationException(last.title() + " was cancelled");
                    if (failure != null) {
                        c.initCause(failure);
                    }
                    result.completeExceptionally(c);
                }
            }
        }

        // --- the monitor the job reports to

        @Override
        public void begin(String title, long total) {
            changed(p -> new Progress(p.id(), title == null || title.isBlank() ? p.title() : title, 0, total < 0 ? -1 : total,
                    p.message(), p.state()));
        }

        @Override
        public void worked(long units) {
            if (units > 0) {
                changed(p -> new Progress(p.id(), p.title(), p.done() + units, p.total(), p.message(), p.state()));
            }
        }

        @Override
        public void message(String text) {
            changed(p -> new Progress(p.id(), p.title(), p.done(), p.total(), text, p.state()));
        }

        @Override
        public boolean isCancelled() {
            return cancelRequested;
        }

        private void changed(java.util.function.UnaryOperator<Progress> change) {
            Progress p = update(change);
            if (p != null) {
                tell(p);
            }
        }

        /** @return the new progress, or null if the job had ended (a late call is ignored) */
        private synchronized Progress update(java.util.function.UnaryOperator<Progress> change) {
            if (progress.state().ended()) {
                return null;
            }
            progress = change.apply(progress);
            return progress;
        }

        /** The final state, decided under the lock {@link #cancel()} takes: a cancel either counts or returns false. */
        private synchronized Progress end(Throwable failure) {
            State end = cancelRequested || failure instanceof CancelledException ? State.CANCELLED
                    : failure != null ? State.FAILED : State.DONE;
            Progress p = progress;
            progress = new Progress(p.id(), p.title(), p.done(), p.total(), p.message(), end);
            return progress;
        }

        void tell(Progress p) {
            for (JobListener l : listeners) {
                try {
                    l.changed(this, p);
                } catch (RuntimeException e) {
                    // a broken progress view must not break the job or the other views
                }
            }
        }

        @Override
        public String toString() {
            return "job " + id + " " + progress;
        }
    }
}

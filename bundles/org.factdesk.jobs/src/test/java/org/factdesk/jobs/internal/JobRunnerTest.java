package org.factdesk.jobs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.factdesk.api.job.CancelledException;
import org.factdesk.api.job.Job;
import org.factdesk.api.job.JobHandle;
import org.factdesk.api.job.Progress;
import org.factdesk.api.job.Progress.State;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JobRunnerTest {

    final JobRunner jobs = new JobRunner();
    final List<Progress> heard = new CopyOnWriteArrayList<>();

    JobRunnerTest() {
        jobs.addListener((job, p) -> heard.add(p));
    }

    @AfterEach
    void stop() {
        jobs.deactivate();
    }

    @Test
    void progressIsReportedAsItHappensAndTheResultArrives() throws Exception {
        CountDownLatch reported = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        JobHandle<String> h = jobs.schedule(Job.of("Reading 10 files", m -> {
            m.begin("Reading files", 10);
            m.worked(3);
            m.message("a.txt");
            reported.countDown();
            finish.await();
            m.worked(7);
            return "read";
        }));
        assertThat(reported.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(h.progress()).isEqualTo(new Progress(h.id(), "Reading files", 3, 10, "a.txt", State.RUNNING));
        assertThat(h.progress().fraction()).isEqualTo(0.3);
        assertThat(jobs.running()).containsExactly(h);

        finish.countDown();
        assertThat(h.await()).isEqualTo("read");
        assertThat(h.result().toCompletableFuture().get()).isEqualTo("read");
        assertThat(h.progress()).isEqualTo(new Progress(h.id(), "Reading files", 10, 10, "a.txt", State.DONE));
        assertThat(jobs.running()).isEmpty();
        assertThat(heard).extracting(Progress::state).startsWith(State.RUNNING).endsWith(State.DONE);
        assertThat(heard).extracting(Progress::done).containsExactly(0L, 0L, 3L, 3L, 10L, 10L);
        assertThat(heard.get(0)).isEqualTo(new Progress(h.id(), "Reading 10 files", 0, -1, null, State.RUNNING));
    }

    @Test
    void eachJobRunsOnADaemonThreadNamedAfterIt() throws Exception {
        JobHandle<Thread> h = jobs.schedule(Job.of("Export claimreview", m -> Thread.currentThread()));
        Thread t = h.await();
        assertThat(t).isNotSameAs(Thread.currentThread());
        assertThat(t.isDaemon()).isTrue();
        assertThat(t.getName()).isEqualTo("job " + h.id() + ": Export claimreview");
    }

    @Test
    void cancelInterruptsTheRunningJobsThreadAndEndsItCancelled() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean monitorSaysCancelled = new AtomicBoolean();
        JobHandle<String> h = jobs.schedule(Job.of("Slow check", m -> {
            m.begin("Slow check", -1);
            started.countDown();
            try {
                Thread.sleep(60_000);
                return "finished";
            } catch (InterruptedException e) {
                interrupted.set(true);
                monitorSaysCancelled.set(m.isCancelled());
                throw e;
            }
        }));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(h.cancel()).isTrue();

        assertThatThrownBy(h::await).isInstanceOf(CancelledException.class).hasMessageContaining("Slow check");
        assertThatThrownBy(() -> h.result().toCompletableFuture().join()).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(CancellationException.class);
        assertThat(interrupted).isTrue();
        assertThat(monitorSaysCancelled).isTrue();
        assertThat(h.progress().state()).isEqualTo(State.CANCELLED);
        assertThat(heard.get(heard.size() - 1).state()).isEqualTo(State.CANCELLED);
        assertThat(h.cancel()).as("an ended job cannot be cancelled").isFalse();
        assertThat(jobs.running()).isEmpty();
    }

    @Test
    void aJobThatChecksItsMonitorStopsWithCancelledException() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        JobHandle<Integer> h = jobs.schedule(Job.of("Busy", m -> {
            started.countDown();
            int n = 0;
            try {
                while (true) {
                    m.checkCancelled(); // busy work that never sleeps, so only the monitor can stop it
                    n++;
                }
            } catch (CancelledException e) {
                thrown.set(e);
                throw e;
            }
        }));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        h.cancel();
        assertThatThrownBy(h::await).isInstanceOf(CancelledException.class);
        assertThat(thrown.get()).isInstanceOf(CancelledException.class);
        assertThat(h.progress().state()).isEqualTo(State.CANCELLED);
    }

    @Test
    void aResultReturnedAfterCancelIsDiscarded() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        JobHandle<String> h = jobs.schedule(Job.of("Stubborn", m -> {
            started.countDown();
            while (!m.isCancelled()) {
                Thread.onSpinWait();
            }
            return "done anyway";
        }));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        h.cancel();
        assertThatThrownBy(h::await).isInstanceOf(CancelledException.class);
        assertThat(h.progress().state()).isEqualTo(State.CANCELLED);
    }

    @Test
    void aFailingJobEndsFailedWithItsException() throws Exception {
        IOException boom = new IOException("disk full");
        JobHandle<Void> h = jobs.schedule(Job.of("Export", m -> {
            m.begin("Export", 2);
            m.worked(1);
            throw boom;
        }));
        assertThatThrownBy(h::await).isInstanceOf(ExecutionException.class).hasCause(boom);
        assertThatThrownBy(() -> h.result().toCompletableFuture().join()).isInstanceOf(CompletionException.class).hasCause(boom);
        assertThat(h.progress()).isEqualTo(new Progress(h.id(), "Export", 1, 2, null, State.FAILED));
        assertThat(heard.get(heard.size() - 1).state()).isEqualTo(State.FAILED);
    }

    @Test
    void aBrokenListenerDoesNotBreakTheJob() throws Exception {
        jobs.addListener((job, p) -> {
            throw new IllegalStateException("broken view");
        });
        assertThat(jobs.schedule(Job.of("Fine", m -> 42)).await()).isEqualTo(42);
        assertThat(heard).extracting(Progress::state).endsWith(State.DONE);
    }

    @Test
    void aRemovedListenerHearsNothingMore() throws Exception {
        List<Progress> other = new CopyOnWriteArrayList<>();
        org.factdesk.api.job.JobListener l = (job, p) -> other.add(p);
        jobs.addListener(l);
        jobs.removeListener(l);
        jobs.schedule(Job.of("Quiet", m -> 1)).await();
        assertThat(other).isEmpty();
        assertThat(heard).isNotEmpty();
    }

    @Test
    void listenersCanCancelTheJobTheyHearOf() throws Exception {
        jobs.addListener((job, p) -> {
            if ("stop me".equals(p.message())) {
                job.cancel();
            }
        });
        JobHandle<String> h = jobs.schedule(Job.of("Watched", m -> {
            m.message("stop me");
            m.checkCancelled();
            return "not reached";
        }));
        assertThatThrownBy(h::await).isInstanceOf(CancelledException.class);
    }

    @Test
    void deactivationCancelsRunningJobsAndRefusesNewOnes() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        JobHandle<Void> h = jobs.schedule(Job.of("Long import", m -> {
            started.countDown();
            Thread.sleep(60_000);
            return null;
        }));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        jobs.deactivate();
        assertThat(h.result().toCompletableFuture().isDone()).as("deactivation waits for the cancelled job").isTrue();
        assertThat(h.progress().state()).isEqualTo(State.CANCELLED);
        assertThatThrownBy(() -> jobs.schedule(Job.of("Late", m -> null))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void monitorNoneIsNeverCancelled() throws Exception {
        org.factdesk.api.job.Monitor.NONE.begin("x", 3);
        org.factdesk.api.job.Monitor.NONE.worked(1);
        org.factdesk.api.job.Monitor.NONE.message("y");
        assertThat(org.factdesk.api.job.Monitor.NONE.isCancelled()).isFalse();
        org.factdesk.api.job.Monitor.NONE.checkCancelled();
    }
}

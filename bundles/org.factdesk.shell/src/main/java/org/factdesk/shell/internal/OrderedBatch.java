package org.factdesk.shell.internal;

import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Work done on several threads, its results handed on in the order the work came in. At most a
 * window of results waits (twice the threads), so a batch of any size keeps a bounded number of
 * articles in memory. Results are handed on by the submitting thread: output needs no lock and
 * an output error stops the submissions at once.
 */
final class OrderedBatch<T> implements AutoCloseable {

    private final ExecutorService pool;
    private final ArrayDeque<Future<T>> pending = new ArrayDeque<>();
    private final int window;
    private final Consumer<T> next;

    /** @param threads 1 does the work on the calling thread */
    OrderedBatch(int threads, Consumer<T> next) {
        this.next = next;
        this.window = 2 * threads;
        AtomicInteger n = new AtomicInteger();
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "factdesk-batch-" + n.incrementAndGet());
            t.setDaemon(true); // a stop (SIGTERM) does not wait for a half-checked article
            return t;
        });
    }

    void submit(Callable<T> work) {
        if (pool == null) {
            next.accept(call(work));
            return;
        }
        pending.add(pool.submit(work));
        while (pending.size() > window || (!pending.isEmpty() && pending.peek().isDone())) {
            handOn();
        }
    }

    /** Waits for the work still running and hands on its results. */
    void finish() {
        while (!pending.isEmpty()) {
            handOn();
        }
    }

    private void handOn() {
        Future<T> head = pending.poll();
        T result;
        try {
            result = head.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        next.accept(result);
    }

    private static <T> T call(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}

package org.factdesk.workbench.internal;

import java.awt.AWTEvent;
import java.awt.EventQueue;
import java.awt.Toolkit;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.factdesk.workbench.api.FreezeMonitor;

/**
 * The UI-freeze monitor (after NetBeans' TimableEventQueue and Eclipse's org.eclipse.ui.monitoring):
 * an event queue pushed onto the system queue that times every event it dispatches. A watchdog
 * thread looks at the event being dispatched every few milliseconds; once it has run past the
 * threshold, the watchdog samples the event thread's stack, so the freeze is reported with where
 * the thread was while it was stuck, not where it is when it is free again.
 *
 * <p>An event that opens a modal dialog (or any secondary loop) dispatches further events inside
 * its own dispatch: that time is the user's, not a freeze; the outer event is not counted.
 */
final class FreezeWatch extends EventQueue implements FreezeMonitor {

    private final long thresholdNanos;
    private final long threshold;
    private final Consumer<Freeze> listener;
    private final AtomicLong count = new AtomicLong();
    private volatile Freeze last;
    /** The event being dispatched now (the innermost), read by the watchdog. */
    private volatile Dispatch current;
    /** Dispatches in progress, outermost first; touched on the event thread only. */
    private final Deque<Dispatch> stack = new ArrayDeque<>();
    private final Thread watchdog;
    private volatile boolean running = true;
    /** Until the workbench has opened its window, a long event is start-up work, not a freeze. */
    private volatile boolean armed;
    private final Consumer<Freeze> startup;

    private static final class Dispatch {
        final String event;
        final long start = System.nanoTime();
        final Instant at = Instant.now();
        final Thread thread = Thread.currentThread();
        volatile boolean nested;
        volatile StackTraceElement[] sample;

        Dispatch(String event) {
            this.event = event;
        }
    }

    /**
     * @param thresholdMillis an event longer than this is a freeze
     * @param listener        told of each freeze, on the event thread just after the event
     * @param startup         told of long events before {@link #arm()}: start-up, not freezes
     */
    FreezeWatch(long thresholdMillis, Consumer<Freeze> listener, Consumer<Freeze> startup) {
        this.startup = startup;
        this.threshold = thresholdMillis;
        this.thresholdNanos = thresholdMillis * 1_000_000;
        this.listener = listener;
        this.watchdog = new Thread(this::watch, "factdesk-freeze-watchdog");
        watchdog.setDaemon(true);
    }

    /** From now on a long event is a freeze (the window is open: start-up is over). */
    void arm() {
        armed = true;
    }

    /** Long events are no longer freezes (the window is closing). */
    void disarm() {
        armed = false;
    }

    boolean armed() {
        return armed;
    }

    /** Pushes this queue onto the system event queue and starts the watchdog. */
    FreezeWatch install() {
        watchdog.start();
        Toolkit.getDefaultToolkit().getSystemEventQueue().push(this);
        return this;
    }

    /** Hands dispatching back to the queue below and stops the watchdog. */
    void uninstall() {
        running = false;
        watchdog.interrupt();
        try {
            pop();
        } catch (RuntimeException e) {
            // another queue was pushed above this one, or the toolkit is gone: nothing to hand back
        }
    }

    @Override
    protected void dispatchEvent(AWTEvent event) {
        Dispatch outer = stack.peek();
        if (outer != null) {
            outer.nested = true; // a modal dialog or another secondary loop: its waiting is no freeze
        }
        Dispatch d = new Dispatch(describe(event));
        stack.push(d);
        current = d;
        try {
            super.dispatchEvent(event);
        } finally {
            stack.pop();
            current = stack.peek();
            long took = System.nanoTime() - d.start;
            if (took > thresholdNanos && !d.nested && !toolkitSync(event)) {
                StackTraceElement[] sample = d.sample;
                Freeze f = new Freeze(d.at, took / 1_000_000, d.event, sample == null ? List.of() : Arrays.asList(sample));
                if (armed) {
                    count.incrementAndGet();
                    last = f;
                }
                try {
                    (armed ? listener : startup).accept(f);
                } catch (RuntimeException e) {
                    // the listener must not break event dispatching
                }
            }
        }
    }

    /**
     * The toolkit's own sync with the X server ({@code SunToolkit.realSync}, which a test robot's
     * wait-for-idle posts): the event thread waits for the display there, not for the application.
     */
    static boolean toolkitSync(AWTEvent e) {
        return e.getClass().getName().startsWith("sun.awt.SunToolkit$");
    }

    private static String describe(AWTEvent e) {
        String s = e.getClass().getSimpleName();
        String p = e.paramString();
        if (e instanceof java.awt.event.InvocationEvent) {
            // paramString names the Runnable: which code ran
            return s + "[" + (p.length() > 200 ? p.substring(0, 200) : p) + "]";
        }
        Object src = e.getSource();
        return s + "[" + (p.length() > 120 ? p.substring(0, 120) : p) + "] on " + (src == null ? "?" : src.getClass().getName());
    }

    private void watch() {
        long period = Math.max(5, threshold / 4);
        while (running) {
            try {
                Thread.sleep(period);
            } catch (InterruptedException e) {
                return;
            }
            Dispatch d = current;
            if (d != null && d.sample == null && !d.nested && System.nanoTime() - d.start > thresholdNanos) {
                d.sample = d.thread.getStackTrace();
            }
        }
    }

    @Override
    public long thresholdMillis() {
        return threshold;
    }

    @Override
    public long freezes() {
        return count.get();
    }

    @Override
    public Optional<Freeze> last() {
        return Optional.ofNullable(last);
    }
}

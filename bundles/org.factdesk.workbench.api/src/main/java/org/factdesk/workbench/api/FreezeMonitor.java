package org.factdesk.workbench.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Watches the event dispatch thread: every event that keeps it busy for longer than
 * {@link #thresholdMillis()} is a freeze, logged (OSGi Log Service, warning) with the stack the
 * thread had while it was busy. A service the workbench provides while it runs. Its service
 * properties {@link #COUNT} and {@link #LAST} follow every freeze, so a test that sees only
 * framework types (a GUI test outside the framework) can fail on a freeze too.
 *
 * @since 1.0.0
 */
@ProviderType
public interface FreezeMonitor {

    /** Service property: the number of freezes so far (a Long). */
    String COUNT = "factdesk.freeze.count";
    /** Service property: the last freeze, in one line ({@link Freeze#toString()}); absent until one happens. */
    String LAST = "factdesk.freeze.last";

    /**
     * One freeze.
     *
     * @param at     when the event started
     * @param millis how long the event kept the thread busy
     * @param event  the event, as {@code toString()} describes it
     * @param stack  the thread's stack, sampled while it was busy; empty if no sample was taken
     */
    record Freeze(Instant at, long millis, String event, List<StackTraceElement> stack) {

        /** Copies the stack. */
        public Freeze {
            stack = List.copyOf(stack);
        }

        @Override
        public String toString() {
            return millis + " ms at " + at + " in " + event + (stack.isEmpty() ? "" : " at " + stack.get(0));
        }
    }

    /** @return how long an event may take before it counts as a freeze, in milliseconds */
    long thresholdMillis();

    /** @return the number of freezes since the workbench started */
    long freezes();

    /** @return the last freeze, or empty if none happened */
    Optional<Freeze> last();
}

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

        /** @return the first frame of the stack outside the JDK: the code that kept the thread busy; null if none */
        public StackTraceElement culprit() {
            for (StackTraceElement e : stack) {
                String c = e.getClassName();
                if (!(c.startsWith("java.") || c.startsWith("javax.") || c.startsWith("sun.") || c.startsWith("jdk.") || c.startsWith("com.sun."))) {
                    return e;
                }
            }
            return stack.isEmpty() ? null : stack.get(0);
        }

        @Override
        public String toString() {
            StackTraceElement c = culprit();
            return millis + " ms at " + at + " in " + event + (c == null ? "" : " at " + c);
        }
    }

    /** @return how long an event may take before it counts as a freeze, in milliseconds */
    long thresholdMillis();

    /** @return the number of freezes since the workbench started */
    long freezes();

    /** @return the last freeze, or empty if none happened */
    Optional<Freeze> last();
}

package org.factdesk.shell.internal;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.Set;

import org.factdesk.api.pipeline.CheckerInfo;
import org.factdesk.api.pipeline.Pipeline;

/**
 * Says on standard error which checkers are quarantined: those left out from the start of a
 * command, and each one the pipeline quarantines while it runs, once, as it happens. A checker
 * that silently vanishes from the output would look like a checker with nothing to say.
 */
final class Quarantines {

    private final Pipeline pipeline;
    private final PrintStream err;
    private final Set<String> told = new HashSet<>();

    /** Tells at once of the checkers already quarantined. */
    Quarantines(Pipeline pipeline, PrintStream err) {
        this.pipeline = pipeline;
        this.err = err;
        for (CheckerInfo c : pipeline.checkers()) {
            if (CheckerInfo.QUARANTINED.equals(c.state()) && told.add(c.id())) {
                err.println("factdesk: checker " + c.id() + " " + c.version() + " is quarantined and left out (" + c.reason()
                        + "); factdesk enable " + c.id() + " brings it back");
            }
        }
    }

    /** Tells of checkers quarantined since the last call; call after each article's output. */
    synchronized void newOnes() {
        for (CheckerInfo c : pipeline.checkers()) {
            if (CheckerInfo.QUARANTINED.equals(c.state()) && told.add(c.id())) {
                err.println("factdesk: checker " + c.id() + " " + c.version() + " is now quarantined: " + c.reason()
                        + "; the articles after this one are checked without it (factdesk enable " + c.id() + " brings it back)");
            }
        }
    }
}

package org.factdesk.api.intake;

import java.util.List;

/**
 * What an {@link Intake#read} did.
 *
 * @param sources  files, URLs and standard inputs tried, read or not, plus inputs that could not
 *                 even be listed
 * @param articles articles handed to the receiver
 * @param problems what could not be read, in order; one per failed source
 */
public record Summary(int sources, int articles, List<InputProblem> problems) {

    /** @throws NullPointerException if {@code problems} is {@code null} */
    public Summary {
        problems = List.copyOf(problems);
    }

    /** @return how many sources failed */
    public int failed() {
        return problems.size();
    }

    /** @return true if every source was read */
    public boolean ok() {
        return problems.isEmpty();
    }
}

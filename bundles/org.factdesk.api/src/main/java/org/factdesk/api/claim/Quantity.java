package org.factdesk.api.claim;

import java.util.Objects;

/**
 * A figure in a claim, normalised: {@code "$ 80 billion"} has value {@code 8.0E10} and unit
 * {@code "USD"}.
 *
 * @param text  the figure as written
 * @param start offset of the figure in the article text
 * @param end   offset just past the figure
 * @param value the normalised value
 * @param unit    ISO currency code, {@code "%"}, {@code "pp"} (percentage points), a unit word,
 *                or {@code ""} for a bare count
 * @param display the figure written the standard way, for people: {@code "$80 billion"}
 */
public record Quantity(String text, int start, int end, double value, String unit, String display) {

    /** @throws NullPointerException if {@code text}, {@code unit} or {@code display} is {@code null} */
    public Quantity {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(display, "display");
    }
}

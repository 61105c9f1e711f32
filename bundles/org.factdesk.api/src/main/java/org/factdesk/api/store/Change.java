package org.factdesk.api.store;

import java.util.Objects;

/**
 * A change to record: who made it, what kind it is, and its data as a JSON object.
 *
 * @param actor the user who made the change
 * @param type  what kind of change, for example {@code "verdict.proposed"}
 * @param data  the change's data: one JSON object, as text
 */
public record Change(String actor, String type, String data) {
    /**
     * @throws NullPointerException if a part is {@code null}
     */
    public Change {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
    }
}

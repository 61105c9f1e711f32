package org.factdesk.workbench.api;

import java.util.Objects;

/**
 * One entry of Quick Access.
 *
 * @param label  what the list shows, for example a case's claim
 * @param detail a second, quieter line (state, id ...); may be empty, never null
 * @param open   what choosing the entry does; run on the event dispatch thread (for example
 *               {@link Selection#select} and {@link Workbench#showView})
 * @since 1.0.0
 */
public record QuickAccessItem(String label, String detail, Runnable open) {

    /** @throws NullPointerException if an argument is null */
    public QuickAccessItem {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(open, "open");
    }
}

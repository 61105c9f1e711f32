package org.factdesk.api.export;

import java.util.List;
import java.util.Objects;

import org.factdesk.api.desk.CaseEvent;
import org.factdesk.api.desk.DeskRules;

/**
 * What an exporter gets: a case, the desk's rules (scale, organisation) and the case's history.
 *
 * @param subject the case
 * @param rules   the desk's rules when exported
 * @param history the case's journal history, oldest first
 */
public record FactCheck(org.factdesk.api.desk.Case subject, DeskRules rules, List<CaseEvent> history) {
    /** @throws NullPointerException if a part is {@code null} */
    public FactCheck {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(rules, "rules");
        history = List.copyOf(history);
    }
}

package org.factdesk.api.pipeline;

import java.util.List;

import org.factdesk.api.check.Cost;
import org.factdesk.api.claim.ClaimType;

/**
 * A checker as the pipeline sees it at one moment.
 *
 * @param id          the checker's id
 * @param name        display name
 * @param version     the checker's bundle version
 * @param bundle      the checker's bundle symbolic name
 * @param state       {@link #ACTIVE}, {@link #DISABLED} (by a person), {@link #QUARANTINED} (by the
 *                    pipeline, after repeated failures) or {@link #REFUSED} (its id belongs to another
 *                    bundle's checker); only active checkers run
 * @param reason      why the checker is disabled or quarantined; empty when active
 * @param types       claim types handled; empty means all
 * @param cost        how expensive it is
 * @param description one sentence, possibly empty
 */
public record CheckerInfo(String id, String name, String version, String bundle, String state, String reason,
        List<ClaimType> types, Cost cost, String description) {

    /** State of a checker that runs. */
    public static final String ACTIVE = "ACTIVE";
    /** State of a checker a person switched off. */
    public static final String DISABLED = "DISABLED";
    /** State of a checker the pipeline switched off after it failed again and again. */
    public static final String QUARANTINED = "QUARANTINED";
    /** State of a checker that claims the id of another bundle's checker: it never runs, so its findings cannot pass for the other's. */
    public static final String REFUSED = "REFUSED";

    /** Copies {@code types}. */
    public CheckerInfo {
        reason = reason == null ? "" : reason;
        types = types == null ? List.of() : List.copyOf(types);
    }
}

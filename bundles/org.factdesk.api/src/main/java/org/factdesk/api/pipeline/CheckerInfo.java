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
 * @param state       {@code "ACTIVE"} when in use
 * @param types       claim types handled; empty means all
 * @param cost        how expensive it is
 * @param description one sentence, possibly empty
 */
public record CheckerInfo(String id, String name, String version, String bundle, String state,
        List<ClaimType> types, Cost cost, String description) {

    /** Copies {@code types}. */
    public CheckerInfo {
        types = types == null ? List.of() : List.copyOf(types);
    }
}

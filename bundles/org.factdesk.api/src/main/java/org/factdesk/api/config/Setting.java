package org.factdesk.api.config;

import java.util.List;

/**
 * One setting of a configurable component, as its Metatype description states it.
 *
 * @param id           the property key
 * @param name         a human name
 * @param description  what it does; may be empty
 * @param type         {@code String}, {@code Long}, {@code Integer}, {@code Double}, {@code Boolean} ...
 * @param cardinality  0 for a single value, otherwise the most values (Integer.MAX_VALUE: unbounded)
 * @param defaults     the default values; empty when there is none
 * @param options      the allowed values, when the setting is a choice; else empty
 */
public record Setting(String id, String name, String description, String type, int cardinality, List<String> defaults,
        List<String> options) {

    public Setting {
        defaults = List.copyOf(defaults);
        options = List.copyOf(options);
    }

    /** @return true if the setting takes a list of values */
    public boolean multiple() {
        return cardinality != 0;
    }
}

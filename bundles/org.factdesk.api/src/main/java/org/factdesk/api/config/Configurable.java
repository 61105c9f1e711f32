package org.factdesk.api.config;

import java.util.List;
import java.util.Optional;

/**
 * A component whose settings are described with Metatype.
 *
 * @param pid         its configuration PID (the factory PID for a factory component)
 * @param factory     true if it runs one instance per configuration ({@code PID~NAME})
 * @param name        a human name
 * @param description what it does; may be empty
 * @param bundle      the symbolic name of the bundle it comes from
 * @param settings    its settings, in declaration order
 */
public record Configurable(String pid, boolean factory, String name, String description, String bundle, List<Setting> settings) {

    public Configurable {
        settings = List.copyOf(settings);
    }

    /**
     * @param id a setting id
     * @return that setting, or empty
     */
    public Optional<Setting> setting(String id) {
        return settings.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}

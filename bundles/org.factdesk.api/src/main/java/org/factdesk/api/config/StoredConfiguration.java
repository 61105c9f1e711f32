package org.factdesk.api.config;

import java.util.Map;
import java.util.TreeMap;

/**
 * A configuration as stored.
 *
 * @param pid        its PID ({@code FACTORY~NAME} for a factory instance)
 * @param factoryPid the factory PID, or null
 * @param properties the settings, sorted by key, without the framework's own ({@code service.pid} ...);
 *                   values are String, Long, Integer, Double, Boolean or arrays of them
 * @param origin     where it comes from: the desk file's path, or {@code "factdesk config"} for one
 *                   set with {@link DeskConfiguration#set}
 */
public record StoredConfiguration(String pid, String factoryPid, Map<String, Object> properties, String origin) {

    /** {@link #origin()} of a configuration set through {@link DeskConfiguration}. */
    public static final String SET_HERE = "factdesk config";

    public StoredConfiguration {
        properties = java.util.Collections.unmodifiableMap(new TreeMap<>(properties));
    }

    /** @return true if a desk file sets it (it is changed in that file) */
    public boolean fromDeskFile() {
        return !SET_HERE.equals(origin);
    }
}

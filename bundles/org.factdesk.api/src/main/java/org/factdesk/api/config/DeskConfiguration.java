package org.factdesk.api.config;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The configuration of the desk FactDesk runs on. Configurations last between runs: they are kept in
 * the desk's configuration folder, which also holds the desk's own files (OSGi Configurator JSON,
 * applied at every start). A configuration set by a desk file is changed in that file, not here.
 *
 * <p>A PID is either a component's configuration PID, or {@code FACTORY~NAME} for one of several
 * instances of a factory component (for example {@code org.factdesk.checker.priors~desk}).
 */
@ProviderType
public interface DeskConfiguration {

    /** @return the configuration folder, or empty when the run has none (defaults only, nothing lasts) */
    Optional<Path> folder();

    /** @return the desk's configuration files, in the order they are applied */
    List<Path> deskFiles();

    /** @return every component that describes its settings with Metatype, sorted by PID */
    List<Configurable> configurables();

    /**
     * The description of the settings a PID takes.
     *
     * @param pid a PID, or {@code FACTORY~NAME}
     * @return its component's description, or empty if no component describes that PID
     */
    Optional<Configurable> configurable(String pid);

    /** @return the stored configurations, sorted by PID */
    List<StoredConfiguration> configurations();

    /**
     * @param pid a PID, or {@code FACTORY~NAME}
     * @return its stored configuration, or empty if it has none (its component runs on defaults)
     */
    Optional<StoredConfiguration> configuration(String pid);

    /**
     * Sets settings of a configuration, creating it if needed. Each value is checked against the
     * component's Metatype description first; nothing is changed unless every value is valid.
     *
     * @param pid    a PID, or {@code FACTORY~NAME}
     * @param values setting id to its values (one for a single value, several for a list)
     * @return the configuration as stored
     * @throws SettingsException if the PID is unknown or set by a desk file, a setting is unknown, or
     *                           a value breaks its setting's rule (the message names the rule)
     */
    StoredConfiguration set(String pid, Map<String, List<String>> values) throws SettingsException;

    /**
     * Removes settings, so they take their defaults again.
     *
     * @param pid  a PID, or {@code FACTORY~NAME}
     * @param keys the setting ids
     * @return the configuration as stored
     * @throws SettingsException if the PID has no stored configuration or is set by a desk file
     */
    StoredConfiguration unset(String pid, Collection<String> keys) throws SettingsException;

    /**
     * Deletes a configuration: its component returns to its defaults (a factory instance goes away).
     *
     * @param pid a PID, or {@code FACTORY~NAME}
     * @return {@code false} if it had no configuration
     * @throws SettingsException if the configuration is set by a desk file
     */
    boolean delete(String pid) throws SettingsException;
}

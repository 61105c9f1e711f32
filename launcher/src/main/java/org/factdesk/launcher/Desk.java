package org.factdesk.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.factdesk.commandline.Globals;

/**
 * Which desk a run works on, from the global options ({@code --plugins}, {@code --workspace},
 * {@code --keys}, {@code --as}, {@code --config}, {@code --verbose}), then the environment, then defaults.
 * They must be known before the framework starts: ConfigAdmin's store and the desk's configuration
 * files are framework properties.
 *
 * <p>A desk's configuration lives in {@code <workspace>/config} unless {@code --config DIR} or
 * {@code FACTDESK_CONFIG} names another folder: it belongs to the desk (everyone working on the
 * workspace gets the same reference tables and archives), and a team can keep it elsewhere, under
 * version control, by naming it. The folder holds the desk's files ({@code *.json}, OSGi Configurator
 * format) and ConfigAdmin's store ({@code configadmin/}).
 */
record Desk(Path plugins, Path workspace, Path keys, String actor, Path config, boolean verbose) {

    /** Framework property: the desk's configuration folder, read by the configuration bundle. */
    static final String CONFIG_PROPERTY = "factdesk.config";
    /** Framework property: {@code true} shows debug diagnostics on standard error. */
    static final String VERBOSE_PROPERTY = "factdesk.verbose";
    /** ConfigAdmin's store inside the configuration folder. */
    static final String STORE = "configadmin";

    /** Commands that make or change a desk: for them the configuration folder is created if missing. */
    private static final Set<String> WRITING = Set.of("import", "user", "case", "desk", "enable", "disable", "config", "shell", "run", "gui");

    /**
     * The desk of a run: the global options given (anywhere on the command line), then the environment, then defaults.
     *
     * @throws IllegalArgumentException with a message for the user when a value is empty or names a file, not a folder
     */
    static Desk parse(Globals given, Map<String, String> env, Path defaultPlugins) {
        for (String[] option : new String[][] {{"--plugins", given.plugins()}, {"--workspace", given.workspace()}, {"--keys", given.keys()},
                {"--as", given.as()}, {"--config", given.config()}}) {
            if (option[1] != null && option[1].isBlank()) {
                throw new IllegalArgumentException(option[0] + " needs a value");
            }
        }
        Path cwd = Path.of("").toAbsolutePath();
        Path plugins = given.plugins() != null ? cwd.resolve(given.plugins()) : defaultPlugins;
        if (Files.exists(plugins) && !Files.isDirectory(plugins)) {
            throw new IllegalArgumentException("plugins directory " + plugins + " is not a directory");
        }
        Path workspace = cwd.resolve(pick(given.workspace(), env.get("FACTDESK_WORKSPACE"), "factdesk-workspace")).normalize();
        String keys = pick(given.keys(), env.get("FACTDESK_KEYS"), null);
        String config = pick(given.config(), env.get("FACTDESK_CONFIG"), null);
        Path configDir = config != null ? cwd.resolve(config).normalize() : workspace.resolve("config");
        if (Files.exists(configDir) && !Files.isDirectory(configDir)) {
            throw new IllegalArgumentException("configuration folder " + configDir + " is not a directory");
        }
        return new Desk(plugins, workspace, keys == null ? null : cwd.resolve(keys).normalize(),
                pick(given.as(), env.get("FACTDESK_USER"), null), configDir, given.verbose() || "1".equals(env.get("FACTDESK_VERBOSE")));
    }

    private static String pick(String option, String env, String otherwise) {
        return option != null ? option : env != null && !env.isBlank() ? env : otherwise;
    }

    /**
     * The framework properties for a run of {@code command}: where the workspace, keys and user are, and
     * where ConfigAdmin keeps configurations. A command that only reads uses the desk's configuration if
     * the folder exists and otherwise runs on defaults, leaving no folder behind.
     */
    Map<String, String> frameworkProperties(String command) throws IOException {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("factdesk.workspace", workspace.toString());
        if (keys != null) {
            p.put("factdesk.keys", keys.toString());
        }
        if (actor != null) {
            p.put("factdesk.user", actor);
        }
        p.put(VERBOSE_PROPERTY, String.valueOf(verbose));
        if (WRITING.contains(command)) {
            Files.createDirectories(config.resolve(STORE));
        }
        if (Files.isDirectory(config)) {
            p.put(CONFIG_PROPERTY, config.toString());
            p.put("felix.cm.dir", config.resolve(STORE).toString());
            List<Path> files = deskFiles(config);
            if (!files.isEmpty()) {
                // the OSGi Configurator applies these at every start
                p.put("configurator.initial", files.stream().map(f -> f.toUri().toString()).collect(Collectors.joining(",")));
            }
        }
        return p;
    }

    /** The desk's configuration files: {@code *.json} directly in the folder, in name order. */
    static List<Path> deskFiles(Path config) throws IOException {
        try (Stream<Path> s = Files.list(config)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f)).sorted().toList();
        }
    }
}

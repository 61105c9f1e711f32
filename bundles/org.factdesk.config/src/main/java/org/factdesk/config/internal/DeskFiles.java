package org.factdesk.config.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.felix.cm.json.io.ConfigurationReader;
import org.apache.felix.cm.json.io.Configurations;

/**
 * The desk's configuration files: {@code *.json} in the configuration folder, in OSGi Configurator
 * format. Read with the same JSON reader the Configurator uses, so what is reported here is what the
 * Configurator will do; the Configurator applies them.
 *
 * @param paths    the files, in the order they are applied
 * @param settings each PID set, with its settings as the Configurator will store them
 * @param byPid    each PID set, with the file that sets it (the last one, when several do)
 * @param problems what is wrong with them, one line each naming the file
 */
record DeskFiles(List<Path> paths, Map<String, Hashtable<String, Object>> settings, Map<String, Path> byPid, List<String> problems) {

    static final DeskFiles NONE = new DeskFiles(List.of(), Map.of(), Map.of(), List.of());

    static DeskFiles read(Path folder) {
        List<Path> paths;
        try (Stream<Path> s = Files.list(folder)) {
            paths = s.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            return new DeskFiles(List.of(), Map.of(), Map.of(), Files.exists(folder)
                    ? List.of(folder + ": cannot list the configuration folder: " + e.getMessage()) : List.of());
        }
        Map<String, Hashtable<String, Object>> settings = new LinkedHashMap<>();
        Map<String, Path> byPid = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Path f : paths) {
            Map<String, Hashtable<String, Object>> configs;
            try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                ConfigurationReader reader = Configurations.buildReader().verifyAsBundleResource(false).withIdentifier(f.toString()).build(in);
                configs = reader.readConfigurationResource().getConfigurations();
                reader.getIgnoredErrors().forEach(e -> problems.add(f + ": " + e));
            } catch (IOException e) {
                problems.add(f + ": " + explain(e.getMessage(), f) + " (the file is not applied)");
                continue;
            }
            for (Map.Entry<String, Hashtable<String, Object>> e : configs.entrySet()) {
                Path earlier = byPid.put(e.getKey(), f);
                settings.put(e.getKey(), e.getValue());
                if (earlier != null && !earlier.equals(f)) {
                    problems.add(f + ": " + e.getKey() + " is also set in " + earlier + "; files are applied in name order, " + f.getFileName() + " wins");
                }
            }
        }
        return new DeskFiles(paths, settings, byPid, problems);
    }

    private static String explain(String message, Path f) {
        String m = message == null ? "cannot read" : message.replace(f + " : ", "").replace(f.toString(), "").strip();
        if (m.contains("Missing version information")) {
            return "not an OSGi Configurator file: it starts with \":configurator:resource-version\": 1, \":configurator:symbolic-name\": \"NAME\""
                    + " and \":configurator:version\": \"1.0.0\"";
        }
        return m.replaceFirst("^Invalid JSON ", "not valid JSON: ");
    }
}

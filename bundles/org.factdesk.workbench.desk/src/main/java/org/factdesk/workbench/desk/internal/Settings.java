package org.factdesk.workbench.desk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.TreeSet;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the views remember for the user between runs: saved triage filters, dismissed cases.
 * Small strings under keys; {@link #file} keeps them in a file of the workbench's folder,
 * {@link #memory()} (tests) forgets them.
 */
public interface Settings {

    /** @return the value, if set */
    Optional<String> get(String key);

    /** @param value the value; null removes the key */
    void put(String key, String value);

    /** @return every key that starts with {@code prefix}, with its value, in key order */
    Map<String, String> all(String prefix);

    /** @return settings that last nowhere */
    static Settings memory() {
        Map<String, String> map = new ConcurrentHashMap<>();
        return new Settings() {
            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(map.get(key));
            }

            @Override
            public void put(String key, String value) {
                if (value == null) {
                    map.remove(key);
                } else {
                    map.put(key, value);
                }
            }

            @Override
            public Map<String, String> all(String prefix) {
                Map<String, String> out = new LinkedHashMap<>();
                map.keySet().stream().filter(k -> k.startsWith(prefix)).sorted().forEach(k -> out.put(k, map.get(k)));
                return out;
            }
        };
    }

    /**
     * @param file a properties file (in the workbench's folder); written whole, atomically, on each change
     * @return settings kept in that file; an unreadable file starts empty and is not overwritten until a change
     */
    static Settings file(Path file) {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            props.load(in);
        } catch (IOException | IllegalArgumentException e) {
            // nothing saved yet, or not readable (a malformed unicode escape): start empty, not half-read
            props.clear();
        }
        return new Settings() {
            @Override
            public synchronized Optional<String> get(String key) {
                return Optional.ofNullable(props.getProperty(key));
            }

            @Override
            public synchronized void put(String key, String value) {
                if (value == null) {
                    props.remove(key);
                } else {
                    props.setProperty(key, value);
                }
                try {
                    Files.createDirectories(file.getParent());
                    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
                    try (OutputStream out = Files.newOutputStream(tmp)) {
                        props.store(out, "FactDesk desk views: saved filters and dismissed cases");
                    }
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    // kept for this run; the next change writes again
                }
            }

            @Override
            public synchronized Map<String, String> all(String prefix) {
                Map<String, String> out = new LinkedHashMap<>();
                new TreeSet<>(props.stringPropertyNames()).stream().filter(k -> k.startsWith(prefix)).forEach(k -> out.put(k, props.getProperty(k)));
                return out;
            }
        };
    }
}

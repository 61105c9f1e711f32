package org.factdesk.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** The framework properties of {@code cnf/runtime.bnd} ({@code -runproperties}), bundled as a resource. */
final class RunDefinition {

    private RunDefinition() {
    }

    static Map<String, String> runProperties() {
        try (InputStream in = RunDefinition.class.getResourceAsStream("/runtime.bnd")) {
            if (in == null) {
                throw new IllegalStateException("runtime.bnd is missing from the launcher jar");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read runtime.bnd", e);
        }
    }

    /** bnd files are properties files; {@code -runproperties} is a comma-separated list of key=value, values optionally quoted. */
    static Map<String, String> parse(String bnd) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(bnd));
        Map<String, String> out = new LinkedHashMap<>();
        String list = p.getProperty("-runproperties", "");
        for (String entry : splitOutsideQuotes(list)) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                if (!entry.isBlank()) {
                    throw new IllegalArgumentException("runtime.bnd: -runproperties entry \"" + entry + "\" is not key=value");
                }
                continue;
            }
            out.put(entry.substring(0, eq).strip(), unquote(entry.substring(eq + 1).strip()));
        }
        return out;
    }

    private static List<String> splitOutsideQuotes(String s) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char quote = 0;
        for (char c : s.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                cur.append(c);
            } else if (c == '\'' || c == '"') {
                quote = c;
                cur.append(c);
            } else if (c == ',') {
                parts.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        parts.add(cur.toString().strip());
        return parts;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.charAt(0) == '\'' || v.charAt(0) == '"') && v.charAt(v.length() - 1) == v.charAt(0)) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}

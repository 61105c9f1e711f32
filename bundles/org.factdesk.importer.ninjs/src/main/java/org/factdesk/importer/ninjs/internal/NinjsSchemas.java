package org.factdesk.importer.ninjs.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;

/**
 * The IPTC ninjs JSON Schemas shipped in this bundle (MIT: see LICENSE.iptc-newsinjson and README.md next to them),
 * compiled once per version on first use. Schema references are served from the bundle only:
 * validation never goes to the network.
 */
final class NinjsSchemas {

    /** Released versions, newest first within each family. */
    static final List<String> VERSIONS = List.of("3.1", "3.0", "2.2", "2.1", "2.0",
            "1.6", "1.5", "1.4", "1.3", "1.2", "1.1", "1.0");
    /** IPTC's development schemas, used by its conformance suite ("1.x_dev", "2.x_dev"). */
    static final Map<String, String> DEV = Map.of("1.x_dev", "ninjs-schema-dev_0.2_v1.5.json",
            "2.x_dev", "ninjs-schema-dev_0.1_v2.1.json");

    private static final String PREFIX = "/org/factdesk/importer/ninjs/internal/schemas/";
    private static final Pattern SCHEMA_URL = Pattern.compile("ninjs-schema_(\\d+\\.\\d+)\\.json");
    private static final Pattern VERSION = Pattern.compile("(\\d+\\.\\d+)");
    /** 3.x renamed properties to camelCase: any of these marks a 3.x item. */
    private static final Set<String> V3 = Set.of("versionCreated", "firstCreated", "contentCreated", "pubStatus",
            "copyrightHolder", "copyrightNotice", "representationType", "altIds", "edNote", "usageTerms",
            "embargoedUntil", "infoSources", "rightsInfo", "trustIndicators", "eventDetails", "digitalSourceType",
            "plannedCoverage");
    /** 2.0 introduced plural arrays: any of these marks a 2.x (or 3.x) item. */
    private static final Set<String> V2 = Set.of("headlines", "bodies", "by", "descriptions", "people", "places",
            "organisations", "subjects", "genres", "events", "objects", "infosources", "trustindicators", "standard");

    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

    static boolean isKnown(String version) {
        return VERSIONS.contains(version) || DEV.containsKey(version);
    }

    /** The version an item declares in {@code $standard} (1.x) or {@code standard} (2.x, 3.x), or null. */
    static String declaredVersion(JsonNode item) {
        JsonNode std = item.has("standard") ? item.get("standard") : item.get("$standard");
        if (std == null || !std.isObject()) {
            return null;
        }
        JsonNode schema = std.get("schema");
        if (schema != null && schema.isTextual()) {
            Matcher m = SCHEMA_URL.matcher(schema.asText());
            if (m.find() && VERSIONS.contains(m.group(1))) {
                return m.group(1);
            }
        }
        JsonNode version = std.get("version");
        if (version != null && version.isTextual()) {
            Matcher m = VERSION.matcher(version.asText());
            if (m.find() && VERSIONS.contains(m.group(1))) {
                return m.group(1);
            }
        }
        return null;
    }

    /** Versions worth trying for an item that declares none: its family by property names, newest first. */
    static List<String> candidates(JsonNode item) {
        boolean v3 = false;
        boolean v2 = false;
        for (Iterator<String> it = item.fieldNames(); it.hasNext();) {
            String name = it.next();
            v3 |= V3.contains(name);
            v2 |= V2.contains(name);
        }
        if (v3) {
            return List.of("3.1", "3.0");
        }
        if (v2) {
            return List.of("2.2", "2.1", "2.0", "3.1");
        }
        return List.of("1.6", "1.5", "1.4", "1.3", "1.2", "1.1", "1.0");
    }

    /**
     * One way an item breaks its schema.
     *
     * @param pointer  JSON pointer (RFC 6901) to the value at fault, {@code ""} for the item itself;
     *                 for a property that is not allowed or is missing, the pointer to that property
     * @param property the item's top-level property the fault is in or about, or {@code null} if it
     *                 is about the item as a whole (a rule over several properties)
     * @param text     what is wrong, in words, naming the ninjs version
     */
    record Violation(String pointer, String property, String text) {
        @Override
        public String toString() {
            return (pointer.isEmpty() ? "/" : pointer) + ": " + text;
        }
    }

    /**
     * @return the schema violations, in the validator's order; empty if the item is valid
     */
    List<Violation> validate(String version, JsonNode item) {
        JsonSchema schema = compiled.computeIfAbsent(version, this::compile);
        Set<ValidationMessage> messages = schema.validate(item);
        Set<Violation> out = new LinkedHashSet<>();
        for (ValidationMessage m : messages) {
            out.add(violation(version, item, m));
        }
        return List.copyOf(out);
    }

    /** A validator message in words of FactDesk's own (the validator's are keywords where its texts are missing). */
    static Violation violation(String version, JsonNode item, ValidationMessage m) {
        String at = m.getInstanceLocation() == null ? "" : m.getInstanceLocation().toString();
        String type = m.getType() == null ? String.valueOf(m.getMessageKey()) : m.getType();
        Object[] args = m.getArguments() == null ? new Object[0] : m.getArguments();
        String property = m.getProperty();
        String ninjs = "ninjs " + version;
        String pointer = at;
        String text;
        switch (type) {
            case "additionalProperties", "unevaluatedProperties" -> {
                pointer = at + "/" + escape(property);
                text = "property '" + property + "' is not allowed by " + ninjs;
            }
            case "required" -> {
                String missing = property != null ? property : args.length > 0 ? String.valueOf(args[0]) : "?";
                pointer = at + "/" + escape(missing);
                text = "property '" + missing + "' is missing; " + ninjs + " requires it";
            }
            case "type" -> text = (args.length >= 2 ? "a" + article(args[0]) + " " + args[0] + " where " + ninjs + " wants a"
                    + article(args[1]) + " " + args[1] : "the wrong type of value for " + ninjs);
            case "enum" -> {
                JsonNode value = item.at(at);
                text = (value.isValueNode() ? value.toString() : "the value") + " is not one of the values " + ninjs
                        + " allows" + (args.length > 0 ? " (" + args[0] + ")" : "");
            }
            default -> {
                String said = m.getMessage() == null ? "" : m.getMessage().strip();
                int colon = said.indexOf(": ");
                if (colon >= 0 && said.substring(0, colon).equals(at)) {
                    said = said.substring(colon + 2); // the validator's own "path: message"
                }
                text = said.isEmpty() || said.equals(type) || said.equals(m.getMessageKey())
                        ? "breaks the schema's '" + type + "' rule of " + ninjs
                        : said + " (" + ninjs + ")";
            }
        }
        return new Violation(pointer, topLevel(pointer), text);
    }

    /** The first reference token of a pointer, unescaped: the top-level property it is in, or null for "". */
    private static String topLevel(String pointer) {
        if (pointer.length() < 2) {
            return null;
        }
        int end = pointer.indexOf('/', 1);
        return pointer.substring(1, end < 0 ? pointer.length() : end).replace("~1", "/").replace("~0", "~");
    }

    private static String escape(String token) {
        return token == null ? "" : token.replace("~", "~0").replace("/", "~1");
    }

    private static String article(Object word) {
        String w = String.valueOf(word);
        return !w.isEmpty() && "aeiou".indexOf(Character.toLowerCase(w.charAt(0))) >= 0 ? "n" : "";
    }

    private JsonSchema compile(String version) {
        String file = DEV.getOrDefault(version, "ninjs-schema_" + version + ".json");
        JsonNode node = draft4(load(file));
        SpecVersion.VersionFlag flag = SpecVersionDetector.detect(node);
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(flag,
                b -> b.schemaLoaders(l -> l.values(List::clear).schemas(this::byIri)));
        // Formats are annotations in the suite's eyes (bad date-times must still pass), as in IPTC's own runs.
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(false).build();
        String id = node.has("$id") ? node.get("$id").asText() : node.path("id").asText("urn:ninjs:" + version);
        return factory.getSchema(SchemaLocation.of(stripFragment(id)), node, config);
    }

    /** Serves $ref targets from the bundle: the ninjs schemas by their IPTC URLs and GeoJSON. */
    private String byIri(String iri) {
        String name = stripFragment(iri);
        name = name.substring(name.lastIndexOf('/') + 1);
        if (name.equals("GeoJSON.json")) {
            return text("GeoJSON.json");
        }
        if (name.startsWith("ninjs-schema")) {
            try {
                return mapper.writeValueAsString(draft4(load(name)));
            } catch (IOException | UncheckedIOException missing) {
                return null;
            }
        }
        return null;
    }

    private static String stripFragment(String iri) {
        int hash = iri.indexOf('#');
        return hash < 0 ? iri : iri.substring(0, hash);
    }

    private JsonNode load(String file) {
        try {
            return mapper.readTree(text(file));
        } catch (IOException e) {
            throw new UncheckedIOException("ninjs schema " + file + " is not JSON", e);
        }
    }

    private static String text(String file) {
        try (InputStream in = NinjsSchemas.class.getResourceAsStream(PREFIX + file)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("ninjs schema " + file + " is not in the bundle"));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * ninjs 1.0 is written in JSON Schema draft 3, which validators no longer implement. Its only
     * draft-3 construct is {@code "required": true} on a property; rewrite that as a draft-4 list.
     */
    static JsonNode draft4(JsonNode schema) {
        if (!schema.path("$schema").asText().contains("draft-03")) {
            return schema;
        }
        ObjectNode copy = schema.deepCopy();
        copy.put("$schema", "http://json-schema.org/draft-04/schema#");
        rewriteRequired(copy);
        return copy;
    }

    private static void rewriteRequired(JsonNode node) {
        if (node.isObject()) {
            ObjectNode obj = (ObjectNode) node;
            JsonNode props = obj.get("properties");
            if (props != null && props.isObject()) {
                ArrayNode required = null;
                for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> e = it.next();
                    JsonNode r = e.getValue().get("required");
                    if (r != null && r.isBoolean()) {
                        ((ObjectNode) e.getValue()).remove("required");
                        if (r.booleanValue()) {
                            required = required == null ? obj.putArray("required") : required;
                            required.add(e.getKey());
                        }
                    }
                }
            }
            obj.forEach(NinjsSchemas::rewriteRequired);
        } else if (node.isArray()) {
            node.forEach(NinjsSchemas::rewriteRequired);
        }
    }
}

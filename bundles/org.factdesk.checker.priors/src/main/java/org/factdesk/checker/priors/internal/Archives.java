package org.factdesk.checker.priors.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads archives of earlier fact-checks: schema.org ClaimReview JSON-LD (one object, an array or
 * an {@code @graph}), JSON lines (one object a line) and CSV with a header
 * ({@code claim,rating,url,title,date,publisher}; only {@code claim} is required).
 */
final class Archives {

    enum Format { JSON, JSON_LINES, CSV }

    static final List<String> CSV_COLUMNS = List.of("claim", "rating", "url", "title", "date", "publisher");

    // Plain ObjectMapper: no modules needed for trees, so nothing to register under OSGi.
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Archives() {
    }

    /** The format by file extension, else by the first character of the content. */
    static Format detect(String name, String text) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return Format.JSON_LINES;
        }
        if (lower.endsWith(".json") || lower.endsWith(".jsonld")) {
            return Format.JSON;
        }
        if (lower.endsWith(".csv")) {
            return Format.CSV;
        }
        String s = text.stripLeading();
        if (s.startsWith("[")) {
            return Format.JSON;
        }
        if (s.startsWith("{")) {
            long objectLines = s.lines().filter(l -> l.stripLeading().startsWith("{")).count();
            return objectLines > 1 ? Format.JSON_LINES : Format.JSON;
        }
        return Format.CSV;
    }

    /**
     * Reads one archive.
     *
     * @param name shown in errors and kept as each entry's source
     * @throws ArchiveException naming the file and line or record when the archive is malformed
     */
    static List<PriorCheck> read(String name, String text) throws ArchiveException {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<PriorCheck> out = switch (detect(name, text)) {
            case JSON -> json(name, text);
            case JSON_LINES -> jsonLines(name, text);
            case CSV -> csv(name, text);
        };
        if (out.isEmpty()) {
            throw new ArchiveException(name + ": no fact-checks found");
        }
        return out;
    }

    static List<PriorCheck> jsonLines(String name, String text) throws ArchiveException {
        List<PriorCheck> out = new ArrayList<>();
        int line = 0;
        for (String l : text.split("\n", -1)) {
            line++;
            if (l.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = MAPPER.readTree(l);
            } catch (JsonProcessingException e) {
                throw new ArchiveException(name + ":" + line + ": not a JSON object: " + brief(e));
            }
            if (node == null || !node.isObject()) {
                throw new ArchiveException(name + ":" + line + ": not a JSON object");
            }
            out.add(entry(node, name + ":" + line));
        }
        return out;
    }

    static List<PriorCheck> json(String name, String text) throws ArchiveException {
        List<PriorCheck> out = new ArrayList<>();
        try (JsonParser p = new JsonFactory(MAPPER).createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_ARRAY) {
                int i = 0;
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    int line = p.currentTokenLocation().getLineNr();
                    JsonNode node = p.readValueAsTree();
                    addReviews(node, name + ":" + line + " (record " + i++ + ")", out, true);
                }
                if (p.currentToken() != JsonToken.END_ARRAY) {
                    throw new ArchiveException(name + ":" + p.currentTokenLocation().getLineNr() + ": expected a ClaimReview object in the array");
                }
            } else if (first == JsonToken.START_OBJECT) {
                JsonNode node = p.readValueAsTree();
                JsonNode graph = node.get("@graph");
                if (graph != null && graph.isArray()) {
                    for (int i = 0; i < graph.size(); i++) {
                        addReviews(graph.get(i), name + ": @graph[" + i + "]", out, false);
                    }
                } else {
                    addReviews(node, name + ":1", out, true);
                }
            } else {
                throw new ArchiveException(name + ":1: expected a ClaimReview object, an array of them, or an @graph");
            }
            if (p.nextToken() != null) {
                throw new ArchiveException(name + ":" + p.currentTokenLocation().getLineNr()
                        + ": unexpected content after the JSON document (JSON lines need the .jsonl extension)");
            }
        } catch (JsonProcessingException e) {
            throw new ArchiveException(name + ":" + e.getLocation().getLineNr() + ": invalid JSON: " + brief(e));
        } catch (IOException e) {
            throw new ArchiveException(name + ": cannot read: " + e.getMessage());
        }
        return out;
    }

    /** Adds a ClaimReview node; other schema.org nodes of a graph (Organization ...) are skipped. */
    private static void addReviews(JsonNode node, String where, List<PriorCheck> out, boolean mustBeReview) throws ArchiveException {
        if (!node.isObject()) {
            throw new ArchiveException(where + ": expected a JSON object");
        }
        JsonNode type = node.get("@type");
        boolean review = type == null ? node.has("claimReviewed") : type.toString().contains("ClaimReview");
        if (!review) {
            if (mustBeReview) {
                throw new ArchiveException(where + ": not a ClaimReview (@type " + type + ")");
            }
            return;
        }
        out.add(entry(node, where));
    }

    /** Maps ClaimReview properties and the plain JSON-lines keys onto an entry. */
    private static PriorCheck entry(JsonNode node, String where) throws ArchiveException {
        String claim = first(node, "claimReviewed", "claim", "text");
        if (claim.isBlank()) {
            throw new ArchiveException(where + ": no claim text (expected \"claimReviewed\" or \"claim\")");
        }
        JsonNode rating = node.get("reviewRating");
        String verdict = rating != null && rating.isObject() ? first(rating, "alternateName", "name", "ratingExplanation")
                : first(node, "rating", "verdict", "reviewRating");
        return new PriorCheck(claim, verdict, first(node, "url", "@id"), first(node, "title", "headline", "name"),
                first(node, "date", "datePublished"), first(node, "publisher", "author"), where);
    }

    /** The first key present as text; an object or array yields its (first) "name". */
    private static String first(JsonNode node, String... keys) {
        for (String k : keys) {
            JsonNode v = node.get(k);
            if (v != null && v.isArray() && !v.isEmpty()) {
                v = v.get(0);
            }
            if (v != null && v.isObject()) {
                v = v.has("name") ? v.get("name") : v.get("text");
            }
            if (v != null && v.isValueNode() && !v.isNull() && !v.asText().isBlank()) {
                return v.asText().strip();
            }
        }
        return "";
    }

    private static String brief(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    static List<PriorCheck> csv(String name, String text) throws ArchiveException {
        List<Csv.Record> records = Csv.parse(text, ',', name);
        if (records.isEmpty()) {
            throw new ArchiveException(name + ": empty archive");
        }
        Map<String, Integer> col = new HashMap<>();
        List<String> header = records.get(0).fields();
        for (int i = 0; i < header.size(); i++) {
            col.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        if (!col.containsKey("claim")) {
            throw new ArchiveException(name + ":1: missing column \"claim\" (expected a header like " + String.join(",", CSV_COLUMNS) + ")");
        }
        List<PriorCheck> out = new ArrayList<>();
        for (Csv.Record r : records.subList(1, records.size())) {
            List<String> f = r.fields();
            if (f.size() == 1 && f.get(0).isBlank()) {
                continue;
            }
            if (f.size() > header.size()) {
                throw new ArchiveException(name + ":" + r.line() + ": " + f.size() + " fields but the header has " + header.size()
                        + " (quote fields that contain commas)");
            }
            String claim = get(f, col, "claim");
            if (claim.isBlank()) {
                throw new ArchiveException(name + ":" + r.line() + ": empty claim");
            }
            out.add(new PriorCheck(claim, get(f, col, "rating", "verdict"), get(f, col, "url"), get(f, col, "title"),
                    get(f, col, "date"), get(f, col, "publisher"), name + ":" + r.line()));
        }
        return out;
    }

    private static String get(List<String> f, Map<String, Integer> col, String... names) {
        for (String n : names) {
            Integer i = col.get(n);
            if (i != null && i < f.size() && !f.get(i).isBlank()) {
                return f.get(i).strip();
            }
        }
        return "";
    }

    /** RFC 4180: quoted fields may hold the delimiter, quotes ("") and line breaks. */
    static final class Csv {

        record Record(List<String> fields, int line) {
        }

        private Csv() {
        }

        static List<Record> parse(String text, char delimiter, String name) throws ArchiveException {
            List<Record> out = new ArrayList<>();
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            int line = 1;
            int recordLine = 1;
            int quoteLine = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                    }
                } else if (c == '"' && field.length() == 0) {
                    quoted = true;
                    quoteLine = line;
                } else if (c == delimiter) {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n') {
                    fields.add(field.toString());
                    field.setLength(0);
                    out.add(new Record(List.copyOf(fields), recordLine));
                    fields.clear();
                    line++;
                    recordLine = line;
                } else if (c != '\r') {
                    field.append(c);
                }
            }
            if (quoted) {
                throw new ArchiveException(name + ":" + quoteLine + ": quoted field is never closed");
            }
            if (field.length() > 0 || !fields.isEmpty()) {
                fields.add(field.toString());
                out.add(new Record(List.copyOf(fields), recordLine));
            }
            return out;
        }
    }
}

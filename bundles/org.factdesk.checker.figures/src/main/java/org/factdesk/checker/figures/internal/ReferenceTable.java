package org.factdesk.checker.figures.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reference figures read from CSV: entity, measure, period, value (or low..high), unit, and the source. */
final class ReferenceTable {

    record Row(String entity, String measure, String period, double low, double high, String unit,
            List<String> keywords, String context, String sourceTitle, String sourceUrl, String sourceDate, String table) {
    }

    static final List<String> COLUMNS = List.of("entity", "measure", "period", "value", "unit", "keywords", "context",
            "source_title", "source_url", "source_date");

    private ReferenceTable() {
    }

    /**
     * Reads a table. The header must name at least entity, measure, value, unit and source_url.
     *
     * @throws IllegalArgumentException naming the table, line and problem when a row is malformed
     */
    static List<Row> read(String name, Reader reader) throws IOException {
        List<List<String>> records = Csv.parse(new BufferedReader(reader), name);
        if (records.isEmpty()) {
            throw new IllegalArgumentException(name + ": empty reference table");
        }
        return rows(name, records.get(0), records.subList(1, records.size()), r -> name + ":" + (r + 2));
    }

    /** Rows from a header and records; {@code where} names record i for error messages. */
    private static List<Row> rows(String name, List<String> header, List<List<String>> records,
            java.util.function.IntFunction<String> where) {
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            col.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (String required : List.of("entity", "measure", "value", "unit", "source_url")) {
            if (!col.containsKey(required)) {
                throw new IllegalArgumentException(name + ":1: missing column \"" + required + "\" (expected " + COLUMNS + ")");
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < records.size(); r++) {
            List<String> rec = records.get(r);
            if (rec.size() == 1 && rec.get(0).isBlank()) {
                continue;
            }
            String value = get(rec, col, "value");
            double low;
            double high;
            try {
                int dots = value.indexOf("..");
                low = Double.parseDouble(dots < 0 ? value : value.substring(0, dots));
                high = dots < 0 ? low : Double.parseDouble(value.substring(dots + 2));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where.apply(r) + ": value \"" + value + "\" is not a number or low..high range");
            }
            if (high < low) {
                throw new IllegalArgumentException(where.apply(r) + ": range " + value + " has its high end below its low end");
            }
            String keywords = get(rec, col, "keywords");
            rows.add(new Row(get(rec, col, "entity"), get(rec, col, "measure"), get(rec, col, "period"), low, high,
                    get(rec, col, "unit"), keywords.isEmpty() ? List.of() : List.of(keywords.toLowerCase(Locale.ROOT).split("\\|")),
                    get(rec, col, "context"), get(rec, col, "source_title"), get(rec, col, "source_url"),
                    get(rec, col, "source_date"), name));
        }
        return rows;
    }

    /**
     * Reads a JSON table: an array of objects with the CSV's column names as fields; {@code value}
     * may be a number or a "low..high" string. Errors name the table and the entry.
     */
    static List<Row> readJson(String name, Reader reader) throws IOException {
        com.fasterxml.jackson.databind.JsonNode root;
        try {
            root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(reader);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var at = e.getLocation();
            throw new IllegalArgumentException(name + (at != null ? ":" + at.getLineNr() + ":" + at.getColumnNr() : "")
                    + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException(name + ": expected a JSON array of reference figures");
        }
        List<List<String>> records = new ArrayList<>();
        int i = 0;
        for (com.fasterxml.jackson.databind.JsonNode row : root) {
            i++;
            if (!row.isObject()) {
                throw new IllegalArgumentException(name + ": entry " + i + " is not an object");
            }
            List<String> cells = new ArrayList<>();
            for (String column : COLUMNS) {
                com.fasterxml.jackson.databind.JsonNode v = row.get(column);
                cells.add(v == null || v.isNull() ? "" : v.isArray() ? joinArray(v) : v.asText());
            }
            records.add(cells);
        }
        return rows(name, COLUMNS, records, r -> name + ": entry " + (r + 1));
    }

    private static String joinArray(com.fasterxml.jackson.databind.JsonNode array) {
        List<String> parts = new ArrayList<>();
        array.forEach(x -> parts.add(x.asText()));
        return String.join("|", parts);
    }

    private static String get(List<String> rec, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null || i >= rec.size() ? "" : rec.get(i).strip();
    }

    /** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
    static final class Csv {
        private Csv() {
        }

        static List<List<String>> parse(BufferedReader in, String name) throws IOException {
            List<List<String>> out = new ArrayList<>();
            List<String> record = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            int line = 1;
            int c;
            while ((c = in.read()) != -1) {
                if (quoted) {
                    if (c == '"') {
                        in.mark(1);
                        int next = in.read();
                        if (next == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            if (next != -1) {
                                in.reset();
                            }
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append((char) c);
                    }
                } else if (c == '"' && field.length() == 0) {
                    quoted = true;
                } else if (c == ',') {
                    record.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n') {
                    record.add(field.toString());
                    field.setLength(0);
                    out.add(record);
                    record = new ArrayList<>();
                    line++;
                } else if (c != '\r') {
                    field.append((char) c);
                }
            }
            if (quoted) {
                throw new IllegalArgumentException(name + ":" + line + ": quoted field is never closed");
            }
            if (field.length() > 0 || !record.isEmpty()) {
                record.add(field.toString());
                out.add(record);
            }
            return out;
        }
    }
}

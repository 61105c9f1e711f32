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
        Map<String, Integer> col = new HashMap<>();
        List<String> header = records.get(0);
        for (int i = 0; i < header.size(); i++) {
            col.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (String required : List.of("entity", "measure", "value", "unit", "source_url")) {
            if (!col.containsKey(required)) {
                throw new IllegalArgumentException(name + ":1: missing column \"" + required + "\" (expected " + COLUMNS + ")");
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> rec = records.get(r);
            if (rec.size() == 1 && rec.get(0).isBlank()) {
                continue;
            }
            int line = r + 1;
            String value = get(rec, col, "value");
            double low;
            double high;
            try {
                int dots = value.indexOf("..");
                low = Double.parseDouble(dots < 0 ? value : value.substring(0, dots));
                high = dots < 0 ? low : Double.parseDouble(value.substring(dots + 2));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + ":" + line + ": value \"" + value + "\" is not a number or low..high range");
            }
            if (high < low) {
                throw new IllegalArgumentException(name + ":" + line + ": range " + value + " has its high end below its low end");
            }
            String keywords = get(rec, col, "keywords");
            rows.add(new Row(get(rec, col, "entity"), get(rec, col, "measure"), get(rec, col, "period"), low, high,
                    get(rec, col, "unit"), keywords.isEmpty() ? List.of() : List.of(keywords.toLowerCase(Locale.ROOT).split("\\|")),
                    get(rec, col, "context"), get(rec, col, "source_title"), get(rec, col, "source_url"),
                    get(rec, col, "source_date"), name));
        }
        return rows;
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

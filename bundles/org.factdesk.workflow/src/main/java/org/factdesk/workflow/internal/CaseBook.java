package org.factdesk.workflow.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.factdesk.api.desk.Case;

/**
 * The cases, in the order they were opened. Cases read from a snapshot stay JSON text until
 * someone needs them: a command about one case decodes one case, and listing them all decodes
 * in parallel. That is what keeps opening a large workspace fast.
 */
final class CaseBook {

    /** Each value is a {@link Case} or the JSON text of one. */
    private final Map<String, Object> cases = new LinkedHashMap<>();

    Case get(String id) {
        Object c = cases.get(id);
        if (c instanceof String json) {
            Case decoded = decode(json);
            cases.put(id, decoded);
            return decoded;
        }
        return (Case) c;
    }

    void put(Case c) {
        cases.put(c.id(), c);
    }

    /** A case as JSON text, decoded on first use. */
    void putEncoded(String id, String json) {
        cases.put(id, json);
    }

    boolean isEmpty() {
        return cases.isEmpty();
    }

    /** Every case, in order; the ones still encoded are decoded on all cores. */
    List<Case> all() {
        List<Map.Entry<String, Object>> entries = new ArrayList<>(cases.entrySet());
        List<Case> decoded = entries.parallelStream().map(e -> e.getValue() instanceof String json ? decode(json) : (Case) e.getValue()).toList();
        for (Case c : decoded) {
            cases.put(c.id(), c);
        }
        return decoded;
    }

    /** Each case as one line of JSON, without decoding those that were never touched. */
    void write(StringBuilder out) throws IOException {
        for (Object c : cases.values()) {
            out.append(c instanceof String json ? json : Json.MAPPER.writeValueAsString(c)).append('\n');
        }
    }

    private static Case decode(String json) {
        try {
            return Json.MAPPER.readValue(json, Case.class);
        } catch (IOException e) {
            throw new UncheckedIOException("a case in the snapshot does not read: " + e.getMessage(), e);
        }
    }
}

package org.factdesk.shell.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.factdesk.api.article.Article;
import org.factdesk.api.check.Finding;
import org.factdesk.api.claim.Claim;
import org.factdesk.api.pipeline.ArticleReport;
import org.factdesk.api.pipeline.CheckerInfo;
import org.factdesk.api.pipeline.ClaimReport;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON contract of {@code factdesk check --json} (see docs/DESIGN's "Contracts"): article,
 * claims with their findings flattened in, checkers. Field names here are a public contract:
 * add, never rename.
 */
final class JsonReport {

    private ObjectMapper mapper;

    JsonReport() {
        // Jackson is created on first use: loading it costs more than the rest of a text-mode start-up
    }

    /**
     * The report as one JSON document and a line separator, in {@link Pieces} to print one after the other.
     * Written claim by claim rather than built as one tree first: a claim-dense article's tree took several
     * times the memory of the text it became.
     */
    List<String> write(ArticleReport report, double minScore, boolean pretty) {
        ObjectMapper mapper = mapper();
        Article a = report.article();
        ObjectNode article = mapper.createObjectNode();
        article.put("id", a.id());
        article.put("source", a.source());
        article.put("format", a.format());
        article.put("headline", a.headline());
        article.put("byline", a.byline());
        article.put("published", a.published());
        article.put("language", a.language());
        article.put("length", a.text().length());
        article.put("length_cp", a.text().codePointCount(0, a.text().length()));
        ArrayNode paragraphs = article.putArray("paragraphs");
        a.paragraphs().forEach(p -> paragraphs.addArray().add(p.start()).add(p.end()));
        article.set("metadata", mapper.valueToTree(a.metadata()));
        Pieces out = new Pieces();
        try (JsonGenerator g = mapper.createGenerator(out)) {
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            g.writeStartObject();
            g.writeFieldName("article");
            mapper.writeTree(g, article);
            g.writeStringField("extractor", report.extractor());
            g.writeArrayFieldStart("claims");
            CodePoints cp = new CodePoints(a.text());
            for (ClaimReport cr : report.claims()) {
                Claim c = cr.claim();
                if (c.score() < minScore) {
                    continue;
                }
                ObjectNode claim = mapper.valueToTree(c);
                // start/end count UTF-16 code units (Java, JavaScript); Python, Rust and Go slice by code points
                int startCp = cp.at(c.start());
                claim.put("start_cp", startCp);
                claim.put("end_cp", startCp + a.text().codePointCount(c.start(), c.end()));
                ArrayNode findings = claim.putArray("findings");
                for (Finding f : cr.findings()) {
                    findings.add(mapper.<ObjectNode>valueToTree(f));
                }
                claim.set("failures", mapper.valueToTree(cr.failures()));
                mapper.writeTree(g, claim);
            }
            g.writeEndArray();
            g.writeFieldName("checkers");
            mapper.writeTree(g, mapper.valueToTree(report.checkers()));
            g.writeEndObject();
            g.flush();
            out.write(System.lineSeparator());
            return out.pieces();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e); // to memory: cannot happen
        }
    }

    /**
     * Text kept as strings of at most {@link #SIZE} characters each: an article's JSON, tens of times the size
     * of its text, is held as compact strings (a byte a character where the characters allow) instead of char
     * buffers copied into one string and that string into another with the line separator. No piece ends
     * between the two halves of a surrogate pair, so each prints as it would within the whole.
     */
    static final class Pieces extends Writer {
        static final int SIZE = 1 << 16;
        private final List<String> pieces = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();

        @Override
        public void write(char[] chars, int off, int len) {
            while (len > 0) {
                int n = Math.min(len, SIZE - current.length());
                current.append(chars, off, n);
                off += n;
                len -= n;
                if (current.length() == SIZE) {
                    int end = Character.isHighSurrogate(current.charAt(SIZE - 1)) ? SIZE - 1 : SIZE;
                    pieces.add(current.substring(0, end));
                    current.delete(0, end);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        List<String> pieces() {
            if (!current.isEmpty()) {
                pieces.add(current.toString());
                current.setLength(0);
            }
            return List.copyOf(pieces);
        }
    }

    /**
     * {@code text.codePointCount(0, offset)}, counted on from the offset asked for before: claims come in
     * text order, so an article's offsets cost one pass over its text instead of one pass per claim.
     */
    static final class CodePoints {
        private final CharSequence text;
        private int index;
        private int count;

        CodePoints(CharSequence text) {
            this.text = text;
        }

        int at(int offset) {
            if (offset < index) {
                index = 0; // out of order: count again from the start
                count = 0;
            }
            if (offset > index) {
                count += Character.codePointCount(text, index, offset);
                if (index > 0 && Character.isSurrogatePair(text.charAt(index - 1), text.charAt(index))) {
                    count--; // the pair split at index was counted on both sides
                }
                index = offset;
            }
            return count;
        }
    }

    String checkers(List<CheckerInfo> checkers) {
        return text(mapper().valueToTree(checkers), false);
    }

    /** Any listing (records, maps, lists) as one line of JSON. */
    String value(Object value) {
        return text(mapper().valueToTree(value), false);
    }

    private synchronized ObjectMapper mapper() {
        if (mapper == null) {
            mapper = new ObjectMapper();
        }
        return mapper;
    }

    private String text(Object tree, boolean pretty) {
        ObjectMapper mapper = mapper();
        try {
            return (pretty ? mapper.writer().with(SerializationFeature.INDENT_OUTPUT) : mapper.writer()).writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}

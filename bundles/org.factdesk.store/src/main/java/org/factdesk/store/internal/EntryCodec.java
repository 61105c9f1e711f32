package org.factdesk.store.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;

import org.factdesk.api.store.JournalEntry;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One journal entry per line: {@code {"seq":..,"at":..,"actor":..,"type":..,"prev":..,"data":{..},"sig":"..","hash":".."}}
 * ({@code sig}, the actor's signature, is absent from unsigned entries).
 * The hash is the SHA-256 of the line's bytes up to {@code ,"hash":"}, which include {@code prev}:
 * that is the chain. Hashing the bytes as written, not a re-serialisation, means no canonical form
 * is needed and any edit of any byte shows.
 */
final class EntryCodec {

    static final String ZERO = "0".repeat(64);
    /** {@code ,"hash":"} + 64 hex digits + {@code "}} */
    static final int HASH_SUFFIX = 9 + 64 + 2;
    private static final byte[] HASH_KEY = ",\"hash\":\"".getBytes(StandardCharsets.US_ASCII);

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private EntryCodec() {
    }

    /** Checks that data is one JSON object and returns it on one line. */
    static String compactObject(String data) throws IllegalArgumentException {
        JsonNode node;
        try {
            node = MAPPER.readTree(data);
        } catch (IOException e) {
            throw new IllegalArgumentException("change data is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("change data must be one JSON object, not " + (node == null ? "nothing" : node.getNodeType()));
        }
        return node.toString();
    }

    /** The line for an entry, ending in a newline, and its hash. */
    static Encoded encode(long seq, Instant at, String actor, String type, String prev, String compactData) {
        return encode(seq, at, actor, type, prev, compactData, null);
    }

    /** The line for an entry with the actor's signature ({@code null}: unsigned). */
    static Encoded encode(long seq, Instant at, String actor, String type, String prev, String compactData, String signature) {
        StringBuilder b = new StringBuilder(96 + compactData.length());
        b.append("{\"seq\":").append(seq).append(",\"at\":\"").append(at).append("\",\"actor\":\"");
        JsonStringEncoder enc = JsonStringEncoder.getInstance();
        b.append(enc.quoteAsString(actor)).append("\",\"type\":\"").append(enc.quoteAsString(type));
        b.append("\",\"prev\":\"").append(prev).append("\",\"data\":").append(compactData);
        if (signature != null) {
            b.append(",\"sig\":\"").append(enc.quoteAsString(signature)).append('"');
        }
        byte[] body = b.toString().getBytes(StandardCharsets.UTF_8);
        String hash = sha256(body, 0, body.length);
        byte[] tail = (",\"hash\":\"" + hash + "\"}\n").getBytes(StandardCharsets.US_ASCII);
        byte[] line = new byte[body.length + tail.length];
        System.arraycopy(body, 0, line, 0, body.length);
        System.arraycopy(tail, 0, line, body.length, tail.length);
        return new Encoded(new JournalEntry(seq, at, actor, type, compactData, prev, hash, signature), line);
    }

    record Encoded(JournalEntry entry, byte[] line) {
    }

    /**
     * Decodes and checks one line (without its newline) at bytes {@code [from, to)}.
     *
     * @throws BadEntry naming what does not hold
     */
    static JournalEntry decode(byte[] buf, int from, int to) throws BadEntry {
        int n = to - from;
        if (n < HASH_SUFFIX + 2 || buf[to - 1] != '}' || buf[to - 2] != '"' || !regionEquals(buf, to - HASH_SUFFIX, HASH_KEY)) {
            throw new BadEntry("is not a complete journal entry (no hash at its end)");
        }
        String hash = new String(buf, to - 66, 64, StandardCharsets.US_ASCII);
        String actual = sha256(buf, from, n - HASH_SUFFIX);
        if (!actual.equals(hash)) {
            throw new BadEntry("does not match its hash: its content was changed after it was written");
        }
        String line = new String(buf, from, n, StandardCharsets.UTF_8);
        long seq = -1;
        String at = null, actor = null, type = null, prev = null, data = null, sig = null;
        try (JsonParser p = FACTORY.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new BadEntry("is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                switch (field) {
                    case "seq" -> seq = p.getLongValue();
                    case "at" -> at = p.getText();
                    case "actor" -> actor = p.getText();
                    case "type" -> type = p.getText();
                    case "prev" -> prev = p.getText();
                    case "sig" -> sig = p.getText();
                    case "data" -> {
                        if (t != JsonToken.START_OBJECT) {
                            throw new BadEntry("has data that is not a JSON object");
                        }
                        int start = (int) p.currentTokenLocation().getCharOffset();
                        p.skipChildren();
                        int end = (int) p.currentLocation().getCharOffset();
                        data = line.substring(start, end);
                    }
                    case "hash" -> {
                    }
                    default -> p.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new BadEntry("is not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (seq < 1 || at == null || actor == null || type == null || prev == null || data == null) {
            throw new BadEntry("lacks one of seq, at, actor, type, prev, data");
        }
        try {
            return new JournalEntry(seq, Instant.parse(at), actor, type, data, prev, hash, sig);
        } catch (DateTimeParseException e) {
            throw new BadEntry("has a time that is not ISO-8601: " + at);
        }
    }

    static String sha256(byte[] b, int off, int len) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(b, off, len);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static boolean regionEquals(byte[] buf, int at, byte[] what) {
        if (at < 0) {
            return false;
        }
        for (int i = 0; i < what.length; i++) {
            if (buf[at + i] != what[i]) {
                return false;
            }
        }
        return true;
    }

    /** A line that is not a valid entry; the message completes "entry N ...". */
    static final class BadEntry extends Exception {
        private static final long serialVersionUID = 1L;

        BadEntry(String message) {
            super(message, null, false, false);
        }
    }
}

package org.factdesk.store.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A snapshot file: one header line (the journal position it belongs to and the state's SHA-256),
 * then the state. It is used only if the journal entry it names is still there with the same
 * hash, so a snapshot can never stand in for a journal that says something else. Only its header
 * is held: the state is read when it is used, and checked a chunk at a time, so listing the
 * snapshots of a large workspace costs no memory.
 */
record SnapshotFile(Path file, long seq, String hash, long entryStart, long end, String stateSha, long stateAt, String damage) {

    static void write(Path dir, long seq, String hash, long entryStart, long end, byte[] state) throws IOException {
        Files.createDirectories(dir);
        String header = "{\"seq\":" + seq + ",\"hash\":\"" + hash + "\",\"entryStart\":" + entryStart + ",\"end\":" + end
                + ",\"stateSha256\":\"" + EntryCodec.sha256(state, 0, state.length) + "\"}\n";
        Files2.writeAtomically(dir.resolve(String.format("%020d.snap", seq)), header.getBytes(StandardCharsets.US_ASCII), state);
    }

    /** The header; a header past 64 KiB is no header of ours. */
    static SnapshotFile read(Path file) throws IOException {
        byte[] head;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(64 << 10);
        }
        int nl = 0;
        while (nl < head.length && head[nl] != '\n') {
            nl++;
        }
        try {
            if (nl == head.length) {
                throw new IOException("no end of header");
            }
            JsonNode h = FileJournal.json(head, 0, nl);
            return new SnapshotFile(file, h.path("seq").asLong(-1), h.path("hash").asText(""), h.path("entryStart").asLong(-1),
                    h.path("end").asLong(-1), h.path("stateSha256").asText(""), nl + 1, null);
        } catch (IOException e) {
            return new SnapshotFile(file, -1, "", -1, -1, "", 0, "has an unreadable header");
        }
    }

    /** The state, read now. */
    byte[] state() throws IOException {
        try (FileChannel c = FileChannel.open(file)) {
            return Files2.read(c, stateAt, c.size());
        }
    }

    private String stateSha256() throws IOException {
        try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 20)) {
            in.skipNBytes(stateAt);
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 20];
            for (int n; (n = in.read(buf)) > 0;) {
                md.update(buf, 0, n);
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** Empty if the snapshot is whole and belongs to this journal; else why not. */
    Optional<String> matches(FileChannel journal, long journalSize) throws IOException {
        if (damage != null) {
            return Optional.of(damage);
        }
        if (seq < 1 || entryStart < 0 || end <= entryStart || end > journalSize) {
            return Optional.of("points past the end of the journal (entry " + seq + ")");
        }
        if (!stateSha256().equals(stateSha)) {
            return Optional.of("is damaged: its state does not match its checksum");
        }
        byte[] line = Files2.read(journal, entryStart, end);
        if (line.length == 0 || line[line.length - 1] != '\n') {
            return Optional.of("does not point at a journal entry");
        }
        try {
            var e = EntryCodec.decode(line, 0, line.length - 1);
            if (e.seq() != seq || !e.hash().equals(hash)) {
                return Optional.of("was taken at entry " + seq + " (" + ChainScan.abbrev(hash) + "), which the journal no longer has");
            }
        } catch (EntryCodec.BadEntry bad) {
            return Optional.of("points at journal entry " + seq + ", which " + bad.getMessage());
        }
        return Optional.empty();
    }
}

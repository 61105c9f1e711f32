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
 * hash, so a snapshot can never stand in for a journal that says something else.
 */
record SnapshotFile(Path file, long seq, String hash, long entryStart, long end, String stateSha, byte[] state, String damage) {

    static void write(Path dir, long seq, String hash, long entryStart, long end, byte[] state) throws IOException {
        Files.createDirectories(dir);
        String header = "{\"seq\":" + seq + ",\"hash\":\"" + hash + "\",\"entryStart\":" + entryStart + ",\"end\":" + end
                + ",\"stateSha256\":\"" + EntryCodec.sha256(state, 0, state.length) + "\"}\n";
        Files2.writeAtomically(dir.resolve(String.format("%020d.snap", seq)), header.getBytes(StandardCharsets.US_ASCII), state);
    }

    static SnapshotFile read(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        int nl = 0;
        while (nl < all.length && all[nl] != '\n') {
            nl++;
        }
        try {
            JsonNode h = FileJournal.json(all, 0, nl);
            byte[] state = java.util.Arrays.copyOfRange(all, Math.min(nl + 1, all.length), all.length);
            return new SnapshotFile(file, h.path("seq").asLong(-1), h.path("hash").asText(""), h.path("entryStart").asLong(-1),
                    h.path("end").asLong(-1), h.path("stateSha256").asText(""), state, null);
        } catch (IOException e) {
            return new SnapshotFile(file, -1, "", -1, -1, "", new byte[0], "has an unreadable header");
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
        if (!EntryCodec.sha256(state, 0, state.length).equals(stateSha)) {
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

package org.factdesk.workflow.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * What a person's key folder has seen of each workspace, as git keeps its refs: the desk's root
 * key and the last head verified. It lives outside the workspace, so whoever can rewrite a
 * workspace cannot rewrite what its members remember of it: a journal shorter than a head seen,
 * another entry at that place, or another root is tampering.
 */
final class Seen {

    /**
     * One workspace as last verified.
     *
     * @param path        where it was opened
     * @param founding    the hash of its entry 1, which names it wherever it is copied
     * @param root        the fingerprint of the founding admin's key
     * @param seq         the last entry verified
     * @param hash        that entry's hash
     * @param snapshotSeq the snapshot verified against the journal (0: none)
     * @param snapshotSha the SHA-256 of that snapshot's state
     * @param signed      whether signed entries were seen by then (unsigned ones may no longer follow)
     * @param at          when
     */
    record Pin(String path, String founding, String root, long seq, String hash, long snapshotSeq, String snapshotSha, boolean signed, Instant at) {
    }

    static final String FILE = "seen.json";

    private final Path file;
    /** The records as read when this desk was opened: read before the journal, so a writer's newer record cannot run ahead of what a reader read. */
    private final List<Pin> atOpening;

    Seen(Path keys) {
        this.file = keys.resolve(FILE);
        this.atOpening = all();
    }

    Path file() {
        return file;
    }

    /** The pin for a workspace, found by its founding entry or, if that was rewritten, by its place. */
    Optional<Pin> find(Path workspace, String founding) {
        String where = where(workspace);
        List<Pin> all = atOpening;
        Optional<Pin> byFounding = all.stream().filter(p -> founding != null && founding.equals(p.founding())).findFirst();
        return byFounding.isPresent() ? byFounding : all.stream().filter(p -> p.path().equals(where)).findFirst();
    }

    /** Records a workspace as verified; an older record of it (by founding entry or place) is replaced. Only if the folder exists: a reader without keys leaves no trace. */
    void put(Pin pin) {
        Path dir = file.getParent();
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Pin> all = new ArrayList<>();
        for (Pin p : all()) {
            if (!p.path().equals(pin.path()) && !p.founding().equals(pin.founding())) {
                all.add(p);
            }
        }
        all.add(pin);
        Path tmp = dir.resolve(FILE + ".tmp-" + ProcessHandle.current().pid());
        try {
            Files.write(tmp, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(all));
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the record is a safeguard; failing to keep it must not fail the command
            }
        }
    }

    private List<Pin> all() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Json.MAPPER.readValue(file.toFile(), new TypeReference<List<Pin>>() {
            });
        } catch (IOException e) {
            // read as a new key folder's: a damaged record must not stop every command
            return List.of();
        }
    }

    static String where(Path workspace) {
        return workspace.toAbsolutePath().normalize().toString();
    }
}

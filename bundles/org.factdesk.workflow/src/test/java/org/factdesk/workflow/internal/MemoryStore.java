package org.factdesk.workflow.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.factdesk.api.store.AuditReport;
import org.factdesk.api.store.Change;
import org.factdesk.api.store.Journal;
import org.factdesk.api.store.JournalEntry;
import org.factdesk.api.store.Snapshot;
import org.factdesk.api.store.StoreException;
import org.factdesk.api.store.WorkspaceStore;

/**
 * A store that keeps workspaces in memory, standing in for "another store" (a team database):
 * the workflow must work on it unchanged. Hashes are fake; it checks nothing.
 */
final class MemoryStore implements WorkspaceStore {

    private final Map<Path, List<JournalEntry>> journals = new HashMap<>();
    private final Map<Path, Map<String, byte[]>> documents = new HashMap<>();
    private final Map<Path, Snapshot> snapshots = new HashMap<>();

    @Override
    public Journal open(Path location, Access access, boolean create) throws StoreException {
        if (!journals.containsKey(location) && !create) {
            throw new StoreException(StoreException.Reason.NOT_FOUND, "no workspace " + location, null);
        }
        List<JournalEntry> entries = journals.computeIfAbsent(location, k -> new ArrayList<>());
        Map<String, byte[]> docs = documents.computeIfAbsent(location, k -> new HashMap<>());
        return new Journal() {
            @Override
            public Path location() {
                return location;
            }

            @Override
            public boolean readOnly() {
                return access == Access.READ_ONLY;
            }

            @Override
            public List<JournalEntry> append(List<Change> changes) {
                List<JournalEntry> out = new ArrayList<>();
                for (Change c : changes) {
                    Instant at = Instant.now();
                    String sig = c.signer() == null ? null : c.signer().sign(JournalEntry.signedBytes(entries.size() + 1, at, c.actor(), c.type(), lastHash(), c.data()));
                    JournalEntry e = new JournalEntry(entries.size() + 1, at, c.actor(), c.type(), c.data(), lastHash(),
                            "h" + (entries.size() + 1), sig);
                    entries.add(e);
                    out.add(e);
                }
                return out;
            }

            @Override
            public long lastSeq() {
                return entries.size();
            }

            @Override
            public String lastHash() {
                return entries.isEmpty() ? "h0" : entries.get(entries.size() - 1).hash();
            }

            @Override
            public Optional<Snapshot> snapshot() {
                return Optional.ofNullable(snapshots.get(location));
            }

            @Override
            public void saveSnapshot(long seq, byte[] state) {
                snapshots.put(location, new Snapshot(seq, "h" + seq, state));
            }

            @Override
            public void replay(long afterSeq, Consumer<JournalEntry> sink) {
                entries.stream().filter(e -> e.seq() > afterSeq).forEach(sink);
            }

            @Override
            public void putDocument(String name, byte[] content) {
                docs.put(name, content.clone());
            }

            @Override
            public Optional<byte[]> document(String name) {
                return Optional.ofNullable(docs.get(name));
            }

            @Override
            public AuditReport verify() {
                return new AuditReport(true, entries.size(), lastHash(), 0, "", List.of("memory: nothing to check"));
            }

            @Override
            public List<String> notices() {
                return List.of();
            }

            @Override
            public void close() {
            }
        };
    }
}

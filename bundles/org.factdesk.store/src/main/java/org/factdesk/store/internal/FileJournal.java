package org.factdesk.store.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.factdesk.api.store.AuditReport;
import org.factdesk.api.store.Change;
import org.factdesk.api.store.Journal;
import org.factdesk.api.store.JournalEntry;
import org.factdesk.api.store.Snapshot;
import org.factdesk.api.store.StoreException;
import org.factdesk.api.store.StoreException.Reason;
import org.factdesk.api.store.WorkspaceStore.Access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A workspace directory:
 * <pre>
 * workspace.json       marks the directory as a workspace
 * journal.log          one entry per line, hash-chained, appended and fsync'd before acknowledging
 * journal.head         the last acknowledged entry (catches entries cut off the end)
 * workspace.lock       held by the one writer
 * snapshots/           state at a journal position, for fast opening
 * documents/           imported articles
 * set-aside/           torn last entries found after a crash, kept for inspection
 * </pre>
 */
final class FileJournal implements Journal {

    static final String MARKER = "workspace.json";
    private static final Pattern DOCUMENT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Characters of entry data kept from opening for the first replay; beyond, the replay reads the journal again. */
    static final long TAIL_KEPT = 32L << 20;

    private final Path dir;
    private final Path journalFile;
    private final boolean readOnly;
    private final List<String> notices = new ArrayList<>();
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final FileChannel journal;
    private final FileChannel head;

    /** Held while writing a group of commits, taking a snapshot or closing. */
    private final ReentrantLock commitLock = new ReentrantLock();
    /** Commits waiting for the next group; also the monitor committers wait on. */
    private final List<Pending> queue = new ArrayList<>();
    /** Whether a committer is writing a group (guarded by {@link #queue}). */
    private boolean writing;

    private volatile long lastSeq;
    private volatile String lastHash;
    private long lastEntryStart;
    private long end;
    private Snapshot snapshot;
    private long snapshotEnd;
    private long snapshotEntryStart;
    /** The entries after the snapshot read while opening, kept for the first replay. */
    private List<JournalEntry> openedTail;
    private volatile boolean closed;

    private FileJournal(Path dir, boolean readOnly, FileChannel lockChannel, FileLock lock) throws IOException {
        this.dir = dir;
        this.readOnly = readOnly;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.journalFile = dir.resolve("journal.log");
        this.journal = readOnly ? FileChannel.open(journalFile, StandardOpenOption.READ)
                : FileChannel.open(journalFile, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.CREATE);
        Path headFile = dir.resolve("journal.head");
        this.head = readOnly ? (Files.exists(headFile) ? FileChannel.open(headFile, StandardOpenOption.READ) : null)
                : FileChannel.open(headFile, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.CREATE);
    }

    static FileJournal open(Path dir, Access access, boolean create) throws StoreException {
        boolean readOnly = access == Access.READ_ONLY;
        if (!Files.exists(dir.resolve(MARKER))) {
            if (!create || readOnly) {
                throw new StoreException(Reason.NOT_FOUND, dir + " is not a FactDesk workspace (no " + MARKER + ")", null);
            }
            createWorkspace(dir);
        }
        FileChannel lockChannel = null;
        FileLock lock = null;
        FileJournal j = null;
        try {
            if (!readOnly) {
                lockChannel = FileChannel.open(dir.resolve("workspace.lock"), StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                try {
                    lock = lockChannel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock == null) {
                    String holder = new String(Files2.read(lockChannel, 0, Math.min(lockChannel.size(), 512)), StandardCharsets.UTF_8).trim();
                    lockChannel.close();
                    throw new StoreException(Reason.LOCKED, "workspace " + dir + " is open for writing in another FactDesk"
                            + (holder.isEmpty() ? "" : " (" + holder + ")") + "; only one writer at a time (readers may open it read-only)", null);
                }
                String me = "process " + ManagementFactory.getRuntimeMXBean().getName() + ", since " + Instant.now();
                lockChannel.truncate(0);
                Files2.writeFully(lockChannel, ByteBuffer.wrap(me.getBytes(StandardCharsets.UTF_8)));
            }
            j = new FileJournal(dir, readOnly, lockChannel, lock);
            j.load();
            return j;
        } catch (IOException | UncheckedIOException e) {
            closeQuietly(j, lockChannel);
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            throw new StoreException(Reason.IO, "cannot open workspace " + dir + ": " + Files2.why(io), e);
        } catch (StoreException e) {
            closeQuietly(j, lockChannel);
            throw e;
        }
    }

    private static void closeQuietly(FileJournal j, FileChannel lockChannel) {
        try {
            if (j != null) {
                j.closeFiles();
            } else if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException ignored) {
            // already failing with a better message
        }
    }

    /** The desk's configuration folder inside a workspace (see the launcher); not the store's. */
    static final String CONFIG = "config";

    private static void createWorkspace(Path dir) throws StoreException {
        try {
            Files.createDirectories(dir);
            try (Stream<Path> s = Files.list(dir)) {
                // the desk's configuration folder may come first: a desk is configured before its first import
                if (s.anyMatch(p -> !p.getFileName().toString().startsWith(".") && !(p.getFileName().toString().equals(CONFIG) && Files.isDirectory(p)))) {
                    throw new StoreException(Reason.NOT_FOUND, dir + " is not empty and not a FactDesk workspace; choose an empty or new directory", null);
                }
            }
            Files.createDirectories(dir.resolve("snapshots"));
            Files.createDirectories(dir.resolve("documents"));
            Files.createFile(dir.resolve("journal.log"));
            Files2.writeAtomically(dir.resolve(MARKER), ("{\"format\":\"factdesk-workspace\",\"version\":1,\"created\":\"" + Instant.now() + "\"}\n")
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StoreException(Reason.IO, "cannot create workspace " + dir + ": " +Files2.why(e), e);
        }
    }

    /** Finds the newest usable snapshot, checks the journal after it, and sets aside a torn last entry. */
    private void load() throws IOException, StoreException {
        // A reader reads up to the head committed when it started: the head first, then the journal,
        // which holds at least every entry up to it. What a writer appends meanwhile is not read.
        Optional<Head.Mark> committed = readOnly ? committedHead() : Optional.empty();
        List<SnapshotFile> snapshots = snapshotFiles();
        long size = journal.size(); // after listing the snapshots: each one's entries are then in the journal read
        for (SnapshotFile s : snapshots) {
            Optional<String> why = s.matches(journal, size);
            if (why.isEmpty()) {
                snapshot = new Snapshot(s.seq(), s.hash(), s.state());
                snapshotEnd = s.end();
                snapshotEntryStart = s.entryStart();
                break;
            }
            notices.add("snapshot " + s.file().getFileName() + " not used: " + why.get());
        }
        if (readOnly && snapshot != null && (committed.isEmpty() || committed.get().seq() < snapshot.seq())) {
            committed = committedHead(); // a snapshot taken since: its entry is committed, and so is a newer head
            size = journal.size();
        }
        long lastWanted = committed.map(Head.Mark::seq).orElse(Long.MAX_VALUE);
        long base = snapshot == null ? 0 : snapshotEnd;
        Optional<Head.Mark> mark = readOnly ? committed : head == null ? Optional.empty() : Head.read(head);
        long markSeq = mark.map(Head.Mark::seq).orElse(-1L);
        String[] atMark = {null};
        // the entries after the snapshot are kept for the first replay, unless there are too many to hold
        List<JournalEntry> tail = new ArrayList<>();
        long[] kept = {0};
        ChainScan.Result r = ChainScan.scan(journal, base, size, snapshot == null ? 0 : snapshot.seq(),
                snapshot == null ? EntryCodec.ZERO : snapshot.hash(), e -> {
                    if (e.seq() == markSeq) {
                        atMark[0] = e.hash();
                    }
                    kept[0] += e.data().length();
                    if (kept[0] <= TAIL_KEPT) {
                        tail.add(e);
                    } else if (!tail.isEmpty()) {
                        tail.clear();
                    }
                }, lastWanted);
        if (!r.clean()) {
            if (!r.torn()) {
                String msg = "journal of workspace " + dir + ": entry " + r.badSeq() + " " + r.problem();
                if (!readOnly) {
                    throw new StoreException(Reason.CORRUPT, msg + ". It was not changed; run `factdesk audit verify`, and open it read-only to see the state", null);
                }
                notices.add(msg + "; showing the state up to entry " + r.lastSeq());
            } else {
                // Only a write no one was told about may be set aside: an entry the head acknowledges, or one
                // after entries whose head is gone, was damaged later, and is evidence.
                Optional<Head.Mark> acked = head == null ? Optional.empty() : Head.read(head);
                boolean neverAcknowledged = acked.isPresent() ? acked.get().seq() < r.badSeq() : r.lastSeq() == 0;
                if (!neverAcknowledged) {
                    String msg = "journal of workspace " + dir + ": entry " + r.badSeq() + " " + r.problem().replace(" (a torn write, never acknowledged)", "")
                            + (acked.isPresent() ? ", and journal.head says it was acknowledged: it was damaged after it was written"
                                    : ", and journal.head is missing or unreadable: it may have been acknowledged");
                    if (!readOnly) {
                        throw new StoreException(Reason.CORRUPT, msg + ". It was not changed; restore the workspace from a copy (factdesk audit verify)", null);
                    }
                    notices.add(msg + "; showing the state up to entry " + r.lastSeq());
                } else if (readOnly) {
                    notices.add("entry " + r.badSeq() + " " + r.problem() + "; the next writer will set it aside");
                } else {
                    setAside(r.goodEnd(), size, r.badSeq());
                    size = r.goodEnd();
                }
            }
        }
        lastSeq = r.lastSeq();
        lastHash = r.lastHash();
        lastEntryStart = r.lastEntryStart() >= 0 ? r.lastEntryStart() : (snapshot != null ? snapshotEntryStart : 0);
        end = r.goodEnd();
        openedTail = kept[0] <= TAIL_KEPT ? tail : null;
        if (mark.isPresent() && mark.get().seq() > lastSeq) {
            String msg = "journal of workspace " + dir + " ends at entry " + lastSeq + " but entry " + mark.get().seq()
                    + " was acknowledged: entries " + (lastSeq + 1) + ".." + mark.get().seq() + " are missing (the journal was cut off or replaced)";
            if (!readOnly) {
                throw new StoreException(Reason.CORRUPT, msg + ". It was not changed; run `factdesk audit verify`", null);
            }
            notices.add(msg);
        } else if (mark.isPresent()) {
            long seq = mark.get().seq();
            String found = snapshot != null && seq == snapshot.seq() ? snapshot.hash() : atMark[0];
            if (found != null && !found.equals(mark.get().hash())) {
                String msg = "journal of workspace " + dir + ": entry " + seq + " is not the entry that was acknowledged (the journal was rewritten)";
                if (!readOnly) {
                    throw new StoreException(Reason.CORRUPT, msg + ". It was not changed; run `factdesk audit verify`", null);
                }
                notices.add(msg);
            }
        }
    }

    /** The head as committed, read again if it was caught being rewritten (its checksum then fails). */
    private Optional<Head.Mark> committedHead() throws IOException {
        if (head == null) {
            return Optional.empty();
        }
        Optional<Head.Mark> m = Head.read(head);
        for (int i = 0; i < 3 && m.isEmpty() && head.size() >= Head.SIZE; i++) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            m = Head.read(head);
        }
        return m;
    }

    /** Moves the bytes of a torn last entry into set-aside/ (synced) before cutting them off the journal. */
    private void setAside(long from, long size, long seq) throws IOException {
        byte[] torn = Files2.read(journal, from, size);
        Path aside = dir.resolve("set-aside");
        Files.createDirectories(aside);
        Path file = aside.resolve("journal-entry-" + seq + "-torn-" + Instant.now().toString().replace(':', '-') + ".bin");
        Files2.writeAtomically(file, torn);
        journal.truncate(from);
        journal.force(true);
        notices.add("the last journal entry (" + seq + ") was incomplete: a write cut short by a crash, never acknowledged; its "
                + torn.length + " bytes were set aside in " + dir.relativize(file));
    }

    @Override
    public Path location() {
        return dir;
    }

    @Override
    public boolean readOnly() {
        return readOnly;
    }

    @Override
    public long lastSeq() {
        return lastSeq;
    }

    @Override
    public String lastHash() {
        return lastHash;
    }

    @Override
    public List<String> notices() {
        return List.copyOf(notices);
    }

    @Override
    public Optional<Snapshot> snapshot() {
        return Optional.ofNullable(snapshot);
    }

    /** A commit waiting for its group. */
    private static final class Pending {
        final List<Change> changes;
        final List<String> data;
        List<JournalEntry> entries;
        StoreException failure;
        boolean done;

        Pending(List<Change> changes, List<String> data) {
            this.changes = changes;
            this.data = data;
        }
    }

    @Override
    public List<JournalEntry> append(List<Change> changes) throws StoreException {
        if (readOnly) {
            throw new StoreException(Reason.READ_ONLY, "workspace " + dir + " is open read-only", null);
        }
        List<String> data = new ArrayList<>(changes.size());
        for (Change c : changes) {
            try {
                data.add(EntryCodec.compactObject(c.data()));
            } catch (IllegalArgumentException e) {
                throw new StoreException(Reason.IO, "change " + c.type() + " by " + c.actor() + ": " + e.getMessage(), e);
            }
        }
        Pending mine = new Pending(List.copyOf(changes), data);
        // Group commit: one committer at a time writes everything queued so far with one fsync; the
        // others wait on the queue and are woken when their commit is written (or become the next writer).
        List<Pending> group = null;
        boolean interrupted = false;
        synchronized (queue) {
            queue.add(mine);
            while (!mine.done) {
                if (!writing) {
                    writing = true;
                    group = new ArrayList<>(queue);
                    queue.clear();
                    break;
                }
                try {
                    queue.wait();
                } catch (InterruptedException e) {
                    // The current writer may be writing this commit: wait for the outcome, then keep the interrupt.
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (group != null) {
            commitLock.lock();
            try {
                writeGroup(group);
            } finally {
                commitLock.unlock();
                synchronized (queue) {
                    writing = false;
                    queue.notifyAll();
                }
            }
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
        return mine.entries;
    }

    private void writeGroup(List<Pending> group) {
        if (closed) {
            StoreException e = new StoreException(Reason.IO, "workspace " + dir + " is closed", null);
            group.forEach(p -> {
                p.failure = e;
                p.done = true;
            });
            return;
        }
        long seq = lastSeq;
        String hash = lastHash;
        long start = end;
        long entryStart = lastEntryStart;
        Instant now = Instant.now();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        List<List<JournalEntry>> results = new ArrayList<>();
        List<Pending> written = new ArrayList<>();
        for (Pending p : group) {
            // a commit whose signer fails is not written; the others in the group are
            java.io.ByteArrayOutputStream mine = new java.io.ByteArrayOutputStream();
            List<JournalEntry> entries = new ArrayList<>(p.changes.size());
            long s = seq;
            String h = hash;
            long lastStart = entryStart;
            try {
                for (int i = 0; i < p.changes.size(); i++) {
                    Change c = p.changes.get(i);
                    String data = p.data.get(i);
                    String signature = c.signer() == null ? null : c.signer().sign(JournalEntry.signedBytes(s + 1, now, c.actor(), c.type(), h, data));
                    EntryCodec.Encoded e = EntryCodec.encode(++s, now, c.actor(), c.type(), h, data, signature);
                    lastStart = start + out.size() + mine.size();
                    mine.writeBytes(e.line());
                    h = e.entry().hash();
                    entries.add(e.entry());
                }
            } catch (RuntimeException e) {
                p.failure = new StoreException(Reason.IO, "cannot sign the entry: " + e.getMessage() + "; nothing of this change was recorded", e);
                p.done = true;
                continue;
            }
            out.writeBytes(mine.toByteArray());
            seq = s;
            hash = h;
            entryStart = lastStart;
            results.add(entries);
            written.add(p);
        }
        try {
            journal.position(start);
            Files2.writeFully(journal, ByteBuffer.wrap(out.toByteArray()));
            journal.force(false);
        } catch (IOException e) {
            StoreException failure = new StoreException(Reason.IO, "cannot write to the journal of " + dir + ": " + Files2.why(e), e);
            try {
                journal.truncate(start);
            } catch (IOException ignored) {
                // the next open sets a partial entry aside
            }
            written.forEach(p -> {
                p.failure = failure;
                p.done = true;
            });
            return;
        }
        lastSeq = seq;
        lastHash = hash;
        lastEntryStart = entryStart;
        end = start + out.size();
        for (int i = 0; i < written.size(); i++) {
            written.get(i).entries = results.get(i);
            written.get(i).done = true;
        }
        try {
            Head.write(head, seq, hash);
        } catch (IOException e) {
            notices.add("could not update journal.head: " + e);
        }
    }

    @Override
    public void saveSnapshot(long seq, byte[] state) throws StoreException {
        if (readOnly) {
            throw new StoreException(Reason.READ_ONLY, "workspace " + dir + " is open read-only", null);
        }
        commitLock.lock();
        try {
            if (seq != lastSeq || seq == 0) {
                throw new StoreException(Reason.IO, "a snapshot must include every entry (last is " + lastSeq + ", not " + seq + ")", null);
            }
            SnapshotFile.write(dir.resolve("snapshots"), seq, lastHash, lastEntryStart, end, state);
            snapshot = new Snapshot(seq, lastHash, state);
            snapshotEnd = end;
            snapshotEntryStart = lastEntryStart;
            // Keep the two newest: one spare if the newest is damaged.
            List<SnapshotFile> all = snapshotFiles();
            for (int i = 2; i < all.size(); i++) {
                Files.deleteIfExists(all.get(i).file());
            }
        } catch (IOException e) {
            throw new StoreException(Reason.IO, "cannot write a snapshot in " + dir.resolve("snapshots") + ": " +Files2.why(e), e);
        } finally {
            commitLock.unlock();
        }
    }

    private List<SnapshotFile> snapshotFiles() throws IOException {
        Path snaps = dir.resolve("snapshots");
        if (!Files.isDirectory(snaps)) {
            return List.of();
        }
        List<SnapshotFile> all = new ArrayList<>();
        try (Stream<Path> s = Files.list(snaps)) {
            for (Path p : (Iterable<Path>) s.filter(p -> p.getFileName().toString().endsWith(".snap"))::iterator) {
                all.add(SnapshotFile.read(p));
            }
        }
        all.sort(Comparator.comparingLong(SnapshotFile::seq).reversed());
        return all;
    }

    @Override
    public void replay(long afterSeq, Consumer<JournalEntry> sink) throws StoreException {
        List<JournalEntry> tail = openedTail;
        long snapSeq = snapshot == null ? 0 : snapshot.seq();
        if (tail != null && afterSeq == snapSeq && (tail.isEmpty() ? lastSeq == snapSeq : tail.get(tail.size() - 1).seq() == lastSeq)) {
            openedTail = null;
            tail.forEach(sink);
            return;
        }
        try {
            ChainScan.scan(journal, 0, end, 0, EntryCodec.ZERO, e -> {
                if (e.seq() > afterSeq) {
                    sink.accept(e);
                }
            }, lastSeq);
        } catch (IOException e) {
            throw new StoreException(Reason.IO, "cannot read the journal of " + dir + ": " +Files2.why(e), e);
        }
    }

    @Override
    public void putDocument(String name, byte[] content) throws StoreException {
        if (readOnly) {
            throw new StoreException(Reason.READ_ONLY, "workspace " + dir + " is open read-only", null);
        }
        try {
            Path docs = dir.resolve("documents");
            Files.createDirectories(docs);
            Files2.writeAtomically(docs.resolve(checkName(name)), content);
        } catch (IOException e) {
            throw new StoreException(Reason.IO, "cannot store document " + name + " in " + dir + ": " +Files2.why(e), e);
        }
    }

    @Override
    public Optional<byte[]> document(String name) throws StoreException {
        try {
            return Optional.of(Files.readAllBytes(dir.resolve("documents").resolve(checkName(name))));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StoreException(Reason.IO, "cannot read document " + name + " in " + dir + ": " +Files2.why(e), e);
        }
    }

    private static String checkName(String name) {
        if (!DOCUMENT_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a document name: \"" + name + "\" (letters, digits, '.', '-', '_')");
        }
        return name;
    }

    @Override
    public AuditReport verify() {
        List<String> checks = new ArrayList<>();
        try {
            // as in load(): a reader checks up to the head committed when it started, not the entry being written
            Optional<Head.Mark> mark = readOnly ? committedHead() : head == null ? Optional.empty() : Head.read(head);
            long size = journal.size();
            long[] count = {0};
            long lastWanted = readOnly ? mark.map(Head.Mark::seq).orElse(Long.MAX_VALUE) : Long.MAX_VALUE;
            String[] atMark = {null};
            ChainScan.Result r = ChainScan.scan(journal, 0, size, 0, EntryCodec.ZERO, e -> {
                count[0]++;
                if (mark.isPresent() && e.seq() == mark.get().seq()) {
                    atMark[0] = e.hash();
                }
            }, lastWanted);
            checks.add(count[0] + " entries: hashes, sequence and chain links checked");
            if (!r.clean() && !(r.torn() && (mark.isEmpty() || mark.get().seq() < r.badSeq()))) {
                return new AuditReport(false, count[0], r.lastHash(), r.badSeq(), "entry " + r.badSeq() + " " + r.problem(), checks);
            }
            if (!r.clean()) {
                checks.add("entry " + r.badSeq() + " " + r.problem() + "; the next writer sets it aside");
            }
            if (mark.isEmpty()) {
                checks.add(r.lastSeq() == 0 ? "no head record yet" : "no readable head record: cannot tell whether entries were cut off the end");
            } else if (mark.get().seq() > r.lastSeq()) {
                return new AuditReport(false, count[0], r.lastHash(), r.lastSeq() + 1, "entries " + (r.lastSeq() + 1) + ".." + mark.get().seq()
                        + " are missing: the journal ends at entry " + r.lastSeq() + " but entry " + mark.get().seq() + " was acknowledged (cut off)", checks);
            } else {
                if (atMark[0] != null && !atMark[0].equals(mark.get().hash())) {
                    return new AuditReport(false, count[0], r.lastHash(), mark.get().seq(), "entry " + mark.get().seq()
                            + " is not the entry that was acknowledged (its hash differs from the head record): the journal was rewritten from there", checks);
                }
                checks.add("head record: entry " + mark.get().seq() + " present with its hash");
            }
            for (SnapshotFile s : snapshotFiles()) {
                if (readOnly && s.seq() > r.lastSeq() && r.clean()) {
                    checks.add("snapshot at entry " + s.seq() + " was taken by a writer while this check ran: not checked");
                    continue;
                }
                Optional<String> why = s.matches(journal, size);
                if (why.isPresent()) {
                    return new AuditReport(false, count[0], r.lastHash(), s.seq(), "snapshot " + s.file().getFileName() + " " + why.get(), checks);
                }
                checks.add("snapshot at entry " + s.seq() + " matches the journal");
            }
            Path aside = dir.resolve("set-aside");
            if (Files.isDirectory(aside)) {
                try (Stream<Path> s = Files.list(aside)) {
                    long n = s.count();
                    if (n > 0) {
                        checks.add(n + " torn entr" + (n == 1 ? "y" : "ies") + " set aside after crashes, in set-aside/ (never acknowledged)");
                    }
                }
            }
            return new AuditReport(true, count[0], r.lastHash(), 0, "", checks);
        } catch (IOException e) {
            return new AuditReport(false, 0, EntryCodec.ZERO, 1, "cannot read the journal: " + e, checks);
        }
    }

    @Override
    public void close() throws StoreException {
        commitLock.lock();
        try {
            if (!closed) {
                closed = true;
                closeFiles();
            }
        } catch (IOException e) {
            throw new StoreException(Reason.IO, "cannot close workspace " + dir + ": " +Files2.why(e), e);
        } finally {
            commitLock.unlock();
        }
    }

    private void closeFiles() throws IOException {
        try {
            journal.close();
            if (head != null) {
                head.close();
            }
        } finally {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        }
    }

    /** JSON helper for snapshot headers. */
    static JsonNode json(byte[] b, int off, int len) throws IOException {
        return MAPPER.readTree(b, off, len);
    }
}

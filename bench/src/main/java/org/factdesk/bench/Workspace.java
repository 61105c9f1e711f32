package org.factdesk.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.factdesk.api.article.Article;
import org.factdesk.api.article.Paragraph;
import org.factdesk.api.check.Evidence;
import org.factdesk.api.check.Finding;
import org.factdesk.api.check.Provenance;
import org.factdesk.api.check.Stance;
import org.factdesk.api.claim.Attribution;
import org.factdesk.api.claim.Claim;
import org.factdesk.api.claim.ClaimType;
import org.factdesk.api.claim.Quantity;
import org.factdesk.api.desk.Case;
import org.factdesk.api.desk.CaseDesk;
import org.factdesk.api.desk.CaseState;
import org.factdesk.api.desk.DeskSession;
import org.factdesk.api.desk.Role;
import org.factdesk.api.desk.Source;
import org.factdesk.api.pipeline.ArticleReport;
import org.factdesk.api.pipeline.ClaimReport;
import org.factdesk.api.store.AuditReport;
import org.factdesk.api.store.Change;
import org.factdesk.api.store.Journal;
import org.factdesk.api.store.JournalEntry;
import org.factdesk.api.store.WorkspaceStore;
import org.factdesk.api.store.WorkspaceStore.Access;
import org.factdesk.store.internal.FileWorkspaceStore;
import org.factdesk.workflow.internal.DeskService;
import org.factdesk.measure.DocsSection;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code bench/workspace [--events N] [--rounds N] [--warmups N] [--window-ms N] [--opens N] [--out FILE]}: the
 * embedded workspace (org.factdesk.store) and the workflow on it (org.factdesk.workflow), as plain objects on the
 * class path, in a scratch directory under bench/target:
 * <ol>
 * <li>acknowledged commits per second: {@code Journal.append} of one change (fsync'd before it returns) with 1, 8
 * and 32 committer threads (group commit), against a plain {@code FileChannel.write} + {@code force(false)} loop of
 * the same bytes; and workflow commits ({@code DeskSession} propose / reject), one thread. Time windows,
 * configurations interleaved round by round after warm-up rounds;</li>
 * <li>the time to open a workspace of {@code --events} journal entries ({@code CaseDesk.open} read-only,
 * {@code cases()}, {@code close()}) with the snapshot written at close and with the snapshots removed (full replay),
 * each in {@code --opens} fresh JVMs started with the factdesk script's JVM options.</li>
 * </ol>
 * Rewrites only the {@code workspace} section of docs/benchmarks.md (or of {@code --out}).
 */
public final class Workspace {

    static final String SECTION = "workspace";
    static final String HEADING = "## Workspace: commits and opening";
    /** Targets: acknowledged commits per second (every committer count), and opening in under a second. */
    static final double COMMITS_PER_SECOND = 200;
    static final double OPEN_MS = 1000;
    static final int[] COMMITTERS = {1, 8, 32};
    /** Later opens in each fresh JVM, after its first one. */
    static final int MORE_OPENS = 2;
    /** Used when the factdesk script's OPTS line cannot be found. */
    private static final String SCRIPT_OPTS = "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss1m -Xms32m -XX:MaxRAMPercentage=25";
    private static final String USAGE = "usage: bench/workspace [--events N] [--rounds N] [--warmups N] [--window-ms N] [--opens N] [--out FILE]";

    /** A verdict as a checker writes one: the rationale and one source, about 400 bytes of JSON. */
    static final String RATIONALE = "Microsoft said it would spend about $80 billion in fiscal 2025 on AI data centres; "
            + "the claim has the right figure but the wrong period.";
    static final List<Source> SOURCES = List.of(new Source("https://blogs.microsoft.com/on-the-issues/2025/01/03/the-golden-opportunity-for-american-ai/",
            "Brad Smith: Microsoft is on track to invest about $80 billion in FY2025", LocalDate.of(2025, 2, 1)));
    static final String COMMENT = "Name the fiscal year in the rationale, and link the 10-Q filing rather than the blog post.";
    /** The change of the commit benchmark, shaped like the workflow's verdict.proposed data. */
    static final String CHANGE_DATA = "{\"caseId\":\"C-17\",\"rating\":\"mostly-true\",\"rationale\":\"" + RATIONALE
            + "\",\"sources\":[{\"location\":\"" + SOURCES.get(0).location() + "\",\"shows\":\"" + SOURCES.get(0).shows()
            + "\",\"accessed\":\"2025-02-01\"}]}";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Workspace() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--open-child")) {
            openChild(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            return;
        }
        int events = 100_000;
        int rounds = 6;
        int warmups = 1;
        int windowMs = 1000;
        int opens = 5;
        Path root = Path.of(System.getProperty("factdesk.bench.root", "")).toAbsolutePath().normalize();
        Path out = root.resolve("docs/benchmarks.md");
        for (int i = 0; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            try {
                switch (args[i]) {
                    case "--events" -> events = Integer.parseInt(value);
                    case "--rounds" -> rounds = Integer.parseInt(value);
                    case "--warmups" -> warmups = Integer.parseInt(value);
                    case "--window-ms" -> windowMs = Integer.parseInt(value);
                    case "--opens" -> opens = Integer.parseInt(value);
                    case "--out" -> out = Path.of(value).toAbsolutePath();
                    default -> throw new IllegalArgumentException(args[i]);
                }
            } catch (IllegalArgumentException e) {
                System.err.println(USAGE);
                System.exit(2);
            }
        }
        if (events < 1000 || rounds < 1 || warmups < 0 || windowMs < 100 || opens < 1) {
            System.err.println(USAGE + "\n(at least 1000 events, one round, 100 ms windows and one open)");
            System.exit(2);
        }
        StringBuilder command = new StringBuilder("bench/workspace");
        for (String a : args) {
            command.append(' ').append(a);
        }
        Path target = Files.createDirectories(root.resolve("bench/target"));
        Path scratch = Files.createTempDirectory(target, "workspace-");
        long started = System.nanoTime();
        try {
            Workspace.Report r = new Report();
            r.command = command.toString();
            r.date = ZonedDateTime.now(ZoneOffset.UTC);
            r.loadBefore = Bench.loadAverage();
            r.machine = machine(scratch);
            System.err.println("bench: workspace commits, " + warmups + " warm-up + " + rounds + " rounds of " + windowMs + " ms windows");
            r.commits = commits(scratch, warmups, rounds, windowMs);
            System.err.println("bench: building a workspace of " + events + " events");
            r.built = build(scratch.resolve("open-ws"), scratch.resolve("open-keys"), events);
            List<String> jvm = scriptOptions(root);
            r.jvmOptions = String.join(" ", jvm);
            System.err.println("bench: opening it with its snapshot, " + opens + " fresh JVMs");
            r.withSnapshot = opens(jvm, r.built, opens);
            Path aside = Files.createDirectories(scratch.resolve("snapshots-aside"));
            try (Stream<Path> snaps = Files.list(r.built.ws.resolve("snapshots"))) {
                for (Path p : snaps.toList()) {
                    Files.move(p, aside.resolve(p.getFileName()));
                }
            }
            System.err.println("bench: opening it without snapshots (full replay), " + opens + " fresh JVMs");
            r.fullReplay = opens(jvm, r.built, opens);
            r.loadAfter = Bench.loadAverage();
            r.seconds = (System.nanoTime() - started) / 1e9;
            r.warmups = warmups;
            r.rounds = rounds;
            r.windowMs = windowMs;
            r.opens = opens;
            String section = r.markdown(root);
            Files.createDirectories(out.toAbsolutePath().getParent());
            DocsSection.write(out, SECTION, section);
            System.out.print(r.summary());
            System.out.println("bench: wrote section " + SECTION + " of " + out);
        } finally {
            Util.deleteTree(scratch);
        }
    }

    // ------------------------------------------------------------------------------------------------
    // 1. Commits

    /** One configuration of the commit rounds: commits per second of one window. */
    private interface Load {
        double run(long windowNanos) throws Exception;
    }

    /** A measured configuration and, for journal ones, the entries each measured window wrote. */
    static final class Config {
        final String name;
        final int threads;
        final Load load;
        final Samples rate = new Samples();
        final Samples ratio = new Samples();
        final Samples perSync = new Samples();
        final List<long[]> windows = new ArrayList<>();

        Config(String name, int threads, Load load) {
            this.name = name;
            this.threads = threads;
            this.load = load;
        }
    }

    /** What the commit rounds measured. */
    static final class Commits {
        Config raw;
        List<Config> journal = new ArrayList<>();
        Config workflow;
        int dataBytes;
        int lineBytes;
    }

    static Commits commits(Path scratch, int warmups, int rounds, int windowMs) throws Exception {
        Commits c = new Commits();
        WorkspaceStore store = new FileWorkspaceStore();
        Path ws = scratch.resolve("commit-ws");
        Change change = new Change("ana", "verdict.proposed", CHANGE_DATA);
        c.dataBytes = CHANGE_DATA.getBytes(StandardCharsets.UTF_8).length;
        DeskService desk = new DeskService(store);
        try (Journal journal = store.open(ws, Access.WRITE, true);
                FileChannel raw = FileChannel.open(scratch.resolve("raw-fsync.log"), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                DeskSession session = desk.open(scratch.resolve("workflow-ws"), scratch.resolve("workflow-keys"), Access.WRITE)) {
            journal.append(List.of(change));
            byte[] journalBytes = Files.readAllBytes(ws.resolve("journal.log"));
            byte[] line = java.util.Arrays.copyOf(journalBytes, indexOf(journalBytes, (byte) '\n') + 1);
            c.lineBytes = line.length;
            c.raw = new Config("raw", 1, window -> rawRate(raw, line, window));
            for (int n : COMMITTERS) {
                c.journal.add(new Config("journal", n, window -> journalRate(journal, change, n, window)));
            }
            Workflow wf = new Workflow(session, 50);
            c.workflow = new Config("workflow", 1, wf::rate);
            List<Config> all = new ArrayList<>();
            all.add(c.raw);
            all.addAll(c.journal);
            all.add(c.workflow);
            long window = TimeUnit.MILLISECONDS.toNanos(windowMs);
            for (int round = 0; round < warmups + rounds; round++) {
                Map<Config, Double> measured = new LinkedHashMap<>();
                for (Config k : all) {
                    long from = journal.lastSeq();
                    measured.put(k, k.load.run(window));
                    if (round >= warmups && c.journal.contains(k)) {
                        k.windows.add(new long[] {from, journal.lastSeq()});
                    }
                }
                if (round >= warmups) {
                    double base = measured.get(c.raw);
                    measured.forEach((k, rate) -> {
                        k.rate.add(rate);
                        k.ratio.add(rate / base);
                    });
                }
                System.err.printf(Locale.ROOT, "bench:   %s: %s%n", round < warmups ? "warm-up" : "round " + (round - warmups + 1),
                        String.join(", ", measured.entrySet().stream().map(m -> String.format(Locale.ROOT, "%s %d %.0f/s",
                                m.getKey().name, m.getKey().threads, m.getValue())).toList()));
            }
            groupSizes(journal, c.journal);
        }
        return c;
    }

    static double rawRate(FileChannel raw, byte[] line, long window) throws IOException {
        long t0 = System.nanoTime();
        long deadline = t0 + window;
        long n = 0;
        while (System.nanoTime() < deadline) {
            ByteBuffer b = ByteBuffer.wrap(line);
            while (b.hasRemaining()) {
                raw.write(b);
            }
            raw.force(false);
            n++;
        }
        return n / ((System.nanoTime() - t0) / 1e9);
    }

    /** {@code threads} committers appending one change each, again and again, until the window closes. */
    static double journalRate(Journal journal, Change change, int threads, long window) throws Exception {
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        long[] counts = new long[threads];
        long[] deadline = new long[1];
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> committers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int me = i;
            Thread t = new Thread(() -> {
                try {
                    ready.countDown();
                    go.await();
                    List<Change> one = List.of(change);
                    while (System.nanoTime() < deadline[0]) {
                        journal.append(one);
                        counts[me]++;
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "committer-" + i);
            committers.add(t);
            t.start();
        }
        ready.await();
        long t0 = System.nanoTime();
        deadline[0] = t0 + window;
        go.countDown();
        for (Thread t : committers) {
            t.join();
        }
        long elapsed = System.nanoTime() - t0;
        if (failure.get() != null) {
            throw new IllegalStateException("a committer failed: " + failure.get(), failure.get());
        }
        long total = 0;
        for (long n : counts) {
            total += n;
        }
        return total / (elapsed / 1e9);
    }

    /**
     * Commits per fsync of each measured window: the journal stamps every entry of a group with the group's one
     * time, so runs of equal times are the groups.
     */
    static void groupSizes(Journal journal, List<Config> configs) throws Exception {
        TreeMap<Long, long[]> groups = new TreeMap<>();
        Map<Long, Config> owner = new HashMap<>();
        for (Config k : configs) {
            for (long[] w : k.windows) {
                groups.put(w[0] + 1, new long[] {w[1], 0});
                owner.put(w[0] + 1, k);
            }
        }
        Instant[] previous = new Instant[1];
        long[] previousSeq = {-1};
        journal.replay(0, e -> {
            Map.Entry<Long, long[]> w = groups.floorEntry(e.seq());
            if (w != null && e.seq() <= w.getValue()[0]) {
                if (e.seq() == w.getKey() || previousSeq[0] != e.seq() - 1 || !e.at().equals(previous[0])) {
                    w.getValue()[1]++;
                }
            }
            previous[0] = e.at();
            previousSeq[0] = e.seq();
        });
        for (Map.Entry<Long, long[]> w : groups.entrySet()) {
            long entries = w.getValue()[0] - w.getKey() + 1;
            owner.get(w.getKey()).perSync.add(w.getValue()[1] == 0 ? Double.NaN : (double) entries / w.getValue()[1]);
        }
    }

    /** Workflow commits: propose a verdict, reject it, over {@code cases} cases in review, one thread. */
    static final class Workflow {
        private final DeskSession session;
        private final List<String> cases = new ArrayList<>();
        private final boolean[] proposed;
        private int next;

        Workflow(DeskSession s, int articles) throws Exception {
            this.session = s;
            people(s);
            for (int i = 0; i < articles; i++) {
                for (Case c : s.importArticle("ana", report(1_000_000 + i), 0.5, url(i), "Mint")) {
                    s.select("ana", c.id());
                    s.assign("ana", c.id(), "ana");
                    cases.add(c.id());
                }
            }
            proposed = new boolean[cases.size()];
        }

        double rate(long window) throws Exception {
            long t0 = System.nanoTime();
            long deadline = t0 + window;
            long n = 0;
            while (System.nanoTime() < deadline) {
                int i = next++ % cases.size();
                if (proposed[i]) {
                    session.reject("ben", cases.get(i), COMMENT);
                } else {
                    session.propose("ana", cases.get(i), "mostly-true", RATIONALE, SOURCES);
                }
                proposed[i] = !proposed[i];
                n++;
            }
            return n / ((System.nanoTime() - t0) / 1e9);
        }
    }

    // ------------------------------------------------------------------------------------------------
    // 2. A workspace of N events

    /** The built workspace and what it holds. */
    static final class Built {
        Path ws;
        Path keys;
        long entries;
        int articles;
        int cases;
        Map<String, Integer> types = new TreeMap<>();
        long journalBytes;
        long snapshotBytes;
        long snapshotSeq;
        double buildSeconds;
        double reopenMs;
        String digest;
        long rejections;
        AuditReport audit;
        double auditMs;
    }

    /**
     * Real workflow first: three people, {@code events / 50} article imports (two cases each, the articles stored as
     * documents) and one select / assign / propose / reject through {@link DeskSession}. Then, so that building takes
     * seconds rather than one fsync per event, the remaining events are appended through the journal in batches:
     * copies of those four real events' data (Jackson's output, as the workflow writes it) with the case id, the
     * rejected verdict's entry hash, and a draft / round number changed: select and assign every case, then rounds
     * of propose-all / reject-all. Reopening it through the workflow checks that it folds, and writes the snapshot.
     */
    static Built build(Path ws, Path keys, int events) throws Exception {
        Built b = new Built();
        b.ws = ws;
        b.keys = keys;
        long t0 = System.nanoTime();
        WorkspaceStore store = new FileWorkspaceStore();
        CaseDesk desk = new DeskService(store);
        b.articles = events / 50;
        List<String> ids = new ArrayList<>();
        try (DeskSession s = desk.open(ws, keys, Access.WRITE)) {
            people(s);
            for (int i = 0; i < b.articles; i++) {
                s.importArticle("ana", report(i), 0.5, url(i), "Mint").forEach(c -> ids.add(c.id()));
            }
            s.select("ana", ids.get(0));
            s.assign("ana", ids.get(0), "ana");
            s.propose("ana", ids.get(0), "mostly-true", RATIONALE, SOURCES);
            s.reject("ben", ids.get(0), COMMENT);
        }
        b.cases = ids.size();
        try (Journal j = store.open(ws, Access.WRITE, false)) {
            Map<String, JournalEntry> template = new HashMap<>();
            j.replay(0, e -> template.put(e.type(), e));
            List<String> rest = ids.subList(1, ids.size());
            append(j, events, rest, id -> change(template.get("case.selected"), id, null));
            append(j, events, rest, id -> change(template.get("case.assigned"), id, null));
            for (int round = 1; j.lastSeq() < events; round++) {
                int r = round;
                List<JournalEntry> proposed = append(j, events, ids, id -> change(template.get("verdict.proposed"), id,
                        n -> n.put("rationale", n.path("rationale").asText() + " (draft " + (r + 1) + ")")));
                Map<String, String> verdict = new HashMap<>();
                for (int i = 0; i < proposed.size(); i++) {
                    verdict.put(ids.get(i), proposed.get(i).hash());
                }
                append(j, events, ids.subList(0, proposed.size()), id -> change(template.get("verdict.rejected"), id,
                        n -> n.put("verdict", verdict.get(id)).put("comment", n.path("comment").asText() + " (round " + (r + 1) + ")")));
            }
            b.entries = j.lastSeq();
            j.replay(0, e -> b.types.merge(e.type(), 1, Integer::sum));
        }
        b.buildSeconds = (System.nanoTime() - t0) / 1e9;
        // Reopen through the workflow: every copied event must fold; closing writes the snapshot at the last entry.
        long r0 = System.nanoTime();
        try (DeskSession s = desk.open(ws, keys, Access.WRITE)) {
            List<Case> cases = s.cases();
            b.reopenMs = (System.nanoTime() - r0) / 1e6;
            b.digest = digest(cases);
            b.rejections = cases.stream().mapToLong(c -> c.rejections().size()).sum();
            long rejected = b.types.getOrDefault("verdict.rejected", 0);
            if (cases.size() != b.cases || b.rejections != rejected
                    || cases.stream().anyMatch(c -> !"ana".equals(c.assignee()) || c.state() == CaseState.DETECTED)) {
                throw new IllegalStateException("the built workspace does not fold as built: " + cases.size() + " cases (" + b.cases
                        + " opened), " + b.rejections + " rejections (" + rejected + " recorded)");
            }
            long a0 = System.nanoTime();
            b.audit = s.audit();
            b.auditMs = (System.nanoTime() - a0) / 1e6;
            if (!b.audit.intact()) {
                throw new IllegalStateException("the built workspace does not verify: " + b.audit.problem());
            }
        }
        b.journalBytes = Files.size(ws.resolve("journal.log"));
        try (Stream<Path> snaps = Files.list(ws.resolve("snapshots"))) {
            Path newest = snaps.filter(p -> p.getFileName().toString().endsWith(".snap")).max(Path::compareTo)
                    .orElseThrow(() -> new IllegalStateException("closing the workspace wrote no snapshot"));
            b.snapshotBytes = Files.size(newest);
            b.snapshotSeq = Long.parseLong(newest.getFileName().toString().replace(".snap", ""));
        }
        if (b.snapshotSeq != b.entries) {
            throw new IllegalStateException("the newest snapshot is at entry " + b.snapshotSeq + ", not at the last entry " + b.entries);
        }
        System.err.printf(Locale.ROOT, "bench:   %d entries, %d cases, built in %.1f s; journal %.1f MB, snapshot %.1f MB%n", b.entries,
                b.cases, b.buildSeconds, b.journalBytes / 1e6, b.snapshotBytes / 1e6);
        return b;
    }

    /** Appends one change per id, in batches of 1000 (one fsync each), stopping at {@code limit} entries in all. */
    private static List<JournalEntry> append(Journal j, long limit, List<String> ids, Function<String, Change> change) throws Exception {
        List<JournalEntry> written = new ArrayList<>();
        int n = (int) Math.max(0, Math.min(ids.size(), limit - j.lastSeq()));
        for (int from = 0; from < n; from += 1000) {
            List<Change> batch = new ArrayList<>();
            for (String id : ids.subList(from, Math.min(n, from + 1000))) {
                batch.add(change.apply(id));
            }
            written.addAll(j.append(batch));
        }
        return written;
    }

    /** A copy of a real entry's change for another case, edited by {@code edit} (or not). */
    private static Change change(JournalEntry template, String caseId, java.util.function.Consumer<ObjectNode> edit) {
        try {
            ObjectNode n = (ObjectNode) JSON.readTree(template.data());
            n.put("caseId", caseId);
            if (edit != null) {
                edit.accept(n);
            }
            return new Change(template.actor(), template.type(), JSON.writeValueAsString(n));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a case list shows, hashed: equal for the same state however it was loaded. */
    static String digest(List<Case> cases) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (Case c : cases) {
            md.update((c.id() + "|" + c.state() + "|" + c.assignee() + "|" + (c.verdict() == null ? "" : c.verdict().entry()) + "|"
                    + c.rejections().size() + "|" + c.claims().size() + "|" + c.suggestions().size() + "|" + c.updated() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(md.digest()).substring(0, 16);
    }

    // ------------------------------------------------------------------------------------------------
    // 3. Opening it, in fresh JVMs

    /** What the fresh JVMs measured: each one's first open, and its later ones. */
    static final class Opens {
        final Samples first = new Samples();
        final Samples later = new Samples();
        final Samples process = new Samples();
        final Samples store = new Samples();
        String digest;
        String cases;
    }

    static Opens opens(List<String> jvmOptions, Built b, int n) throws Exception {
        Opens o = new Opens();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        for (int i = 0; i < n; i++) {
            List<String> cmd = new ArrayList<>();
            cmd.add(java.toString());
            cmd.addAll(jvmOptions);
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Workspace.class.getName(), "--open-child", b.ws.toString(),
                    b.keys.toString(), String.valueOf(MORE_OPENS)));
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", cmd) + " failed:\n" + stdout);
            }
            o.process.add((System.nanoTime() - t0) / 1e6);
            List<Double> ms = new ArrayList<>();
            for (String line : stdout.split("\n")) {
                String[] f = line.trim().split("\\s+");
                if (f[0].equals("open")) {
                    ms.add(Double.parseDouble(f[1]));
                } else if (f[0].equals("store")) {
                    o.store.add(Double.parseDouble(f[1]));
                } else if (f[0].equals("state")) {
                    String digest = f[3];
                    if (!digest.equals(b.digest)) {
                        throw new IllegalStateException("opened state " + digest + " differs from the built one " + b.digest + ": " + line);
                    }
                    o.digest = digest;
                    o.cases = f[1] + " cases, " + f[2] + " rejections";
                }
            }
            if (ms.size() != 1 + MORE_OPENS || o.digest == null) {
                throw new IllegalStateException(String.join(" ", cmd) + " printed no measurements:\n" + stdout);
            }
            o.first.add(ms.get(0));
            ms.subList(1, ms.size()).forEach(o.later::add);
            System.err.printf(Locale.ROOT, "bench:   first open %.0f ms, then %s ms%n", ms.get(0),
                    String.join(" ", ms.subList(1, ms.size()).stream().map(v -> String.valueOf(Math.round(v))).toList()));
        }
        return o;
    }

    /**
     * In a fresh JVM: open read-only, list the cases, close; {@code 1 + more} times. Then, to show the store's share, open
     * and close the journal alone (reading the snapshot and checking it, reading and checking the entries after it)
     * {@code more} times.
     */
    static void openChild(Path ws, Path keys, int more) throws Exception {
        WorkspaceStore store = new FileWorkspaceStore();
        CaseDesk desk = new DeskService(store);
        List<Case> cases = null;
        for (int i = 0; i <= more; i++) {
            long t0 = System.nanoTime();
            try (DeskSession s = desk.open(ws, keys, Access.READ_ONLY)) {
                cases = s.cases();
            }
            System.out.printf(Locale.ROOT, "open %.3f%n", (System.nanoTime() - t0) / 1e6);
        }
        for (int i = 0; i < more; i++) {
            long t0 = System.nanoTime();
            try (Journal j = store.open(ws, Access.READ_ONLY, false)) {
                j.snapshot();
            }
            System.out.printf(Locale.ROOT, "store %.3f%n", (System.nanoTime() - t0) / 1e6);
        }
        System.out.println("state " + cases.size() + " " + cases.stream().mapToLong(c -> c.rejections().size()).sum() + " " + digest(cases));
    }

    // ------------------------------------------------------------------------------------------------
    // Fixtures

    static void people(DeskSession s) throws Exception {
        s.addPerson("maria", "maria", "Maria Editor-in-chief", Role.ADMIN);
        s.addPerson("maria", "ana", "Ana Checker", Role.FACT_CHECKER);
        s.addPerson("maria", "ben", "Ben Editor", Role.EDITOR);
    }

    static String url(int i) {
        return "https://www.livemint.com/ai/microsoft-meta-ai-spending-" + i + ".html";
    }

    /**
     * An article as the pipeline reports it (as in the workflow's tests): three claims, two with the same text, so
     * two cases; one checker finding with evidence and provenance. {@code i} makes the text, so the article, unique.
     */
    static ArticleReport report(int i) {
        String first = "Microsoft has committed $" + (80 + i % 40) + " billion to AI this year, filing " + i + " shows.";
        // Each article's claims are its own: the same words in two articles would be one case (they join it).
        String quote = "\"We are spending,\" said Satya Nadella on call " + i + ".";
        String text = first + " " + quote + " " + first;
        int q = first.length() + 1;
        int again = q + quote.length() + 1;
        int figure = first.indexOf('$');
        int figureEnd = first.indexOf(" billion") + 8;
        Article a = new Article(Article.contentId(text), "samples/mint-" + i + ".txt", "text", "Microsoft and Meta defend AI spending", null,
                "2025-01-30", "en", text, List.of(new Paragraph(0, text.length())), Map.of());
        Claim money = new Claim("c1", first, 0, first.length(), 0.93, List.of(ClaimType.NUMERIC), "a figure", null, null,
                List.of(new Quantity(first.substring(figure, figureEnd), figure, figureEnd, (80 + i % 40) * 1e9, "USD",
                        first.substring(figure, figureEnd))), List.of(), List.of());
        Claim said = new Claim("c2", quote, q, q + quote.length(), 0.71, List.of(ClaimType.QUOTE, ClaimType.ATTRIBUTION), "a quote",
                "Satya Nadella", new Attribution("said Satya Nadella", q + 19, q + 37, "Satya Nadella", Attribution.Kind.NAMED),
                List.of(), List.of(), List.of());
        Claim repeat = new Claim("c3", first, again, again + first.length(), 0.93, List.of(ClaimType.NUMERIC), "a figure", null, null,
                List.of(), List.of(), List.of());
        Finding f = Finding.of(Stance.SUPPORTS, 0.8, "Microsoft's FY2025 capex guidance is $80 billion")
                .withEvidence(new Evidence("Microsoft blog", "https://blogs.microsoft.com/on-the-issues/2025/01/03/", null, "2025-01-03"))
                .stamped("org.factdesk.checker.figures", "0.1.0", new Provenance("org.factdesk.checker.figures", "0.1.0", "figures", "abc"));
        return new ArticleReport(a, "bench", List.of(new ClaimReport(money, List.of(f), List.of()), new ClaimReport(said, List.of(), List.of()),
                new ClaimReport(repeat, List.of(), List.of())), List.of());
    }

    // ------------------------------------------------------------------------------------------------
    // The machine and the page

    static List<String[]> machine(Path scratch) throws IOException {
        String cpu = Bench.grep(Path.of("/proc/cpuinfo"), "model name").replaceFirst("^[^:]*:\\s*", "");
        long memKiB = Long.parseLong("0" + Bench.grep(Path.of("/proc/meminfo"), "MemTotal").replaceAll("[^0-9]", ""));
        FileStore fs = Files.getFileStore(scratch);
        String mount = "";
        try (Stream<String> lines = Files.lines(Path.of("/proc/mounts"))) {
            mount = lines.map(l -> l.split(" ")).filter(f -> f.length > 3 && f[0].equals(fs.name()) && f[2].equals(fs.type()))
                    .map(f -> f[3]).findFirst().orElse("");
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return List.of(
                new String[] {"CPUs", Runtime.getRuntime().availableProcessors() + " (nproc)" + (cpu.isEmpty() ? "" : ", " + cpu)},
                new String[] {"Memory", String.format(Locale.ROOT, "%.1f GiB total", memKiB / 1024.0 / 1024.0)},
                new String[] {"OS", System.getProperty("os.name") + " " + System.getProperty("os.version")},
                new String[] {"Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                        + " (" + System.getProperty("java.vm.vendor") + ")"},
                new String[] {"File system of the scratch directory", "`" + fs.type() + "` on `" + fs.name() + "`"
                        + (mount.isEmpty() ? "" : " (" + mount + ")") + ", bench/target/workspace-*"});
    }

    /** The JVM options of the factdesk launch script (its OPTS line), which a FactDesk command runs with. */
    static List<String> scriptOptions(Path root) {
        String opts = SCRIPT_OPTS;
        try {
            Matcher m = Pattern.compile("(?m)^OPTS=\"([^\"$]*)\"").matcher(Files.readString(root.resolve("factdesk")));
            if (m.find()) {
                opts = m.group(1);
            }
        } catch (IOException e) {
            // the default
        }
        return List.of(opts.trim().split("\\s+"));
    }

    private static int indexOf(byte[] b, byte x) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        throw new IllegalStateException("no line end in the journal");
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    /** Everything measured, and its formatting. */
    static final class Report {
        String command;
        ZonedDateTime date;
        String loadBefore;
        String loadAfter;
        List<String[]> machine;
        Commits commits;
        Built built;
        String jvmOptions;
        Opens withSnapshot;
        Opens fullReplay;
        double seconds;
        int warmups;
        int rounds;
        int windowMs;
        int opens;

        boolean commitsPass(Config k) {
            return k.rate.median() >= COMMITS_PER_SECOND;
        }

        static String verdict(boolean pass) {
            return pass ? "PASS" : "FAIL";
        }

        static String rate(Samples s) {
            return f("%,.0f", s.median()) + " | " + f("%,.0f–%,.0f", s.min(), s.max());
        }

        static String ms(Samples s) {
            return f("%,.0f ms", s.median()) + " (" + f("%,.0f–%,.0f", s.min(), s.max()) + ")";
        }

        String summary() {
            StringBuilder s = new StringBuilder();
            s.append(f("raw fsync (write + force, %d bytes): %,.0f/s median%n", commits.lineBytes, commits.raw.rate.median()));
            for (Config k : commits.journal) {
                s.append(f("%s: journal, %2d committer%s: %,8.0f acknowledged commits/s median (%,.0f–%,.0f), %.2f× raw, %.1f commits/fsync "
                        + "(target >= %.0f/s)%n", verdict(commitsPass(k)), k.threads, k.threads == 1 ? " " : "s", k.rate.median(), k.rate.min(),
                        k.rate.max(), k.ratio.median(), k.perSync.median(), COMMITS_PER_SECOND));
            }
            s.append(f("workflow propose/reject, 1 thread: %,.0f commits/s median (%,.0f–%,.0f), %.2f× raw (informative)%n",
                    commits.workflow.rate.median(), commits.workflow.rate.min(), commits.workflow.rate.max(), commits.workflow.ratio.median()));
            s.append(f("%s: open %,d events with snapshot: first open in a fresh JVM %.0f ms median (%.0f–%.0f), later opens %.0f ms, "
                    + "store alone %.0f ms (target < %.0f ms)%n", verdict(withSnapshot.first.median() < OPEN_MS), built.entries,
                    withSnapshot.first.median(), withSnapshot.first.min(), withSnapshot.first.max(), withSnapshot.later.median(),
                    withSnapshot.store.median(), OPEN_MS));
            s.append(f("%s: open %,d events, full replay: first open in a fresh JVM %.0f ms median (%.0f–%.0f), later opens %.0f ms, "
                    + "store alone %.0f ms (target < %.0f ms, informative)%n", verdict(fullReplay.first.median() < OPEN_MS), built.entries,
                    fullReplay.first.median(), fullReplay.first.min(), fullReplay.first.max(), fullReplay.later.median(),
                    fullReplay.store.median(), OPEN_MS));
            return s.toString();
        }

        String markdown(Path root) {
            StringBuilder md = new StringBuilder();
            md.append(HEADING).append("\n\n");
            md.append("Generated ").append(date.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                    .append(f(" (the run took %.0f s). Reproduce from the repository root (the store, workflow and API jars come from "
                            + "the local Maven repository, so install those bundles first):%n%n", seconds))
                    .append("```sh\nmvn -q -o -pl bundles/org.factdesk.api,bundles/org.factdesk.store,bundles/org.factdesk.workflow install -DskipTests\n")
                    .append("mvn -q -o -pl bench package && ").append(command).append("\n```\n\n")
                    .append("It rewrites only this section. The store (`FileWorkspaceStore`) and the workflow (`DeskService`) run as plain ")
                    .append("objects on a class path, outside OSGi, in a scratch directory under `bench/target` that is deleted afterwards.\n\n");
            md.append("| Machine | |\n|---|---|\n");
            for (String[] row : machine) {
                md.append("| ").append(row[0]).append(" | ").append(row[1]).append(" |\n");
            }
            md.append("| Load average (1/5/15 min) | ").append(loadBefore).append(" at start, ").append(loadAfter).append(" at end |\n\n");

            Config raw = commits.raw;
            md.append("### Targets\n\n| Target | Measured | Result |\n|---|---|---|\n");
            for (Config k : commits.journal) {
                md.append(f("| At least %.0f acknowledged commits/s, %d committer%s | %,.0f/s median (%,.0f–%,.0f) | %s |%n", COMMITS_PER_SECOND,
                        k.threads, k.threads == 1 ? "" : "s", k.rate.median(), k.rate.min(), k.rate.max(), verdict(commitsPass(k))));
            }
            md.append(f("| Opening a workspace of %,d events, with its snapshot, in under 1 s | first open in a fresh JVM: %s | %s |%n",
                    built.entries, ms(withSnapshot.first), verdict(withSnapshot.first.median() < OPEN_MS)));
            md.append(f("| The same without snapshots (full replay; informative) | first open in a fresh JVM: %s | %s |%n%n",
                    ms(fullReplay.first), verdict(fullReplay.first.median() < OPEN_MS)));

            md.append("### Acknowledged commits per second\n\n");
            md.append(f("One commit is one `Journal.append` of one change (type `verdict.proposed`, %d bytes of JSON data, shaped like "
                    + "the workflow's), which returns only once the entry is written and fsync'd: %d bytes a line in `journal.log` "
                    + "with its sequence number, time, actor, previous hash and SHA-256 hash. *N committers* are N threads appending "
                    + "in a loop on one open journal; the journal writes whatever is queued when the previous write finishes with one "
                    + "`force`, so concurrent commits share it (group commit). The baseline writes the same %d-byte line with "
                    + "`FileChannel.write` and `force(false)` in a loop, in the same directory. The workflow row is "
                    + "`DeskSession.propose` / `reject` alternating over 100 cases in review, one thread: each is checked against "
                    + "the rules, encoded with Jackson, appended and folded into the state (and a snapshot every 5,000 entries, as "
                    + "the workflow does).%n%n", commits.dataBytes, commits.lineBytes, commits.lineBytes));
            md.append(f("Windows of %,d ms, %d warm-up round%s then %d measured rounds, the configurations interleaved round by round; "
                    + "*median* and *min–max* of the %d rounds; *× raw* is the median of the per-round ratios to the raw loop of the "
                    + "same round; *commits per fsync* counts the groups by their shared time stamp in the journal.%n%n",
                    windowMs, warmups, warmups == 1 ? "" : "s", rounds, rounds));
            md.append("| Configuration | commits/s median | min–max | × raw | commits per fsync | target ≥ 200/s |\n|---|--:|--:|--:|--:|---|\n");
            md.append(f("| raw: `write` + `force(false)`, %d bytes | %s | 1 | 1 | — |%n", commits.lineBytes, rate(raw.rate)));
            for (Config k : commits.journal) {
                md.append(f("| journal, %d committer%s | %s | %.2f | %.1f | %s |%n", k.threads, k.threads == 1 ? "" : "s", rate(k.rate),
                        k.ratio.median(), k.perSync.median(), verdict(commitsPass(k))));
            }
            md.append(f("| workflow: propose / reject, 1 thread | %s | %.2f | 1 | informative |%n%n", rate(commits.workflow.rate),
                    commits.workflow.ratio.median()));
            Config one = commits.journal.get(0);
            Config most = commits.journal.get(commits.journal.size() - 1);
            md.append(f("A journal commit syncs twice: `journal.log`, then the fixed-size `journal.head` record that catches entries "
                    + "cut off the end; so one committer cannot get much more than half the raw loop's rate (measured: %.2f×). "
                    + "Concurrent committers share both syncs (group commit): with %d committers waiting, a sync "
                    + "carried %.1f commits on average (%,.0f/s, %.2f× the one-committer rate). The disk's own fsync rate varies "
                    + "between windows (the raw loop's fastest window was %.1f× its slowest in this run), hence the interleaved "
                    + "rounds and per-round ratios.%n%n", one.ratio.median(), most.threads, most.perSync.median(),
                    most.rate.median(), most.rate.median() / one.rate.median(), raw.rate.max() / raw.rate.min()));

            md.append(f("### Opening a workspace of %,d events%n%n", built.entries));
            StringBuilder mix = new StringBuilder();
            built.types.forEach((t, n) -> mix.append(mix.length() == 0 ? "" : ", ").append(f("%,d `%s`", n, t)));
            md.append(f("The workspace: %s; %,d articles (stored as documents) and %,d cases, every case assigned, with %.1f rejected "
                    + "verdicts on average. The people, the imports and one select / assign / propose / reject went through "
                    + "`DeskSession`; the other events are copies of those real events' data (case id, rejected verdict's hash and "
                    + "a draft number changed) appended through `Journal.append` in batches, so building takes seconds, not one fsync "
                    + "per event (%.1f s). Reopened through the workflow to check that every entry folds (%,.0f ms, from an early "
                    + "snapshot) and audited (chain intact, %,.0f ms); closing that session wrote the snapshot at entry %,d. "
                    + "`journal.log` %.1f MB, snapshot %.1f MB.%n%n", mix, built.articles, built.cases,
                    (double) built.rejections / built.cases, built.buildSeconds, built.reopenMs, built.auditMs, built.snapshotSeq,
                    built.journalBytes / 1e6, built.snapshotBytes / 1e6));
            md.append(f("One open = `CaseDesk.open(workspace, keys, READ_ONLY)` + `cases()` + `close()` (read-only: no lock, no new "
                    + "snapshot). Each of %d fresh JVMs per row opens it %d times; *first open* includes loading and initialising "
                    + "the store, workflow and Jackson classes (the cost a `factdesk` command pays), *later opens* are the JVM's "
                    + "other %d, median (min–max) of all. The JVMs run with the factdesk script's options `%s` (C1 only), on a plain class path (no OSGi, "
                    + "no CDS archive of FactDesk's). The file cache is warm: the workspace was just written. Every open produced "
                    + "the same cases (%s) as the build.%n%n", opens, 1 + MORE_OPENS, MORE_OPENS, jvmOptions, withSnapshot.cases));
            md.append("| | first open, fresh JVM: median (min–max) | later opens | of which the store | whole child process | target < 1 s |\n"
                    + "|---|--:|--:|--:|--:|---|\n");
            md.append(f("| (a) with the snapshot written at close (entry %,d) | %s | %s | %s | %s | %s |%n", built.snapshotSeq, ms(withSnapshot.first),
                    ms(withSnapshot.later), ms(withSnapshot.store), ms(withSnapshot.process), verdict(withSnapshot.first.median() < OPEN_MS)));
            md.append(f("| (b) snapshots removed: full replay of %,d entries | %s | %s | %s | %s | %s (informative) |%n%n", built.entries,
                    ms(fullReplay.first), ms(fullReplay.later), ms(fullReplay.store), ms(fullReplay.process), verdict(fullReplay.first.median() < OPEN_MS)));
            md.append("*Of which the store*: after its opens, each JVM opens and closes the journal alone (`WorkspaceStore.open` read-only: "
                    + "reading the snapshot and checking its checksum and journal position, reading and hash-checking the entries after "
                    + "it); the rest of an open is the workflow decoding the snapshot (Jackson) or folding the entries into cases. "
                    + "*Whole child process* is the harness's wall clock for one child JVM: start-up, all its opens, exit.\n\n");

            md.append("Raw samples, in measurement order:\n\n```\n");
            md.append(f("%-28s %s%n", "raw fsync /s", raw.rate.raw()));
            for (Config k : commits.journal) {
                md.append(f("%-28s %s%n", "journal " + k.threads + " /s", k.rate.raw()));
                md.append(f("%-28s %s%n", "journal " + k.threads + " commits/fsync", k.perSync.raw("%.1f")));
            }
            md.append(f("%-28s %s%n", "workflow /s", commits.workflow.rate.raw()));
            md.append(f("%-28s %s%n", "(a) first open ms", withSnapshot.first.raw()));
            md.append(f("%-28s %s%n", "(a) later opens ms", withSnapshot.later.raw()));
            md.append(f("%-28s %s%n", "(a) store only ms", withSnapshot.store.raw()));
            md.append(f("%-28s %s%n", "(b) first open ms", fullReplay.first.raw()));
            md.append(f("%-28s %s%n", "(b) later opens ms", fullReplay.later.raw()));
            md.append(f("%-28s %s%n", "(b) store only ms", fullReplay.store.raw()));
            md.append("```\n");
            return md.toString();
        }
    }
}

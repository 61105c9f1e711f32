package org.factdesk.pipeline.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.factdesk.api.article.Article;
import org.factdesk.api.check.CheckContext;
import org.factdesk.api.check.Checker;
import org.factdesk.api.check.Cost;
import org.factdesk.api.check.Finding;
import org.factdesk.api.check.Provenance;
import org.factdesk.api.claim.Claim;
import org.factdesk.api.claim.ClaimExtractor;
import org.factdesk.api.claim.ClaimType;
import org.factdesk.api.config.DeskConfiguration;
import org.factdesk.api.config.SettingsException;
import org.factdesk.api.pipeline.ArticleReport;
import org.factdesk.api.pipeline.CheckerFailure;
import org.factdesk.api.pipeline.CheckerInfo;
import org.factdesk.api.pipeline.ClaimReport;
import org.factdesk.api.pipeline.Pipeline;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Extracts claims and runs every active checker on them. The set of checkers is taken once per
 * article, so one article's findings never mix two versions of a checker; a checker that
 * throws, times out or returns garbage is recorded as a failure on that claim.
 */
@Component(configurationPid = CheckPipeline.PID)
@Designate(ocd = CheckPipeline.Config.class)
public class CheckPipeline implements Pipeline {

    /** Configuration PID; {@code factdesk disable} and {@code enable} change its {@code disabled} list. */
    static final String PID = "org.factdesk.pipeline";

    @ObjectClassDefinition(name = "FactDesk pipeline", description = "Runs the claim extractor and the active checkers over each article.")
    public @interface Config {
        @AttributeDefinition(description = "How long one checker may take on one claim, in milliseconds.", min = "1")
        long checkerTimeoutMillis() default 10_000;

        @AttributeDefinition(description = "Checker threads; 0 means one per processor (at least two).", min = "0", max = "256")
        int threads() default 0;

        @AttributeDefinition(description = "A checker that fails this many claims in a row is quarantined until re-enabled.", min = "1")
        int quarantineAfter() default 5;

        @AttributeDefinition(description = "Checkers switched off, each as ID or \"ID: REASON\"; factdesk disable and enable change this list.")
        String[] disabled() default {};

        @AttributeDefinition(description = "Checkers the pipeline quarantined, each as \"ID@VERSION: REASON\"; kept so every later run "
                + "leaves them out; factdesk enable, or a new version of the checker, lifts it.")
        String[] quarantined() default {};
    }

    /** A checker as registered, with what the pipeline needs to stamp its findings. */
    record ActiveChecker(Checker service, CheckerInfo info, Provenance provenance, Set<ClaimType> types, ServiceReference<Checker> ref) {
        boolean handles(Claim claim) {
            return types.isEmpty() || claim.types().stream().anyMatch(types::contains);
        }
    }

    /** Why a checker is off, by checker id; absent means on. Survives updates unless the pipeline set it (then {@code version} is the version it quarantined). */
    record Switch(String state, String reason, String version) {
        Switch(String state, String reason) {
            this(state, reason, null);
        }
    }

    private volatile long timeoutMillis;
    private volatile int quarantineAfter;
    private volatile int threads;
    /** Each checker's own threads (a bulkhead), by its service: a checker that hangs or spins uses up only these. */
    private final Map<ServiceReference<Checker>, Bulkhead> bulkheads = new ConcurrentHashMap<>();
    /** Checkers that claimed another bundle's checker id: listed, never run. */
    private final Map<ServiceReference<Checker>, CheckerInfo> refused = new ConcurrentHashMap<>();
    private final BundleContext context;
    private final Map<String, Switch> switches = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failuresInARow = new ConcurrentHashMap<>();
    private final AtomicReference<Map.Entry<ServiceReference<ClaimExtractor>, ClaimExtractor>> extractor = new AtomicReference<>();
    private final Map<ServiceReference<Checker>, ActiveChecker> checkers = new ConcurrentSkipListMap<>(Collections.reverseOrder());

    private final AtomicReference<DeskConfiguration> configuration = new AtomicReference<>();

    @Activate
    public CheckPipeline(BundleContext context, Config config) {
        this(context, config.checkerTimeoutMillis(), config.threads(), config.quarantineAfter());
        applySwitches(config.disabled(), config.quarantined());
    }

    /** A changed configuration takes effect from the next article on; running articles keep what they started with. */
    @Modified
    void modified(Config config) {
        timeoutMillis = config.checkerTimeoutMillis();
        quarantineAfter = config.quarantineAfter();
        threads = config.threads() > 0 ? config.threads() : Math.max(2, Runtime.getRuntime().availableProcessors());
        bulkheads.values().forEach(b -> b.resize(threads));
        applySwitches(config.disabled(), config.quarantined());
    }

    /** Replaces the switches by the configured lists; quarantines of this run not stored yet stay. */
    private synchronized void applySwitches(String[] disabled, String[] quarantined) {
        for (String entry : quarantined) {
            int colon = entry.indexOf(": ");
            String idVersion = (colon > 0 ? entry.substring(0, colon) : entry).strip();
            int at = idVersion.lastIndexOf('@');
            if (at > 0) {
                switches.putIfAbsent(idVersion.substring(0, at), new Switch(CheckerInfo.QUARANTINED,
                        colon > 0 ? entry.substring(colon + 2).strip() : "quarantined", idVersion.substring(at + 1)));
            }
        }
        Map<String, Switch> wanted = new TreeMap<>();
        for (String entry : disabled) {
            int colon = entry.indexOf(": ");
            String id = (colon > 0 ? entry.substring(0, colon) : entry).strip();
            if (!id.isEmpty()) {
                wanted.put(id, new Switch(CheckerInfo.DISABLED, colon > 0 ? entry.substring(colon + 2).strip() : "disabled by hand"));
            }
        }
        switches.entrySet().removeIf(e -> e.getValue().state().equals(CheckerInfo.DISABLED) && !wanted.containsKey(e.getKey()));
        switches.putAll(wanted);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setConfiguration(DeskConfiguration c) {
        configuration.set(c);
    }

    void unsetConfiguration(DeskConfiguration c) {
        configuration.compareAndSet(c, null);
    }

    CheckPipeline(BundleContext context, long timeoutMillis, int threads, int quarantineAfter) {
        this.context = context;
        this.timeoutMillis = timeoutMillis;
        this.quarantineAfter = quarantineAfter;
        this.threads = threads > 0 ? threads : Math.max(2, Runtime.getRuntime().availableProcessors());
    }

    @Deactivate
    void deactivate() {
        bulkheads.values().forEach(b -> b.executor.shutdownNow());
        bulkheads.clear();
    }

    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setExtractor(ServiceReference<ClaimExtractor> ref, ClaimExtractor e) {
        extractor.set(Map.entry(ref, e));
    }

    void unsetExtractor(ServiceReference<ClaimExtractor> ref) {
        extractor.updateAndGet(current -> current != null && current.getKey().equals(ref) ? null : current);
    }

    @Reference(policy = ReferencePolicy.DYNAMIC, cardinality = ReferenceCardinality.MULTIPLE)
    void addChecker(ServiceReference<Checker> ref, Checker checker) {
        ActiveChecker c = describe(ref, checker);
        // the first bundle to register an id keeps it: a plugin cannot stamp its findings with a built-in's name
        for (ActiveChecker other : checkers.values()) {
            if (other.info().id().equals(c.info().id()) && !other.info().bundle().equals(c.info().bundle())) {
                refused.put(ref, new CheckerInfo(c.info().id(), c.info().name(), c.info().version(), c.info().bundle(), CheckerInfo.REFUSED,
                        "its id is that of the checker of bundle " + other.info().bundle(), c.info().types(), c.info().cost(), c.info().description()));
                return;
            }
        }
        // a new version deserves a new chance: lift the pipeline's quarantine, keep a person's decision
        Switch s = switches.get(c.info().id());
        if (s != null && s.state().equals(CheckerInfo.QUARANTINED) && !c.info().version().equals(s.version())) {
            Map<String, Switch> before = new TreeMap<>(switches);
            switches.remove(c.info().id());
            failuresInARow.remove(c.info().id());
            storeQuietly(before);
        }
        bulkheads.computeIfAbsent(ref, r -> new Bulkhead(c.info().id(), threads));
        checkers.put(ref, c);
    }

    void removeChecker(ServiceReference<Checker> ref) {
        refused.remove(ref);
        checkers.remove(ref);
        Bulkhead b = bulkheads.remove(ref);
        if (b != null) {
            b.executor.shutdown(); // runs under way finish; the threads go when they do
        }
    }

    @Override
    public List<CheckerInfo> checkers() {
        List<CheckerInfo> all = new ArrayList<>(List.copyOf(checkers.values()).stream().map(c -> withSwitch(c.info())).toList());
        all.addAll(refused.values());
        return all;
    }

    private CheckerInfo withSwitch(CheckerInfo info) {
        Switch s = switches.get(info.id());
        return s == null ? info : new CheckerInfo(info.id(), info.name(), info.version(), info.bundle(), s.state(), s.reason(),
                info.types(), info.cost(), info.description());
    }

    @Override
    public synchronized boolean disable(String checkerId, String reason) {
        if (!known(checkerId)) {
            return false;
        }
        Map<String, Switch> before = new TreeMap<>(switches);
        switches.put(checkerId, new Switch(CheckerInfo.DISABLED, reason == null || reason.isBlank() ? "disabled by hand" : reason.strip()));
        store(before);
        return true;
    }

    @Override
    public synchronized boolean enable(String checkerId) {
        if (!known(checkerId)) {
            return false;
        }
        Map<String, Switch> before = new TreeMap<>(switches);
        switches.remove(checkerId);
        failuresInARow.remove(checkerId);
        store(before);
        return true;
    }

    /** Keeps the people's switches in the desk's configuration, so they last; undone if that is refused. */
    private void store(Map<String, Switch> before) {
        DeskConfiguration c = configuration.get();
        if (c == null) {
            return; // no configuration service (tests, or a desk without one): this run only
        }
        List<String> entries = new ArrayList<>();
        List<String> quarantined = new ArrayList<>();
        new TreeMap<>(switches).forEach((id, s) -> {
            if (s.state().equals(CheckerInfo.DISABLED)) {
                entries.add(s.reason().equals("disabled by hand") ? id : id + ": " + s.reason());
            } else if (s.state().equals(CheckerInfo.QUARANTINED) && s.version() != null) {
                quarantined.add(id + "@" + s.version() + ": " + s.reason());
            }
        });
        try {
            c.set(PID, Map.of("disabled", entries, "quarantined", quarantined));
        } catch (SettingsException e) {
            switches.clear();
            switches.putAll(before);
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** {@link #store} where a refusal must not fail the run: the switch then holds for this process only. */
    private synchronized void storeQuietly(Map<String, Switch> before) {
        Map<String, Switch> now = new TreeMap<>(switches);
        try {
            store(before);
        } catch (IllegalStateException e) {
            switches.putAll(now);
        }
    }

    private boolean known(String checkerId) {
        return checkers.values().stream().anyMatch(c -> c.info().id().equals(checkerId));
    }

    @Override
    public ArticleReport check(Article article) {
        Map.Entry<ServiceReference<ClaimExtractor>, ClaimExtractor> ex = extractor.get();
        if (ex == null) {
            throw new IllegalStateException("no claim extractor is available");
        }
        List<ActiveChecker> active = List.copyOf(checkers.values()).stream().filter(c -> !switches.containsKey(c.info().id())).toList();
        List<Claim> claims = ex.getValue().extract(article);
        for (Claim c : claims) {
            if (c.end() > article.text().length() || !article.text().substring(c.start(), c.end()).equals(c.text())) {
                throw new IllegalStateException("extractor returned claim " + c.id() + " whose span does not match the article text");
            }
        }
        Context context = new Context(article, claims, this.context);
        List<ClaimReport> reports;
        try {
            reports = run(claims, active, context);
        } finally {
            context.release();
        }
        Object name = ex.getKey().getProperty(ClaimExtractor.NAME);
        // each checker as it stands after the article: one quarantined on the way says so, and stays listed for later articles
        // (the versions that ran, even if swapped meanwhile, then the quarantined ones left out from the start)
        List<CheckerInfo> states = new ArrayList<>(active.stream().map(c -> withSwitch(c.info())).toList());
        List.copyOf(checkers.values()).stream().filter(c -> !active.contains(c) && quarantined(c.info().id())).forEach(c -> states.add(withSwitch(c.info())));
        return new ArticleReport(article, name != null ? name.toString() : ex.getValue().getClass().getName(), reports, states);
    }

    /**
     * A checker's own threads. A run past its time is interrupted and abandoned; while its thread does
     * not come back it counts as stuck, and once all of a checker's threads are stuck its other runs
     * fail at once instead of waiting for a thread that will not come.
     */
    static final class Bulkhead {
        final ThreadPoolExecutor executor;
        final AtomicInteger stuck = new AtomicInteger();

        Bulkhead(String checkerId, int threads) {
            AtomicInteger count = new AtomicInteger();
            executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "factdesk-checker-" + checkerId + "-" + count.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            executor.allowCoreThreadTimeOut(true);
        }

        synchronized void resize(int n) {
            if (n > executor.getMaximumPoolSize()) {
                executor.setMaximumPoolSize(n);
                executor.setCorePoolSize(n);
            } else {
                executor.setCorePoolSize(n);
                executor.setMaximumPoolSize(n);
            }
        }

        boolean exhausted() {
            return stuck.get() >= executor.getMaximumPoolSize();
        }

        String exhaustion() {
            return "not run: its " + executor.getMaximumPoolSize() + " threads are still busy with claims it did not finish in time";
        }
    }

    /** One checker's run on one claim: its time limit counts from when it gets a thread, not from when it was queued. */
    private static final class Run {
        static final int RUNNING = 0, FINISHED = 1, ABANDONED = 2;
        final ActiveChecker checker;
        final Bulkhead bulkhead;
        final AtomicInteger fate = new AtomicInteger(RUNNING);
        final java.util.concurrent.atomic.AtomicBoolean counted = new java.util.concurrent.atomic.AtomicBoolean();
        volatile long startedAt;
        Future<List<Finding>> future;
        volatile CheckerFailure failure;
        volatile List<Finding> findings;

        Run(ActiveChecker checker, Bulkhead bulkhead) {
            this.checker = checker;
            this.bulkhead = bulkhead;
        }

        /** Gives up on a run past its time: its thread, if it does not stop, counts as stuck until it does. */
        void abandon() {
            future.cancel(true);
            if (startedAt != 0 && fate.compareAndSet(RUNNING, ABANDONED)) {
                bulkhead.stuck.incrementAndGet();
            }
        }

        /** Called on the run's thread when the checker returns, in time or not. */
        void returned() {
            if (!fate.compareAndSet(RUNNING, FINISHED) && fate.get() == ABANDONED) {
                bulkhead.stuck.decrementAndGet();
            }
        }
    }

    /**
     * Runs the checkers on every claim of an article at once and waits for them all: one wait per article
     * rather than per claim, so the article's claims are checked side by side.
     */
    private List<ClaimReport> run(List<Claim> claims, List<ActiveChecker> active, Context context) {
        List<List<Run>> perClaim = new ArrayList<>(claims.size());
        List<Run> runs = new ArrayList<>();
        java.util.concurrent.BlockingQueue<Run> finished = new java.util.concurrent.LinkedBlockingQueue<>();
        for (Claim claim : claims) {
            List<Run> mine = new ArrayList<>();
            for (ActiveChecker c : active) {
                if (!c.handles(claim)) {
                    continue;
                }
                Bulkhead bulkhead = bulkheads.get(c.ref());
                if (bulkhead == null || bulkhead.executor.isShutdown()) {
                    continue; // removed while this article started
                }
                Run r = new Run(c, bulkhead);
                FutureTask<List<Finding>> task = new FutureTask<>(() -> {
                    r.startedAt = System.nanoTime();
                    if (quarantined(c.info().id())) {
                        r.returned();
                        throw new Quarantined(switches.getOrDefault(c.info().id(), new Switch(CheckerInfo.QUARANTINED, "")).reason());
                    }
                    try {
                        return c.service().check(claim, context);
                    } finally {
                        r.returned();
                    }
                }) {
                    @Override
                    protected void done() { // after the outcome is set, so the waiter below never misses it
                        // collected and counted here, as each run ends, so a quarantine stops this article's later runs too
                        collect(r);
                        outcome(r);
                        finished.add(r);
                    }
                };
                r.future = task;
                mine.add(r);
            }
            perClaim.add(mine);
            runs.addAll(mine);
        }
        for (Run r : runs) {
            if (r.bulkhead.exhausted()) {
                r.failure = failure(r.checker, "TIMEOUT", r.bulkhead.exhaustion());
                r.future.cancel(false);
                outcome(r);
            } else {
                try {
                    r.bulkhead.executor.execute((FutureTask<?>) r.future);
                } catch (java.util.concurrent.RejectedExecutionException removed) {
                    r.failure = failure(r.checker, "REMOVED", "the checker was removed while the article was checked");
                    r.future.cancel(false);
                    outcome(r);
                }
            }
        }
        long limit = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        // A run queued behind its checker's other runs still gets its own time once it runs; a checker whose
        // threads are all stuck fails its queued runs at once; and nothing waits longer than all runs could take.
        long queueLimit = System.nanoTime() + limit * Math.max(1, runs.size());
        // Finished runs arrive on a queue, each collected once: the wait costs the same per run whatever the
        // article's length. Only at the next deadline are the pending runs looked over for their time limits.
        java.util.Set<Run> pending = new java.util.LinkedHashSet<>(runs.stream().filter(r -> r.failure == null).toList());
        try {
            long wake = System.nanoTime();
            while (!pending.isEmpty()) {
                long now = System.nanoTime();
                if (now < wake) {
                    Run r = finished.poll(wake - now, TimeUnit.NANOSECONDS);
                    for (; r != null; r = finished.poll()) {
                        pending.remove(r);
                    }
                    continue;
                }
                wake = Long.MAX_VALUE;
                for (java.util.Iterator<Run> it = pending.iterator(); it.hasNext();) {
                    Run r = it.next();
                    long started = r.startedAt;
                    if (r.future.isDone()) {
                        continue; // its outcome is being collected on its own thread and arrives on the queue
                    }
                    if (started != 0 && now - started >= limit) {
                        r.failure = failure(r.checker, "TIMEOUT", "no answer within " + timeoutMillis + " ms");
                        r.abandon();
                        outcome(r);
                        it.remove();
                        wake = now; // its checker's queued runs may now have no thread left: look again at once
                    } else if (started == 0 && r.bulkhead.exhausted()) {
                        r.failure = failure(r.checker, "TIMEOUT", r.bulkhead.exhaustion());
                        r.future.cancel(false);
                        outcome(r);
                        it.remove();
                    } else if (started == 0 && now >= queueLimit) {
                        r.failure = failure(r.checker, "TIMEOUT", "waited " + timeoutMillis * runs.size() + " ms for a thread: other checkers hold them all");
                        r.future.cancel(true);
                        outcome(r);
                        it.remove();
                    } else {
                        wake = Math.min(wake, started != 0 ? started + limit : Math.min(queueLimit, now + limit));
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            runs.forEach(Run::abandon);
            throw new IllegalStateException("check of " + context.article().id() + " was cancelled", e);
        }
        List<ClaimReport> reports = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            List<Finding> findings = new ArrayList<>();
            List<CheckerFailure> failures = new ArrayList<>();
            for (Run r : perClaim.get(i)) {
                if (r.failure != null) {
                    failures.add(r.failure);
                } else {
                    findings.addAll(r.findings);
                }
            }
            reports.add(new ClaimReport(claims.get(i), findings, failures));
        }
        return reports;
    }

    /** The outcome of a finished run: its findings, stamped with where they came from, or why it failed. */
    private void collect(Run r) {
        if (r.failure != null) {
            return; // given up on by the waiter (timed out, not run): that is its outcome, not the cancellation
        }
        ActiveChecker c = r.checker;
        try {
            List<?> result = r.future.get();
            String invalid = result == null ? "returned null instead of a list"
                    : result.stream().anyMatch(x -> !(x instanceof Finding)) ? "returned a list holding something other than findings"
                    : null;
            if (invalid != null) {
                r.failure = failure(c, "INVALID_RESULT", invalid);
            } else {
                List<Finding> stamped = new ArrayList<>(result.size());
                for (Object finding : result) {
                    stamped.add(((Finding) finding).stamped(c.info().id(), c.info().version(), c.provenance()));
                }
                r.findings = stamped;
            }
        } catch (ExecutionException e) {
            r.failure = e.getCause() instanceof Quarantined q ? failure(c, CheckerInfo.QUARANTINED, "not run: quarantined, " + q.getMessage())
                    : failure(c, "EXCEPTION", whatWentWrong(e.getCause()));
        } catch (java.util.concurrent.CancellationException e) {
            r.failure = failure(c, "TIMEOUT", "cancelled");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // not reached: the run is done, get() does not wait
        }
    }

    /**
     * A checker that fails claim after claim is switched off, with its last failure as the reason,
     * lastingly. Counted as runs finish, so the rule holds within an article too: its runs not
     * started yet are then not run.
     */
    private void outcome(Run r) {
        if (!r.counted.compareAndSet(false, true)) {
            return;
        }
        String id = r.checker.info().id();
        if (r.failure == null) {
            failuresInARow.remove(id);
            return;
        }
        if (r.failure.problem().equals(CheckerInfo.QUARANTINED)) {
            return;
        }
        int n = failuresInARow.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        if (n >= quarantineAfter) {
            synchronized (this) {
                if (!switches.containsKey(id)) {
                    Map<String, Switch> before = new TreeMap<>(switches);
                    switches.put(id, new Switch(CheckerInfo.QUARANTINED, "failed " + n + " claims in a row; last: " + r.failure.problem() + " "
                            + r.failure.message(), r.checker.info().version()));
                    storeQuietly(before);
                }
            }
        }
    }

    private boolean quarantined(String checkerId) {
        Switch s = switches.get(checkerId);
        return s != null && s.state().equals(CheckerInfo.QUARANTINED);
    }

    /** A run not started because its checker was quarantined meanwhile. */
    private static final class Quarantined extends Exception {
        private static final long serialVersionUID = 1L;

        Quarantined(String reason) {
            super(reason, null, false, false);
        }
    }

    /** A checker's exception in words: its message, or its kind when it has none. */
    static String whatWentWrong(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "ran out of memory (" + e.getMessage() + ")";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private static CheckerFailure failure(ActiveChecker c, String problem, String message) {
        return new CheckerFailure(c.info().id(), c.info().version(), problem, message);
    }

    static ActiveChecker describe(ServiceReference<Checker> ref, Checker checker) {
        Bundle bundle = ref.getBundle();
        String bsn = bundle != null ? bundle.getSymbolicName() : "unknown";
        String version = bundle != null ? bundle.getVersion().toString() : "0.0.0";
        Object id = ref.getProperty(Checker.ID);
        String checkerId = id != null ? id.toString() : bsn;
        Object name = ref.getProperty(Checker.NAME);
        Object component = ref.getProperty("component.name");
        Set<ClaimType> types = EnumSet.noneOf(ClaimType.class);
        for (String t : ImporterRegistry.strings(ref.getProperty(Checker.TYPES))) {
            try {
                types.add(ClaimType.valueOf(t));
            } catch (IllegalArgumentException unknownType) {
                // a type from a newer API: this checker handles nothing we can produce under that name
            }
        }
        Cost cost = Cost.LOCAL;
        Object c = ref.getProperty(Checker.COST);
        if (c != null) {
            try {
                cost = Cost.valueOf(c.toString());
            } catch (IllegalArgumentException e) {
                cost = Cost.SLOW;
            }
        }
        Object description = ref.getProperty(Checker.DESCRIPTION);
        CheckerInfo info = new CheckerInfo(checkerId, name != null ? name.toString() : checkerId, version, bsn, CheckerInfo.ACTIVE, "",
                List.copyOf(types), cost, description != null ? description.toString() : "");
        Provenance provenance = new Provenance(bsn, version,
                component != null ? component.toString() : checker.getClass().getName(), configHash(ref));
        return new ActiveChecker(checker, info, provenance, types, ref);
    }

    /** A short hash of the checker's configuration: its service properties less the ones the framework assigns. */
    static String configHash(ServiceReference<?> ref) {
        Map<String, String> props = new TreeMap<>();
        for (String key : ref.getPropertyKeys()) {
            if (key.startsWith("service.") || key.equals("component.id") || key.equals(Constants.OBJECTCLASS)) {
                continue;
            }
            Object v = ref.getProperty(key);
            props.put(key, v instanceof Object[] a ? java.util.Arrays.toString(a) : String.valueOf(v));
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(props.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What checkers see of the article. A timed-out checker's thread is interrupted, which is its cancellation. */
    private static final class Context implements CheckContext {
        private final Article article;
        private final List<Claim> claims;
        private final BundleContext bundleContext;
        private final List<ServiceReference<?>> used = new java.util.concurrent.CopyOnWriteArrayList<>();

        Context(Article article, List<Claim> claims, BundleContext bundleContext) {
            this.article = article;
            this.claims = List.copyOf(claims);
            this.bundleContext = bundleContext;
        }

        @Override
        public <S> Optional<S> service(Class<S> type) {
            if (bundleContext == null) {
                return Optional.empty();
            }
            try {
                ServiceReference<S> ref = bundleContext.getServiceReference(type);
                if (ref == null) {
                    return Optional.empty();
                }
                used.add(ref); // released when the article is done
                return Optional.ofNullable(bundleContext.getService(ref));
            } catch (IllegalStateException | NullPointerException goingAway) {
                // the framework stopping, or the service's bundle being uninstalled under us (Felix then
                // fails inside with a NullPointerException): the service is gone either way
                return Optional.empty();
            }
        }

        @Override
        public Article article() {
            return article;
        }

        @Override
        public List<Claim> claims() {
            return claims;
        }

        void release() {
            for (ServiceReference<?> ref : used) {
                try {
                    bundleContext.ungetService(ref);
                } catch (IllegalStateException stopping) {
                    return;
                } catch (NullPointerException uninstalled) {
                    // its bundle went away while the article was checked (a hot swap): nothing left to release
                }
            }
        }

        @Override
        public boolean cancelled() {
            return Thread.currentThread().isInterrupted();
        }
    }
}

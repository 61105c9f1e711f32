package org.factdesk.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Dictionary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.factdesk.api.article.Article;
import org.factdesk.api.check.Checker;
import org.factdesk.api.check.Finding;
import org.factdesk.api.check.Stance;
import org.factdesk.api.claim.Claim;
import org.factdesk.api.claim.ClaimExtractor;
import org.factdesk.api.claim.ClaimType;
import org.factdesk.api.pipeline.ArticleReport;
import org.factdesk.api.pipeline.ClaimReport;
import org.factdesk.api.pipeline.CheckerFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

class CheckPipelineTest {

    // 1 s per checker: long enough that a full collection (the out-of-memory and hog checkers cause them) does not time out the good one
    private final CheckPipeline pipeline = new CheckPipeline(null, 1_000, 2, 3);
    private final Article article = new Article("a1", "t.txt", "text", null, null, null, null,
            "Acme earned $5 billion. Nothing here.", List.of(), Map.of());
    private long nextId = 1;

    @AfterEach
    void stop() {
        pipeline.deactivate();
    }

    /** A service reference as the framework would hand it over, without a framework. */
    @SuppressWarnings("unchecked")
    private <S> ServiceReference<S> ref(Map<String, Object> props) {
        Map<String, Object> all = new HashMap<>(props);
        all.put("service.id", nextId++);
        return (ServiceReference<S>) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ServiceReference.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getProperty" -> all.get((String) args[0]);
                    case "getPropertyKeys" -> all.keySet().toArray(new String[0]);
                    case "getBundle" -> all.containsKey("test.version") ? bundle((String) all.get("test.version")) : null;
                    case "compareTo" -> Long.compare((Long) all.get("service.id"),
                            (Long) ((ServiceReference<?>) args[0]).getProperty("service.id")) * -1;
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "getProperties" -> (Dictionary<String, Object>) null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** A bundle of a version, as far as the pipeline looks at one. */
    private static org.osgi.framework.Bundle bundle(String version) {
        return (org.osgi.framework.Bundle) java.lang.reflect.Proxy.newProxyInstance(CheckPipelineTest.class.getClassLoader(),
                new Class<?>[] {org.osgi.framework.Bundle.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getSymbolicName" -> "test.checker";
                    case "getVersion" -> org.osgi.framework.Version.parseVersion(version);
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private void extractor() {
        pipeline.setExtractor(ref(Map.of(ClaimExtractor.NAME, "test")), a -> List.of(
                new Claim("a1#0", "Acme earned $5 billion.", 0, 23, 0.9, List.of(ClaimType.NUMERIC), "", null, null, null, null, null)));
    }

    private void checker(String id, List<ClaimType> types, Checker checker) {
        pipeline.addChecker(ref(Map.of(Checker.ID, id, Checker.TYPES, types.stream().map(Enum::name).toArray(String[]::new))), checker);
    }

    @Test
    void everyApplicableCheckerRunsAndFindingsAreStamped() {
        extractor();
        checker("ok", List.of(ClaimType.NUMERIC), (c, ctx) -> List.of(Finding.of(Stance.SUPPORTS, 0.9, "fine: " + ctx.article().id())));
        checker("quotes-only", List.of(ClaimType.QUOTE), (c, ctx) -> List.of(Finding.of(Stance.INFO, 0.1, "never")));
        ArticleReport r = pipeline.check(article);
        assertThat(r.extractor()).isEqualTo("test");
        assertThat(r.checkers()).hasSize(2);
        assertThat(r.claims()).singleElement().satisfies(c -> {
            assertThat(c.findings()).singleElement().satisfies(f -> {
                assertThat(f.checker()).isEqualTo("ok");
                assertThat(f.version()).isEqualTo("0.0.0");
                assertThat(f.summary()).isEqualTo("fine: a1");
                assertThat(f.provenance().configHash()).hasSize(12);
            });
        });
    }

    @Test
    void failingCheckersAreRecordedAndTheRestStillRuns() {
        extractor();
        checker("throws", List.of(), (c, ctx) -> {
            throw new IllegalStateException("boom");
        });
        checker("null", List.of(), (c, ctx) -> null);
        checker("hangs", List.of(), (c, ctx) -> {
            Thread.sleep(60_000);
            return List.of();
        });
        checker("ok", List.of(), (c, ctx) -> List.of(Finding.of(Stance.INFO, 0.5, "still here")));
        var report = pipeline.check(article).claims().get(0);
        assertThat(report.findings()).extracting(Finding::checker).containsExactly("ok");
        assertThat(report.failures()).extracting(CheckerFailure::checker, CheckerFailure::problem).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("throws", "EXCEPTION"),
                org.assertj.core.groups.Tuple.tuple("null", "INVALID_RESULT"),
                org.assertj.core.groups.Tuple.tuple("hangs", "TIMEOUT"));
    }

    @Test
    void removedCheckersAreNotUsed() {
        extractor();
        ServiceReference<Checker> r = ref(Map.of(Checker.ID, "gone"));
        pipeline.addChecker(r, (c, ctx) -> List.of(Finding.of(Stance.INFO, 0.5, "x")));
        pipeline.removeChecker(r);
        assertThat(pipeline.check(article).claims().get(0).findings()).isEmpty();
        assertThat(pipeline.checkers()).isEmpty();
    }

    @Test
    void withoutAnExtractorTheErrorSaysSo() {
        assertThatThrownBy(() -> pipeline.check(article)).hasMessage("no claim extractor is available");
    }

    @Test
    void anExtractorWhoseSpansDoNotMatchIsRejected() {
        pipeline.setExtractor(ref(Map.of()), a -> List.of(new Claim("x", "wrong", 0, 5, 0.5, null, null, null, null, null, null, null)));
        assertThatThrownBy(() -> pipeline.check(article)).hasMessageContaining("does not match the article text");
    }

    /** The fault matrix: each way a plugin can misbehave, and what the desk does about it. */
    @Test
    void faultMatrix() {
        extractor();
        checker("throws", List.of(), (c, ctx) -> {
            throw new IllegalStateException("boom");
        });
        checker("sleeps", List.of(), (c, ctx) -> {
            Thread.sleep(60_000);
            return List.of();
        });
        checker("busy-loop", List.of(), (c, ctx) -> {
            long x = 0;
            while (x >= 0) { // ignores interrupts and cancellation
                x = (x + 1) % 1_000_000;
            }
            return List.of();
        });
        checker("returns-null", List.of(), (c, ctx) -> null);
        checker("returns-junk", List.of(), (c, ctx) -> (List) List.of("not a finding"));
        checker("out-of-memory", List.of(), (c, ctx) -> {
            long[] huge = new long[Integer.MAX_VALUE - 16]; // more than any heap here will give
            return List.of(Finding.of(Stance.INFO, huge.length > 0 ? 0.1 : 0.2, "unreachable"));
        });
        checker("hog", List.of(), (c, ctx) -> {
            List<byte[]> held = new java.util.ArrayList<>();
            for (int i = 0; i < 64 && !ctx.cancelled(); i++) { // allocates 256 MiB, a bounded glutton
                held.add(new byte[4 << 20]);
            }
            return List.of(Finding.of(Stance.INFO, 0.1, "ate " + held.size() * 4 + " MiB"));
        });
        checker("good", List.of(), (c, ctx) -> List.of(Finding.of(Stance.INFO, 0.5, "fine")));

        for (int run = 1; run <= 3; run++) {
            var report = pipeline.check(article).claims().get(0);
            assertThat(report.findings()).extracting(Finding::checker).contains("good");
            assertThat(report.failures()).extracting(CheckerFailure::checker, CheckerFailure::problem).contains(
                    org.assertj.core.groups.Tuple.tuple("throws", "EXCEPTION"),
                    org.assertj.core.groups.Tuple.tuple("sleeps", "TIMEOUT"),
                    org.assertj.core.groups.Tuple.tuple("busy-loop", "TIMEOUT"),
                    org.assertj.core.groups.Tuple.tuple("returns-null", "INVALID_RESULT"),
                    org.assertj.core.groups.Tuple.tuple("returns-junk", "INVALID_RESULT"));
            // the allocation fails at once, or only after a full collection that may outlast the time limit
            assertThat(report.failures()).filteredOn(f -> f.checker().equals("out-of-memory")).singleElement()
                    .satisfies(f -> assertThat(f.problem()).isIn("EXCEPTION", "TIMEOUT"));
        }
        // three failed claims in a row: quarantined, with the reason; the good one stays on. The hog either
        // finishes or runs out of time, depending on the machine: both are fine, as long as nothing else suffers.
        assertThat(pipeline.checkers()).filteredOn(c -> c.state().equals("QUARANTINED")).extracting(c -> c.id())
                .contains("throws", "sleeps", "busy-loop", "returns-null", "returns-junk", "out-of-memory").doesNotContain("good");
        assertThat(pipeline.checkers()).filteredOn(c -> c.id().equals("busy-loop")).singleElement()
                .satisfies(c -> assertThat(c.reason()).contains("TIMEOUT"));
        var fourth = pipeline.check(article);
        assertThat(fourth.checkers()).filteredOn(c -> c.state().equals("ACTIVE")).extracting(c -> c.id()).contains("good").isSubsetOf("hog", "good");
        // the later article's report says which checkers were left out, and why
        assertThat(fourth.checkers()).filteredOn(c -> c.state().equals("QUARANTINED")).extracting(c -> c.id()).contains("throws", "returns-null");
        assertThat(fourth.claims().get(0).findings()).extracting(Finding::checker).contains("good");

        assertThat(pipeline.enable("throws")).isTrue();
        assertThat(pipeline.check(article).claims().get(0).failures()).extracting(CheckerFailure::checker)
                .contains("throws").isSubsetOf("throws", "hog");
    }

    @Test
    void disabledCheckersDoNotRunUntilEnabled() {
        extractor();
        checker("x", List.of(), (c, ctx) -> List.of(Finding.of(Stance.INFO, 0.5, "x")));
        assertThat(pipeline.disable("x", "under review")).isTrue();
        assertThat(pipeline.disable("nope", "")).isFalse();
        assertThat(pipeline.check(article).claims().get(0).findings()).isEmpty();
        assertThat(pipeline.checkers()).singleElement().satisfies(c -> {
            assertThat(c.state()).isEqualTo("DISABLED");
            assertThat(c.reason()).isEqualTo("under review");
        });
        pipeline.enable("x");
        assertThat(pipeline.check(article).claims().get(0).findings()).hasSize(1);
    }

    @Test
    void aNewVersionLiftsQuarantine() {
        extractor();
        pipeline.addChecker(ref(Map.of(Checker.ID, "flaky", "test.version", "1.0.0")), (c, ctx) -> {
            throw new IllegalStateException("v1 bug");
        });
        for (int i = 0; i < 3; i++) {
            pipeline.check(article);
        }
        assertThat(pipeline.checkers()).singleElement().extracting(c -> c.state()).isEqualTo("QUARANTINED");
        // the same version registered again (the next run of FactDesk) stays quarantined
        pipeline.addChecker(ref(Map.of(Checker.ID, "flaky", "test.version", "1.0.0")), (c, ctx) -> List.of(Finding.of(Stance.INFO, 0.5, "v1 again")));
        assertThat(pipeline.check(article).claims().get(0).findings()).isEmpty();
        pipeline.addChecker(ref(Map.of(Checker.ID, "flaky", "test.version", "2.0.0")), (c, ctx) -> List.of(Finding.of(Stance.INFO, 0.5, "v2 works")));
        assertThat(pipeline.check(article).claims().get(0).findings()).extracting(Finding::summary).contains("v2 works");
    }

    @Test
    void everyQuickRunIsCollectedBeforeTheArticleIsReported() {
        // each outcome is collected on its run's thread; the article is reported only once every one has arrived (a run
        // seen done before its outcome was collected once gave a NullPointerException, rarely: this guards the behaviour)
        CheckPipeline quick = new CheckPipeline(null, 10_000, 2, 5);
        List<Claim> many = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(new Claim("a1#" + i, "Acme earned $5 billion.", 0, 23, 0.9, List.of(ClaimType.NUMERIC), "", null, null, null, null, null));
        }
        quick.setExtractor(ref(Map.of()), a -> many);
        // many findings a run: stamping them takes a while after the run has ended, the moment the waiter may look
        List<Finding> lots = java.util.stream.IntStream.range(0, 3000).mapToObj(i -> Finding.of(Stance.INFO, 0.5, "finding " + i)).toList();
        quick.addChecker(ref(Map.of(Checker.ID, "quick")), (c, ctx) -> lots);
        for (int round = 0; round < 30; round++) {
            ArticleReport r = quick.check(article);
            assertThat(r.claims()).hasSize(60).allSatisfy(c -> assertThat(c.findings()).hasSize(3000));
        }
    }

    @Test
    void theQuarantineRuleHoldsWithinOneArticle() {
        CheckPipeline five = new CheckPipeline(null, 10_000, 2, 5);
        List<Claim> thirteen = new java.util.ArrayList<>();
        for (int i = 0; i < 13; i++) {
            thirteen.add(new Claim("a1#" + i, "Acme earned $5 billion.", 0, 23, 0.9, List.of(ClaimType.NUMERIC), "", null, null, null, null, null));
        }
        five.setExtractor(ref(Map.of()), a -> thirteen);
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        five.addChecker(ref(Map.of(Checker.ID, "broken")), (c, ctx) -> {
            calls.incrementAndGet();
            throw new IllegalStateException("always");
        });
        ArticleReport r = five.check(article);
        // five failures in a row, then the runs not yet started are not run (two threads: at most one more was under way)
        assertThat(calls.get()).isBetween(5, 6);
        assertThat(r.claims()).flatExtracting(ClaimReport::failures).extracting(f -> f.problem()).filteredOn("QUARANTINED"::equals).hasSizeBetween(7, 8);
        assertThat(r.checkers()).singleElement().satisfies(c -> {
            assertThat(c.state()).isEqualTo("QUARANTINED");
            assertThat(c.reason()).contains("failed 5 claims in a row");
        });
    }

    @Test
    void interruptingTheCallerCancelsTheRun() throws Exception {
        extractor();
        checker("slow", List.of(), (c, ctx) -> {
            Thread.sleep(60_000);
            return List.of();
        });
        CheckPipeline slowPipeline = new CheckPipeline(null, 60_000, 2, 3);
        slowPipeline.setExtractor(ref(Map.of()), a -> List.of(
                new Claim("a1#0", "Acme earned $5 billion.", 0, 23, 0.9, List.of(ClaimType.NUMERIC), "", null, null, null, null, null)));
        slowPipeline.addChecker(ref(Map.of(Checker.ID, "slow")), (c, ctx) -> {
            Thread.sleep(60_000);
            return List.of();
        });
        java.util.concurrent.atomic.AtomicReference<Throwable> outcome = new java.util.concurrent.atomic.AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                slowPipeline.check(article);
            } catch (Throwable t) {
                outcome.set(t);
            }
        });
        caller.start();
        Thread.sleep(200);
        caller.interrupt();
        caller.join(5_000);
        assertThat(caller.isAlive()).isFalse();
        assertThat(outcome.get()).hasMessageContaining("cancelled");
        slowPipeline.deactivate();
    }

    @Test
    void aCheckerQueuedBehindSlowOnesStillGetsItsOwnTime() {
        // One thread, 400 ms each: "good" waits ~600 ms for the two slow ones, then answers at once.
        CheckPipeline one = new CheckPipeline(null, 400, 1, 3);
        try {
            one.setExtractor(ref(Map.of()), a -> List.of(
                    new Claim("a1#0", "Acme earned $5 billion.", 0, 23, 0.9, List.of(ClaimType.NUMERIC), "", null, null, null, null, null)));
            for (String id : List.of("slow-1", "slow-2")) {
                one.addChecker(ref(Map.of(Checker.ID, id)), (c, ctx) -> {
                    Thread.sleep(300);
                    return List.of(Finding.of(Stance.INFO, 0.1, id));
                });
            }
            one.addChecker(ref(Map.of(Checker.ID, "good")), (c, ctx) -> List.of(Finding.of(Stance.INFO, 0.5, "fine")));
            var report = one.check(article).claims().get(0);
            assertThat(report.failures()).isEmpty();
            assertThat(report.findings()).extracting(Finding::checker).containsExactlyInAnyOrder("slow-1", "slow-2", "good");
        } finally {
            one.deactivate();
        }
    }

    @Test
    void aCheckerThatIgnoresInterruptsUsesUpOnlyItsOwnThreads() {
        // 13 claims, as the demo article has: the spinning checker keeps its two threads forever, the others never notice
        List<Claim> claims = new java.util.ArrayList<>();
        for (int i = 0; i < 13; i++) {
            claims.add(new Claim("a1#" + i, "Acme earned $5 billion.", 0, 23, 0.9, List.of(ClaimType.NUMERIC), "", null, null, null, null, null));
        }
        pipeline.setExtractor(ref(Map.of(ClaimExtractor.NAME, "test")), a -> claims);
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        checker("spins", List.of(), (c, ctx) -> {
            while (!stop.get()) {
                Thread.onSpinWait(); // deaf to interrupts
            }
            return List.of();
        });
        for (String id : List.of("figures", "sourcing", "quotes")) {
            checker(id, List.of(), (c, ctx) -> {
                Thread.sleep(50); // real work takes a while: with shared threads, these would queue behind the spinner
                return List.of(Finding.of(Stance.INFO, 0.5, id));
            });
        }
        try {
            long t0 = System.nanoTime();
            ArticleReport r = pipeline.check(article);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            for (var claim : r.claims()) {
                assertThat(claim.findings()).extracting(Finding::checker).containsExactlyInAnyOrder("figures", "sourcing", "quotes");
                assertThat(claim.failures()).singleElement().satisfies(f -> {
                    assertThat(f.checker()).isEqualTo("spins");
                    assertThat(f.problem()).isEqualTo("TIMEOUT");
                });
            }
            assertThat(r.claims().stream().flatMap(c -> c.failures().stream()).map(CheckerFailure::message))
                    .contains("no answer within 1000 ms", "not run: its 2 threads are still busy with claims it did not finish in time");
            // one time limit for the spinner's first two claims, not one per claim (13 s)
            assertThat(ms).isLessThan(8_000);
            assertThat(pipeline.checkers()).filteredOn(c -> c.id().equals("spins")).singleElement()
                    .satisfies(c -> assertThat(c.state()).isEqualTo("QUARANTINED"));
            // the next article runs without it, at once
            assertThat(pipeline.check(article).claims().get(0).findings()).hasSize(3);
        } finally {
            stop.set(true);
        }
    }

    @Test
    void aCheckerTakingTheIdOfAnotherBundlesCheckerIsRefused() {
        extractor();
        checker("org.factdesk.checker.figures", List.of(), (c, ctx) -> List.of(Finding.of(Stance.INFO, 0.5, "official")));
        ServiceReference<Checker> impostor = bundleRef("org.example.evil", Map.of(Checker.ID, "org.factdesk.checker.figures"));
        pipeline.addChecker(impostor, (c, ctx) -> List.of(Finding.of(Stance.REFUTES, 0.99, "looks official")));
        assertThat(pipeline.check(article).claims().get(0).findings()).extracting(Finding::summary).containsExactly("official");
        assertThat(pipeline.checkers()).filteredOn(c -> c.state().equals("REFUSED")).singleElement().satisfies(c -> {
            assertThat(c.bundle()).isEqualTo("org.example.evil");
            assertThat(c.reason()).isEqualTo("its id is that of the checker of bundle unknown");
        });
        pipeline.removeChecker(impostor);
        assertThat(pipeline.checkers()).extracting(c -> c.state()).containsExactly("ACTIVE");
    }

    /** A reference whose bundle has the given symbolic name. */
    @SuppressWarnings("unchecked")
    private <S> ServiceReference<S> bundleRef(String bsn, Map<String, Object> props) {
        ServiceReference<S> plain = ref(props);
        org.osgi.framework.Bundle bundle = (org.osgi.framework.Bundle) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {org.osgi.framework.Bundle.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getSymbolicName" -> bsn;
                    case "getVersion" -> org.osgi.framework.Version.parseVersion("1.0.0");
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (ServiceReference<S>) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ServiceReference.class}, (proxy, method, args) -> method.getName().equals("getBundle") ? bundle
                        : method.getName().equals("equals") ? proxy == args[0] : method.getName().equals("hashCode") ? System.identityHashCode(proxy)
                        : method.invoke(plain, args));
    }
}

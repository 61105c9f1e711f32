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
import org.factdesk.api.pipeline.CheckerFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

class CheckPipelineTest {

    private final CheckPipeline pipeline = new CheckPipeline(300, 2);
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
                    case "getBundle" -> null;
                    case "compareTo" -> Long.compare((Long) all.get("service.id"),
                            (Long) ((ServiceReference<?>) args[0]).getProperty("service.id")) * -1;
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "getProperties" -> (Dictionary<String, Object>) null;
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
}

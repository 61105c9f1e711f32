package org.factdesk.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.FrameworkWiring;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A checker's life while FactDesk keeps running: installed from plugins/, updated to a new
 * version, removed; the pipeline follows each step and nothing else restarts.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HotSwapTest {

    static final String SOURCING = "org.factdesk.checker.sourcing";
    static final String SOURCING_SERVICE = "(factdesk.checker.id=" + SOURCING + ")";

    @TempDir
    static Path tmp;
    static RunningDesk desk;
    static Path pluginJar;
    static Map<String, Object> coreServices;

    @BeforeAll
    static void start() throws Exception {
        Path home = Distribution.homeWithout(tmp.resolve("home"), SOURCING);
        Path plugins = Files.createDirectories(tmp.resolve("plugins"));
        pluginJar = plugins.resolve("sourcing.jar");
        desk = new RunningDesk(home, plugins);
        coreServices = coreServices();
    }

    @AfterAll
    static void stop() {
        if (desk != null) {
            desk.close();
        }
    }

    /** Service ids of the components that must survive every plugin change untouched. */
    static Map<String, Object> coreServices() throws Exception {
        Map<String, Object> ids = new TreeMap<>();
        for (String type : List.of("org.factdesk.api.pipeline.Pipeline", "org.factdesk.api.pipeline.Importers",
                "org.factdesk.api.article.ArticleImporter")) {
            ServiceReference<?>[] refs = desk.context().getServiceReferences(type, null);
            assertThat(refs).as(type).isNotNull().isNotEmpty();
            ids.put(type, java.util.Arrays.stream(refs).map(r -> (Long) r.getProperty("service.id")).sorted().toList());
        }
        ServiceReference<?> extractor = desk.await("(factdesk.extractor.name=factdesk-claims)", 1000);
        ids.put("extractor", (Long) extractor.getProperty("service.id"));
        ServiceReference<?> figures = desk.await("(factdesk.checker.id=org.factdesk.checker.figures)", 1000);
        ids.put("figures", (Long) figures.getProperty("service.id"));
        return ids;
    }

    /** Checker id -> versions that produced findings on the demo article. */
    static Map<String, List<String>> findingsByChecker() throws Exception {
        RunningDesk.Result r = desk.run("check", "--json", Distribution.DEMO.toString());
        assertThat(r.exit()).isZero();
        JsonNode doc = r.json();
        Map<String, List<String>> out = new TreeMap<>();
        for (JsonNode claim : doc.get("claims")) {
            for (JsonNode f : claim.get("findings")) {
                List<String> versions = out.computeIfAbsent(f.get("checker").asText(), k -> new ArrayList<>());
                if (!versions.contains(f.get("version").asText())) {
                    versions.add(f.get("version").asText());
                }
            }
        }
        return out;
    }

    /** Every bundle is active; a headless run does not install the Gogo shell at all. */
    static void assertAllActive() {
        for (Bundle b : desk.context().getBundles()) {
            assertThat(b.getState()).as(b.getSymbolicName()).isEqualTo(Bundle.ACTIVE);
            assertThat(b.getSymbolicName()).doesNotStartWith("org.apache.felix.gogo.");
        }
    }

    @Test
    @Order(1)
    void everyBundleIsActiveAndTheCheckerIsNotThereYet() throws Exception {
        assertAllActive();
        // the shell's own resolution is checked at build time (launcher/factdesk.bndrun)
        assertThat(desk.context().getBundle(0).adapt(FrameworkWiring.class).resolveBundles(null)).isTrue();
        assertThat(desk.context().getServiceReferences((String) null, SOURCING_SERVICE)).isNull();
        assertThat(findingsByChecker()).containsKey("org.factdesk.checker.figures").doesNotContainKey(SOURCING);
    }

    @Test
    @Order(2)
    void aCheckerDroppedIntoPluginsIsUsedByTheNextCheck() throws Exception {
        Distribution.dropAtomically(Distribution.bundleJar(SOURCING), pluginJar);
        desk.await(SOURCING_SERVICE, 5000);
        Map<String, List<String>> findings = findingsByChecker();
        assertThat(findings).containsKeys("org.factdesk.checker.figures", SOURCING);
        assertThat(findings.get(SOURCING)).containsExactly(desk.context().getBundle(pluginJar.toUri().toString()).getVersion().toString());
        assertThat(coreServices()).isEqualTo(coreServices);
    }

    @Test
    @Order(3)
    void updatingTheCheckerChangesTheVersionInItsFindings() throws Exception {
        Path newVersion = tmp.resolve("sourcing-9.9.9.jar");
        Distribution.withVersion(Distribution.bundleJar(SOURCING), "9.9.9", newVersion);
        Distribution.dropAtomically(newVersion, pluginJar);
        ServiceReference<?> ref = desk.await("(&" + SOURCING_SERVICE + "(service.bundleid=*))", 5000);
        long until = System.currentTimeMillis() + 5000;
        while (!ref.getBundle().getVersion().toString().equals("9.9.9") && System.currentTimeMillis() < until) {
            Thread.sleep(10);
            ref = desk.await(SOURCING_SERVICE, 5000);
        }
        assertThat(findingsByChecker().get(SOURCING)).containsExactly("9.9.9");
        assertThat(desk.context().getBundles()).filteredOn(b -> SOURCING.equals(b.getSymbolicName())).hasSize(1);
        assertThat(coreServices()).isEqualTo(coreServices);
    }

    @Test
    @Order(4)
    void deletingTheCheckerRemovesItsFindingsFromTheNextRun() throws Exception {
        Files.delete(pluginJar);
        desk.awaitGone(SOURCING_SERVICE, 5000);
        assertThat(findingsByChecker()).containsKey("org.factdesk.checker.figures").doesNotContainKey(SOURCING);
        assertThat(desk.context().getBundles()).noneMatch(b -> SOURCING.equals(b.getSymbolicName()));
        assertThat(coreServices()).isEqualTo(coreServices);
    }

    @Test
    @Order(5)
    void aBetterRankedExtractorTakesOverAndHandsBackWhenRemoved() throws Exception {
        Path alt = desk.plugins.resolve("alt-extractor.jar");
        Path built = tmp.resolve("alt-extractor.jar");
        Distribution.variant(Distribution.bundleJar("org.factdesk.claims"), "org.example.claims.alt", Map.of(
                "value=\"factdesk-claims\"", "value=\"alt\"",
                "name=\"service.ranking\" type=\"Integer\" value=\"0\"", "name=\"service.ranking\" type=\"Integer\" value=\"10\""), built);
        assertThat(desk.run("check", "--json", Distribution.DEMO.toString()).json().get("extractor").asText()).isEqualTo("factdesk-claims");
        Distribution.dropAtomically(built, alt);
        desk.await("(factdesk.extractor.name=alt)", 5000);
        assertThat(desk.run("check", "--json", Distribution.DEMO.toString()).json().get("extractor").asText()).isEqualTo("alt");
        Files.delete(alt);
        desk.awaitGone("(factdesk.extractor.name=alt)", 5000);
        assertThat(desk.run("check", "--json", Distribution.DEMO.toString()).json().get("extractor").asText()).isEqualTo("factdesk-claims");
        assertAllActive();
    }

    @Test
    @Order(6)
    void aJarThatIsNotABundleIsReportedAndChangesNothing() throws Exception {
        Path junk = desk.plugins.resolve("junk.jar");
        Files.writeString(junk, "not a jar");
        Thread.sleep(300);
        assertThat(desk.context().getBundle(junk.toUri().toString())).isNull();
        assertAllActive();
        assertThat(coreServices()).isEqualTo(coreServices);
        Files.delete(junk);
    }
}

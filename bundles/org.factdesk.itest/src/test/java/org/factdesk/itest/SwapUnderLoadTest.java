package org.factdesk.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A batch of 1,000 articles runs while a checker is updated, removed and reinstalled 100 times:
 * every article comes out once, each article's findings come from one version of the checker
 * (the one listed for that article), and nothing escapes as an exception.
 */
class SwapUnderLoadTest {

    static final String SOURCING = "org.factdesk.checker.sourcing";
    static final int ARTICLES = 1000;
    static final int SWAPS = 100;

    @TempDir
    static Path tmp;
    static RunningDesk desk;

    @BeforeAll
    static void start() throws Exception {
        desk = new RunningDesk(Distribution.homeWithout(tmp.resolve("home"), SOURCING), Files.createDirectories(tmp.resolve("plugins")));
    }

    @AfterAll
    static void stop() {
        if (desk != null) {
            desk.close();
        }
    }

    @Test
    void batchSurvivesAHundredSwaps() throws Exception {
        Path batch = Files.createDirectories(tmp.resolve("batch"));
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(batch.resolve(String.format("a%04d.txt", i)), "Budget " + i + "\n\nThe ministry spent $" + (i + 10)
                    + " million on roads in 2024, according to sources familiar with the plan. Critics say it was "
                    + (i % 7 + 2) + " per cent more than promised.\n");
        }
        Path jar = Distribution.bundleJar(SOURCING);
        Path plugin = desk.plugins.resolve("sourcing.jar");
        Distribution.dropAtomically(jar, plugin);
        desk.await("(factdesk.checker.id=" + SOURCING + ")", 5000);

        AtomicReference<Throwable> swapperFailed = new AtomicReference<>();
        AtomicInteger swaps = new AtomicInteger();
        Thread swapper = new Thread(() -> {
            try {
                for (int i = 1; i <= SWAPS; i++) {
                    Path v = tmp.resolve("sourcing-" + i + ".jar");
                    Distribution.withVersion(jar, "1.0." + i, v);
                    Distribution.dropAtomically(v, plugin); // update to a new version
                    Thread.sleep(15);
                    Files.delete(plugin);                   // remove
                    Thread.sleep(15);
                    Distribution.dropAtomically(v, plugin); // reinstall
                    Thread.sleep(15);
                    swaps.incrementAndGet();
                }
            } catch (Throwable t) {
                swapperFailed.set(t);
            }
        }, "swapper");

        swapper.start();
        RunningDesk.Result r = desk.run("check", "--json", batch.toString());
        swapper.join();
        assertThat(swapperFailed.get()).isNull();
        assertThat(swaps.get()).isEqualTo(SWAPS);
        assertThat(r.exit()).as("no input failed, no exception escaped").isZero();

        ObjectMapper mapper = new ObjectMapper();
        Set<String> sources = new HashSet<>();
        Set<String> versionsSeen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (String line : r.out().lines().toList()) {
            JsonNode doc = mapper.readTree(line);
            String source = doc.at("/article/source").asText();
            assertThat(sources.add(source)).as("article processed once: " + source).isTrue();
            Set<String> listed = new HashSet<>();
            for (JsonNode c : doc.get("checkers")) {
                if (c.get("id").asText().equals(SOURCING)) {
                    listed.add(c.get("version").asText());
                }
            }
            Set<String> used = new HashSet<>();
            for (JsonNode claim : doc.get("claims")) {
                Set<String> seen = new HashSet<>();
                for (JsonNode f : claim.get("findings")) {
                    String key = f.get("checker").asText() + "|" + f.get("summary").asText();
                    assertThat(seen.add(key)).as("no duplicate finding in " + source).isTrue();
                    if (f.get("checker").asText().equals(SOURCING)) {
                        used.add(f.get("version").asText());
                        assertThat(f.at("/provenance/bundleVersion").asText()).isEqualTo(f.get("version").asText());
                    }
                }
                for (JsonNode failure : claim.get("failures")) {
                    // a checker pulled out from under a running article may fail: that is said, never hidden
                    if (!failure.get("checker").asText().equals(SOURCING)) {
                        problems.add(source + ": " + failure);
                    }
                }
            }
            assertThat(used).as("one version of the checker per article, the one listed: " + source).hasSizeLessThanOrEqualTo(1);
            assertThat(listed).containsAll(used);
            versionsSeen.addAll(used);
        }
        assertThat(sources).hasSize(ARTICLES);
        assertThat(problems).isEmpty();
        assertThat(versionsSeen).as("the batch saw the checker change version").hasSizeGreaterThan(1);
    }
}

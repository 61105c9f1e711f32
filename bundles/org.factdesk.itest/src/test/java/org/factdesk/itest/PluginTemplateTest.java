package org.factdesk.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a plugin author does: copy the template, build it with one Maven command, drop the jar
 * into a running FactDesk's plugins/, and see it used by the next check.
 */
class PluginTemplateTest {

    @TempDir
    Path tmp;

    @Test
    void theTemplateBuildsToAJarThatARunningDeskPicksUp() throws Exception {
        Path template = Path.of(System.getProperty("factdesk.template", "../org.example.checker.template"));
        Path copy = tmp.resolve("my-checker");
        try (Stream<Path> files = Files.walk(template)) {
            for (Path p : files.filter(p -> !template.relativize(p).startsWith("target")).toList()) {
                Path to = copy.resolve(template.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        Process mvn = new ProcessBuilder("mvn", "-q", "-B", "package").directory(copy.toFile())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("mvn.log").toFile()).start();
        assertThat(mvn.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(mvn.exitValue()).as(Files.readString(tmp.resolve("mvn.log"))).isZero();
        Path jar = copy.resolve("target/org.example.checker.template-1.0.0.jar");
        assertThat(jar).exists();

        Path article = Files.writeString(tmp.resolve("record.txt"),
                "Record exports\n\nThe port shipped 41 million tonnes, the largest amount in its history, more than Rotterdam.\n");
        try (RunningDesk desk = new RunningDesk(Distribution.homeWithout(tmp.resolve("home")), Files.createDirectories(tmp.resolve("plugins")))) {
            assertThat(findingsBy(desk, article, "org.example.checker.superlatives")).isEmpty();
            Distribution.dropAtomically(jar, desk.plugins.resolve("superlatives.jar"));
            desk.await("(factdesk.checker.id=org.example.checker.superlatives)", 5000);
            assertThat(findingsBy(desk, article, "org.example.checker.superlatives")).singleElement()
                    .satisfies(f -> {
                        assertThat(f.get("summary").asText()).contains("\"largest\"");
                        assertThat(f.get("version").asText()).isEqualTo("1.0.0");
                    });
        }
    }

    private static List<JsonNode> findingsBy(RunningDesk desk, Path article, String checker) throws Exception {
        RunningDesk.Result r = desk.run("check", "--json", article.toString());
        assertThat(r.exit()).isZero();
        List<JsonNode> out = new java.util.ArrayList<>();
        for (JsonNode claim : r.json().get("claims")) {
            for (JsonNode f : claim.get("findings")) {
                if (f.get("checker").asText().equals(checker)) {
                    out.add(f);
                }
            }
        }
        return out;
    }
}

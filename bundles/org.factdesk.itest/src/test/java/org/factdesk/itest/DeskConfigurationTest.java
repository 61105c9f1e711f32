package org.factdesk.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.factdesk.itest.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A desk's configuration lasts: each step below is a new {@code factdesk} process on the same desk. */
class DeskConfigurationTest {

    @TempDir
    Path tmp;

    private Run factdesk(String... args) throws Exception {
        return Cli.run(tmp, Path.of(System.getProperty("java.home")), Map.of(), args);
    }

    private static String state(Run checkers, String id) throws Exception {
        for (JsonNode c : new ObjectMapper().readTree(checkers.out())) {
            if (c.get("id").asText().equals(id)) {
                return c.get("state").asText();
            }
        }
        throw new AssertionError("no checker " + id + " in " + checkers.out());
    }

    @Test
    void aDisabledCheckerStaysDisabledInTheNextRunUntilEnabled() throws Exception {
        String sourcing = "org.factdesk.checker.sourcing";
        assertThat(state(factdesk("checkers", "--json"), sourcing)).isEqualTo("ACTIVE");
        assertThat(Files.exists(tmp.resolve("factdesk-workspace"))).as("a reading command leaves no desk behind").isFalse();

        Run off = factdesk("disable", sourcing, "too", "noisy");
        assertThat(off.exit()).as(off.err()).isZero();
        Run later = factdesk("checkers", "--json");
        assertThat(state(later, sourcing)).isEqualTo("DISABLED");
        assertThat(later.out()).contains("too noisy");
        Run doc = factdesk("check", "--json", Distribution.DEMO.toString());
        assertThat(doc.out()).doesNotContain("\"checker\":\"" + sourcing + "\"");

        assertThat(factdesk("enable", sourcing).exit()).isZero();
        assertThat(state(factdesk("checkers", "--json"), sourcing)).isEqualTo("ACTIVE");
    }

    @Test
    void theDesksFileChoosesThePriorsArchiveAndAChangeToItCountsInTheNextRun() throws Exception {
        Path config = Files.createDirectories(tmp.resolve("factdesk-workspace/config"));
        Path a = archive("Archive A");
        Path b = archive("Archive B");
        deskFile(config, a);
        assertThat(priorsSummaries()).isNotEmpty().allMatch(s -> s.contains("Archive A"));

        deskFile(config, b);
        List<String> now = priorsSummaries();
        assertThat(now).isNotEmpty().allMatch(s -> s.contains("Archive B"));

        Files.delete(config.resolve("desk.json"));
        assertThat(priorsSummaries()).as("without the file, the bundled sample again").isNotEmpty()
                .noneMatch(s -> s.contains("Archive")).anyMatch(s -> s.contains("FactDesk sample"));
    }

    @Test
    void aBrokenDeskFileIsNamedAndTheRunGoesOnWithoutIt() throws Exception {
        Path config = Files.createDirectories(tmp.resolve("factdesk-workspace/config"));
        Files.writeString(config.resolve("desk.json"), "{ \"org.factdesk.checker.priors~desk\": { \"archives\": [ }");
        Run r = factdesk("check", "--json", Distribution.DEMO.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains(config.resolve("desk.json").toString()).contains("not applied").doesNotContain("Exception");
    }

    @Test
    void configSetChecksValuesAgainstMetatypeAndWhatItSetsLasts() throws Exception {
        Run bad = factdesk("config", "set", "org.factdesk.pipeline", "threads=many");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("threads").contains("\"many\" is not a whole number").doesNotContain("Exception");
        Run tooMany = factdesk("config", "set", "org.factdesk.pipeline", "threads=100000");
        assertThat(tooMany.exit()).isEqualTo(2);
        assertThat(tooMany.err()).contains("above the maximum");
        Run unknown = factdesk("config", "set", "org.factdesk.pipeline", "colour=blue");
        assertThat(unknown.err()).contains("no setting \"colour\"").contains("checkerTimeoutMillis");

        assertThat(factdesk("config", "set", "org.factdesk.pipeline", "threads=3", "checkerTimeoutMillis=20000").exit()).isZero();
        JsonNode shown = new ObjectMapper().readTree(factdesk("config", "show", "org.factdesk.pipeline", "--json").out());
        assertThat(shown.at("/configuration/properties/threads").asInt()).isEqualTo(3);
        assertThat(shown.at("/configuration/properties/checkerTimeoutMillis").asLong()).isEqualTo(20000);
        assertThat(shown.at("/component/settings").toString()).contains("quarantineAfter");

        assertThat(factdesk("config", "unset", "org.factdesk.pipeline", "threads").exit()).isZero();
        JsonNode after = new ObjectMapper().readTree(factdesk("config", "list", "--json").out());
        assertThat(after.get("configurations").toString()).doesNotContain("\"threads\"").contains("checkerTimeoutMillis");
        assertThat(factdesk("config", "delete", "org.factdesk.pipeline").exit()).isZero();
        assertThat(factdesk("config", "delete", "org.factdesk.pipeline").exit()).isEqualTo(1);
    }

    @Test
    void aDeskFilesConfigurationIsChangedInTheFileNotByCommand() throws Exception {
        Path config = Files.createDirectories(tmp.resolve("factdesk-workspace/config"));
        deskFile(config, archive("Archive A"));
        Run r = factdesk("config", "set", "org.factdesk.checker.priors~desk", "maxSuggestions=1");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("is set by the desk file").contains("desk.json");
    }

    private Path archive(String publisher) throws Exception {
        String line = "{\"claim\": \"Microsoft will spend $80 billion on AI data centres in its 2025 financial year.\", \"rating\": \"True\","
                + " \"title\": \"Microsoft announced $80 billion for AI data centres\", \"date\": \"2025-01-06\", \"publisher\": \"" + publisher + "\", \"url\": \"\"}\n"
                + "{\"claim\": \"Meta pledged to spend $65 billion on AI infrastructure in 2025.\", \"rating\": \"Mostly true\","
                + " \"title\": \"Meta's 2025 guidance is $60 billion to $65 billion\", \"date\": \"2025-01-30\", \"publisher\": \"" + publisher + "\", \"url\": \"\"}\n"
                + "{\"claim\": \"The moon is made of cheese.\", \"rating\": \"False\", \"title\": \"No cheese\", \"date\": \"2020-01-01\", \"publisher\": \""
                + publisher + "\", \"url\": \"\"}\n";
        return Files.writeString(tmp.resolve(publisher.replace(' ', '-') + ".jsonl"), line);
    }

    private static void deskFile(Path config, Path archive) throws Exception {
        Files.writeString(config.resolve("desk.json"), """
                {
                  ":configurator:resource-version": 1,
                  ":configurator:symbolic-name": "desk",
                  ":configurator:version": "1.0.0",
                  "org.factdesk.checker.priors~desk": { "archives": ["%s"] }
                }
                """.formatted(archive.toString().replace("\\", "\\\\")));
    }

    private List<String> priorsSummaries() throws Exception {
        Run r = factdesk("check", "--json", Distribution.DEMO.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> out = new ArrayList<>();
        for (JsonNode claim : new ObjectMapper().readTree(r.out()).get("claims")) {
            for (JsonNode f : claim.get("findings")) {
                if (f.get("checker").asText().equals("org.factdesk.checker.priors")) {
                    out.add(f.get("summary").asText());
                }
            }
        }
        return out;
    }
}

package org.factdesk.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.factdesk.itest.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code factdesk} as an operator runs it: a child JVM, arguments, standard output, exit code. */
class CommandLineTest {

    @TempDir
    Path tmp;

    private Run factdesk(String... args) throws Exception {
        return factdeskWith(Path.of(System.getProperty("java.home")), args);
    }

    private List<String> command(Path javaHome, String... args) {
        return Cli.command(tmp, javaHome, args);
    }

    private Run factdeskWith(Path javaHome, String... args) throws Exception {
        return Cli.run(tmp, javaHome, Map.of(), args);
    }

    private static JsonNode claimWithFigure(JsonNode doc, String display) {
        for (JsonNode claim : doc.get("claims")) {
            for (JsonNode q : claim.get("quantities")) {
                if (q.get("display").asText().equals(display)) {
                    return claim;
                }
            }
        }
        throw new AssertionError("no claim with figure " + display);
    }

    @Test
    void checkJsonOnTheDemoArticleFollowsTheContract() throws Exception {
        Run r = factdesk("check", "--json", Distribution.DEMO.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines().count()).as("one document per article").isEqualTo(1);
        JsonNode doc = new ObjectMapper().readTree(r.out());
        String text = Files.readString(Distribution.DEMO, StandardCharsets.UTF_8);
        assertThat(doc.at("/article/id").asText()).hasSize(16);
        assertThat(doc.at("/article/headline").asText()).startsWith("Microsoft and Meta");
        for (String figure : List.of("$80 billion", "$65 billion", "$6 million")) {
            JsonNode claim = claimWithFigure(doc, figure);
            int start = claim.get("start").asInt();
            int end = claim.get("end").asInt();
            assertThat(text.substring(start, end)).isEqualTo(claim.get("text").asText());
            assertThat(claim.get("score").asDouble()).isBetween(0.5, 1.0);
            assertThat(claim.get("types").toString()).contains("NUMERIC");
            assertThat(claim.get("findings")).as(figure).isNotEmpty();
            for (JsonNode f : claim.get("findings")) {
                assertThat(f.get("checker").asText()).startsWith("org.factdesk.checker.");
                assertThat(f.get("version").asText()).matches("\\d+\\.\\d+\\.\\d+.*");
                assertThat(f.get("stance").asText()).isIn("SUPPORTS", "REFUTES", "NEEDS_CONTEXT", "INFO");
                assertThat(f.at("/provenance/bundle").asText()).isEqualTo(f.get("checker").asText());
            }
        }
        List<String> builtIn = List.of("org.factdesk.checker.figures", "org.factdesk.checker.sourcing",
                "org.factdesk.checker.quotes", "org.factdesk.checker.priors");
        assertThat(doc.get("checkers")).extracting(c -> c.get("id").asText()).containsAll(builtIn);
        // every built-in checker has something to say about the demo with the shipped samples, with provenance
        java.util.Set<String> spoke = new java.util.HashSet<>();
        for (JsonNode claim : doc.get("claims")) {
            for (JsonNode f : claim.get("findings")) {
                spoke.add(f.get("checker").asText());
                assertThat(f.at("/provenance/component").asText()).startsWith(f.get("checker").asText() + ".internal.");
                assertThat(f.at("/provenance/configHash").asText()).hasSize(12);
            }
        }
        assertThat(spoke).containsAll(builtIn);
        assertThat(doc.toString()).contains("Mark Zuckerberg").contains("Satya Nadella");
    }

    @Test
    void badInputsGetOneClearLineEachAndTheRestStillRuns() throws Exception {
        Files.writeString(tmp.resolve("empty.txt"), "");
        Files.write(tmp.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H'});
        Files.write(tmp.resolve("fake.txt"), new byte[] {'a', 'b', 0, 0, 1, 2, 3});
        Files.createDirectories(tmp.resolve("emptydir"));
        Run r = factdesk("check", "missing.txt", "empty.txt", "image.png", "fake.txt", "emptydir", Distribution.DEMO.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines().toList()).containsExactly(
                "factdesk: missing.txt: no such file",
                "factdesk: empty.txt: file is empty",
                "factdesk: image.png: binary data, not an article (NUL byte at offset 8)",
                "factdesk: fake.txt: text: binary data, not text (NUL byte at offset 2)",
                "factdesk: emptydir: directory has no files");
        assertThat(r.out()).contains("== " + Distribution.DEMO).contains("$ 80 billion");
    }

    @Test
    void unreadableFileIsNamed() throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "Some text.");
        File f = secret.toFile();
        org.junit.jupiter.api.Assumptions.assumeTrue(f.setReadable(false, false) && !Files.isReadable(secret),
                "running as root: permissions do not stop reading");
        Run r = factdesk("check", "secret.txt");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("factdesk: secret.txt: permission denied\n");
    }

    @Test
    void directoriesAndStandardInputAreArticleSources() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("desk/inbox"));
        Files.copy(Distribution.DEMO, dir.resolve("a.txt"));
        Files.writeString(dir.resolve("b.txt"), "Prices\n\nThe city said rents rose 12 per cent in 2024, more than wages.\n");
        Run r = factdesk("check", "--json", "desk");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> docs = r.out().lines().toList();
        assertThat(docs).hasSize(2);
        assertThat(new ObjectMapper().readTree(docs.get(1)).at("/article/source").asText()).isEqualTo("desk/inbox/b.txt");
        assertThat(docs.get(1)).contains("\"display\":\"12%\"");
    }

    @Test
    void aDirectoryMixingEveryFormatIsImportedEachByItsImporter() throws Exception {
        Path bundles = Path.of(System.getProperty("factdesk.bundles", ".."));
        Path fixtures = Path.of(System.getProperty("factdesk.fixtures", "../org.factdesk.importer.testkit/src/main/resources/org/factdesk/importer/testkit"));
        Path desk = Files.createDirectories(tmp.resolve("inbox"));
        Files.copy(Distribution.DEMO, desk.resolve("demo.txt"));
        Files.copy(bundles.resolve("org.factdesk.importer.html/src/test/resources/warhol.html"), desk.resolve("page.html"));
        Files.copy(bundles.resolve("org.factdesk.importer.feeds/src/test/resources/wikinews.atom"), desk.resolve("feed.atom"));
        Path ninjs = fixtures.resolve("ninjs/examples/2.1");
        try (var s = Files.list(ninjs)) {
            Files.copy(s.filter(p -> p.toString().endsWith(".json")).sorted().findFirst().orElseThrow(), desk.resolve("item.json"));
        }
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            pdf.addPage(page);
            try (var text = new org.apache.pdfbox.pdmodel.PDPageContentStream(pdf, page)) {
                text.beginText();
                text.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 700);
                text.showText("The council spent $4 million on roads in 2024, officials said.");
                text.endText();
            }
            pdf.getDocumentInformation().setTitle("Council roads report");
            pdf.save(desk.resolve("report.pdf").toFile());
        }
        Run r = factdesk("check", "--json", "inbox");
        assertThat(r.exit()).as(r.err()).isZero();
        java.util.Map<String, String> formatBySource = new java.util.TreeMap<>();
        for (String line : r.out().lines().toList()) {
            JsonNode doc = new ObjectMapper().readTree(line);
            formatBySource.put(doc.at("/article/source").asText(), doc.at("/article/format").asText());
        }
        assertThat(formatBySource).containsEntry("inbox/demo.txt", "text").containsEntry("inbox/page.html", "html")
                .containsEntry("inbox/item.json", "ninjs").containsEntry("inbox/report.pdf", "pdf")
                .containsValue("feed");
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        assertThat(factdesk("check").exit()).isEqualTo(2);
        Run r = factdesk("check", "--colour", "x.txt");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown option \"--colour\"");
        assertThat(factdesk("frobnicate").err()).contains("unknown command \"frobnicate\"");
        assertThat(factdesk("help").out()).contains("usage: factdesk");
    }

    @Test
    void gogoScriptsManagePluginsAndCheckers() throws Exception {
        // a copy under a name of its own: the distribution's name would be refused as shadowing a built-in
        Path jar = tmp.resolve("sourcing-copy.jar");
        Distribution.variant(Distribution.bundleJar("org.factdesk.checker.sourcing"), "org.example.sourcing", Map.of(), jar);
        Files.createDirectories(tmp.resolve("plugins"));
        Path script = Files.writeString(tmp.resolve("plugins.gosh"), String.join("\n",
                "factdesk:disable org.factdesk.checker.sourcing too noisy today",
                "factdesk:checkers",
                "factdesk:enable org.factdesk.checker.sourcing",
                "factdesk:install " + jar,
                "factdesk:plugins",
                "factdesk:remove org.example.sourcing",
                "factdesk:plugins", ""));
        Run r = factdesk("run", script.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("org.factdesk.checker.sourcing disabled")
                .containsPattern("org\\.factdesk\\.checker\\.sourcing +\\S+ +DISABLED .*\\(too noisy today\\)")
                .contains("org.factdesk.checker.sourcing enabled")
                .contains("installed " + jar).contains("removed org.example.sourcing").contains("no plugins");
    }

    @Test
    void gogoScriptsRunTheSameCommands() throws Exception {
        Path script = Files.writeString(tmp.resolve("demo.gosh"),
                "factdesk:checkers\nfactdesk:check --json " + Distribution.DEMO + "\n");
        Run r = factdesk("run", script.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("org.factdesk.checker.figures").contains("\"claims\":[");
    }

    @Test
    void sigtermStopsTheFrameworkAndRemovesItsCache() throws Exception {
        // "check -" waits on standard input, which this test keeps open
        Process p = new ProcessBuilder(command(Path.of(System.getProperty("java.home")), "check", "-"))
                .directory(tmp.toFile()).redirectError(tmp.resolve("err").toFile()).start();
        long until = System.currentTimeMillis() + 30_000;
        while (cacheDirs().isEmpty() && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        assertThat(cacheDirs()).as("framework cache while running").hasSize(1);
        Thread.sleep(500);
        p.destroy(); // SIGTERM
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(143);
        assertThat(cacheDirs()).as("framework cache after SIGTERM").isEmpty();
    }

    private List<Path> cacheDirs() throws Exception {
        try (var s = Files.list(tmp)) {
            return s.filter(d -> d.getFileName().toString().startsWith("factdesk-felix-")).toList();
        }
    }

    @Test
    void runsOnJava25() throws Exception {
        Path jdk25 = Path.of(System.getProperty("factdesk.java25", "/usr/lib/jvm/temurin-25-jdk-amd64"));
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(jdk25.resolve("bin/java")), "no Java 25 at " + jdk25);
        Run r = factdeskWith(jdk25, "check", "--json", Distribution.DEMO.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(new ObjectMapper().readTree(r.out()).get("claims")).hasSizeGreaterThan(3);
    }
}

package org.factdesk.shell.internal;

import java.util.Optional;

import org.factdesk.plugins.internal.Shelf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.factdesk.api.article.Article;
import org.factdesk.api.article.ImportException;
import org.factdesk.api.article.ImportSource;
import org.factdesk.api.check.Cost;
import org.factdesk.api.check.Finding;
import org.factdesk.api.check.Stance;
import org.factdesk.api.claim.Claim;
import org.factdesk.api.claim.ClaimType;
import org.factdesk.api.pipeline.ArticleReport;
import org.factdesk.api.pipeline.CheckerInfo;
import org.factdesk.api.pipeline.ClaimReport;
import org.factdesk.api.pipeline.Importers;
import org.factdesk.api.pipeline.Pipeline;
import org.factdesk.export.service.internal.ExportWriter;
import org.factdesk.intake.internal.FileIntake;
import org.factdesk.intake.internal.WorkspaceImport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class CommandsTest {

    static final CheckerInfo CHECKER = new CheckerInfo("c.x", "X", "1.2.0", "c.x", "ACTIVE", "", List.of(ClaimType.NUMERIC), Cost.LOCAL, "");

    /** Imports any file as one article of its bytes; fails on files named bad*. */
    final Importers importers = new Importers() {
        @Override
        public List<Article> read(ImportSource source) throws ImportException {
            if (source.location().contains("bad")) {
                throw new ImportException(source.location(), "text", "file is empty");
            }
            try (var in = source.open()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return List.of(new Article(Article.contentId(text), source.location(), "text", null, null, null, null, text, null, null));
            } catch (java.io.IOException e) {
                throw new ImportException(source.location(), null, "cannot read");
            }
        }

        @Override
        public List<String> formats() {
            return List.of("text");
        }
    };

    /** One claim over the whole text, with one finding and the given score. */
    final Pipeline pipeline = new Pipeline() {
        @Override
        public ArticleReport check(Article a) {
            double score = a.text().startsWith("low") ? 0.2 : 0.9;
            Claim c = new Claim(a.id() + "#0", a.text(), 0, a.text().length(), score, List.of(ClaimType.NUMERIC), "r", null, null, null, null, null);
            Finding f = Finding.of(Stance.INFO, 0.5, "seen").stamped("c.x", "1.2.0", null);
            return new ArticleReport(a, "test", List.of(new ClaimReport(c, List.of(f), List.of())), List.of(CHECKER));
        }

        @Override
        public List<CheckerInfo> checkers() {
            return List.of(CHECKER);
        }

        @Override
        public boolean disable(String id, String reason) {
            return id.equals("c.x");
        }

        @Override
        public boolean enable(String id) {
            return id.equals("c.x");
        }
    };

    @TempDir
    Path dir;

    /** The real intake service over the given importers, with its configuration's defaults. */
    static FileIntake intake(Importers importers) {
        FileIntake.Config defaults = (FileIntake.Config) java.lang.reflect.Proxy.newProxyInstance(CommandsTest.class.getClassLoader(),
                new Class<?>[] {FileIntake.Config.class}, (proxy, method, args) -> method.getDefaultValue());
        return new FileIntake(importers, defaults);
    }

    record Out(int code, String out, String err) {
    }

    Out run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Commands commands = new Commands(pipeline, importers, intake(importers), new WorkspaceImport(intake(importers), pipeline), new ExportWriter(), Optional.of(new Shelf(dir.resolve("plugins"), location -> null, java.util.Set::of, location -> null)), dir,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), () -> java.util.Optional.empty(), java.util.Map.of(), java.util.Optional::empty);
        int code = commands.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Out(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void jsonHasTheContractFieldsWithFindingsInsideClaims() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Acme earned $5 billion.");
        Out o = run("", "check", "--json", "a.txt");
        assertThat(o.code()).isZero();
        JsonNode doc = new ObjectMapper().readTree(o.out());
        assertThat(doc.at("/article/source").asText()).isEqualTo("a.txt");
        JsonNode claim = doc.at("/claims/0");
        for (String field : List.of("id", "text", "start", "end", "score", "types", "speaker", "quantities", "entities", "findings")) {
            assertThat(claim.has(field)).as(field).isTrue();
        }
        assertThat(claim.at("/findings/0/checker").asText()).isEqualTo("c.x");
        assertThat(claim.at("/findings/0/version").asText()).isEqualTo("1.2.0");
        assertThat(doc.at("/checkers/0/id").asText()).isEqualTo("c.x");
    }

    @Test
    void minScoreFiltersClaimsAndStdinIsRead() {
        assertThat(run("low value text", "check", "--min-score", "0.5", "-").out()).contains("0 claims");
        assertThat(run("high value text", "check", "-").out()).contains("1 claims").contains("[c.x 1.2.0]");
    }

    @Test
    void aFailingInputIsReportedAndTheOthersStillRun() throws Exception {
        Files.writeString(dir.resolve("good.txt"), "fine");
        Out o = run("", "check", "bad.txt", "good.txt");
        assertThat(o.code()).isEqualTo(Commands.INPUT_FAILED);
        assertThat(o.err()).isEqualTo("factdesk: bad.txt: text: file is empty\n");
        assertThat(o.out()).contains("== good.txt");
    }

    @Test
    void usageProblemsExitWithTwo() {
        assertThat(run("", "check", "--min-score", "lots", "a.txt").err()).contains("not \"lots\"");
        assertThat(run("", "check", "--min-score").code()).isEqualTo(Commands.USAGE);
        assertThat(run("", "checkers", "--yaml").code()).isEqualTo(Commands.USAGE);
        assertThat(run("").out()).contains("usage: factdesk");
    }

    @Test
    void checkersAreListedWithVersions() {
        assertThat(run("", "checkers").out()).contains("c.x").contains("1.2.0").contains("NUMERIC");
        assertThat(run("", "checkers", "--json").out()).contains("\"version\":\"1.2.0\"");
    }

    @Test
    void pluginsAreCopiedInUnderTheirNameAndTakenOut() throws Exception {
        java.util.jar.Manifest m = new java.util.jar.Manifest();
        m.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().putValue("Bundle-SymbolicName", "org.example.checker;singleton:=true");
        m.getMainAttributes().putValue("Bundle-Version", "1.2.3");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(dir.resolve("build-output.jar")), m)) {
            // manifest only
        }
        Out o = run("", "install", "build-output.jar");
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(dir.resolve("plugins/org.example.checker.jar")).exists();
        assertThat(run("", "plugins").out()).contains("org.example.checker.jar").contains("1.2.3").contains("NOT INSTALLED");
        assertThat(run("", "remove", "org.example.checker").code()).isZero();
        assertThat(dir.resolve("plugins/org.example.checker.jar")).doesNotExist();
        assertThat(run("", "remove", "org.example.checker").err()).contains("no plugin");
    }

    @Test
    void notABundleIsRefusedWithTheReason() throws Exception {
        Files.writeString(dir.resolve("x.jar"), "text");
        Out o = run("", "install", "x.jar", "missing.jar");
        assertThat(o.code()).isEqualTo(Commands.INPUT_FAILED);
        assertThat(o.err()).contains("x.jar: not an OSGi bundle").contains("missing.jar: no such file");
    }

    @Test
    void enableAndDisableNameTheChecker() {
        assertThat(run("", "disable", "c.x", "wrong", "table").out()).isEqualTo("c.x disabled\n");
        Out o = run("", "enable", "nope");
        assertThat(o.code()).isEqualTo(Commands.INPUT_FAILED);
        assertThat(o.err()).contains("no checker \"nope\"").contains("c.x");
    }

    @Test
    void articlesAndFeedsAreFetchedFromLocalUrls() throws Exception {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed.xml", x -> {
            byte[] body = "Prices rose 5% in 2024.".getBytes(StandardCharsets.UTF_8);
            x.sendResponseHeaders(200, body.length);
            x.getResponseBody().write(body);
            x.close();
        });
        server.createContext("/gone", x -> {
            x.sendResponseHeaders(404, -1);
            x.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Out o = run("", "check", base + "/feed.xml", base + "/gone");
            assertThat(o.code()).isEqualTo(Commands.INPUT_FAILED);
            assertThat(o.out()).contains("== " + base + "/feed.xml");
            assertThat(o.err()).isEqualTo("factdesk: " + base + "/gone: the server answered HTTP 404 (not found)\n");
        } finally {
            server.stop(0);
        }
    }
}

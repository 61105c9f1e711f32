package org.factdesk.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.factdesk.api.article.Article;
import org.factdesk.api.article.ImportException;
import org.factdesk.api.article.ImportSource;
import org.factdesk.api.intake.InputProblem;
import org.factdesk.api.intake.Receiver;
import org.factdesk.api.intake.Request;
import org.factdesk.api.intake.Summary;
import org.factdesk.api.job.CancelledException;
import org.factdesk.api.job.Monitor;
import org.factdesk.api.pipeline.Importers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

class FileIntakeTest {

    @TempDir
    Path cwd;
    HttpServer server;
    String base;
    final CountDownLatch slowRequestArrived = new CountDownLatch(1);

    final FileIntake intake = new FileIntake(new TextImporters(), Duration.ofSeconds(1), 1024);
    final Collected got = new Collected();

    /** Reads any non-empty, non-binary input as one text article, refusing the rest as the importer registry does. */
    static final class TextImporters implements Importers {
        @Override
        public List<Article> read(ImportSource source) throws ImportException {
            byte[] bytes;
            try (InputStream in = source.open()) {
                bytes = in.readAllBytes();
            } catch (NoSuchFileException e) {
                throw new ImportException(source.location(), null, "no such file");
            } catch (IOException e) {
                throw new ImportException(source.location(), null, "cannot read: " + e.getMessage());
            }
            if (bytes.length == 0) {
                throw new ImportException(source.location(), null, "file is empty");
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf('\0') >= 0) {
                throw new ImportException(source.location(), null, "binary data, not an article (NUL byte at offset " + text.indexOf('\0') + ")");
            }
            // "Warn: ..." as the first line: read, with that warning (as importers note what they worked around)
            java.util.Map<String, String> meta = text.startsWith("Warn: ")
                    ? java.util.Map.of(Request.WARNING, text.lines().findFirst().orElseThrow().substring(6)) : null;
            return List.of(new Article(Article.contentId(text), source.location(), "text", text.lines().findFirst().orElse(null), null, null,
                    "en", text, List.of(), meta));
        }

        @Override
        public List<String> formats() {
            return List.of("text");
        }
    }

    /** What a face would print: articles by location, problem lines. */
    static final class Collected implements Receiver<RuntimeException> {
        final List<String> locations = new ArrayList<>();
        final List<String> headlines = new ArrayList<>();
        final List<String> problems = new ArrayList<>();

        @Override
        public void article(String location, Article article) {
            locations.add(location);
            headlines.add(article.headline());
        }

        @Override
        public void problem(InputProblem problem) {
            problems.add(problem.line());
        }
    }

    /** Records what the intake reports; cancels when told to. */
    static final class Recording implements Monitor {
        final List<String> calls = new ArrayList<>();
        volatile boolean cancelled;

        @Override
        public void begin(String title, long total) {
            calls.add("begin " + title + " " + total);
        }

        @Override
        public void worked(long units) {
            calls.add("worked " + units);
        }

        @Override
        public void message(String text) {
            calls.add("message " + text);
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/article.txt", x -> respond(x, 200, "A story from the web\n\nIt has 3 claims.\n".getBytes(StandardCharsets.UTF_8), true));
        server.createContext("/big", x -> respond(x, 200, new byte[5000], true));
        server.createContext("/big-chunked", x -> respond(x, 200, "x".repeat(5000).getBytes(StandardCharsets.UTF_8), false));
        server.createContext("/slow", x -> {
            slowRequestArrived.countDown();
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(x, 200, "late\n".getBytes(StandardCharsets.UTF_8), true);
        });
        server.createContext("/loop", x -> {
            x.getResponseHeaders().add("Location", "/loop");
            respond(x, 302, new byte[0], true);
        });
        server.createContext("/to-ftp", x -> {
            x.getResponseHeaders().add("Location", "ftp://example.org/x");
            respond(x, 301, new byte[0], true);
        });
        server.createContext("/", x -> respond(x, 404, "not here".getBytes(StandardCharsets.UTF_8), true));
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "test http server");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void respond(com.sun.net.httpserver.HttpExchange x, int status, byte[] body, boolean withLength) throws IOException {
        x.sendResponseHeaders(status, withLength ? body.length : 0);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        } catch (IOException e) {
            // the client hung up (size limit): nothing to do
        }
    }

    @AfterEach
    void stopServing() {
        server.stop(0);
    }

    private Summary read(String... inputs) throws CancelledException {
        return intake.read(new Request(List.of(inputs), cwd), got, Monitor.NONE);
    }

    private Path write(String name, String content) throws IOException {
        Path p = cwd.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content);
    }

    @Test
    void strictRefusesArticlesReadWithAWarningAndReadsTheRest() throws Exception {
        write("in/a.txt", "Fine\n");
        write("in/b.txt", "Warn: /$schema: property '$schema' is not allowed by ninjs 2.0\nBody\n");

        Summary lenient = intake.read(new Request(List.of("in"), cwd), got, Monitor.NONE);
        assertThat(got.locations).containsExactly("in/a.txt", "in/b.txt");
        assertThat(lenient.problems()).isEmpty();

        Collected strict = new Collected();
        Summary refused = intake.read(new Request(List.of("in"), cwd).withStrict(true), strict, Monitor.NONE);
        assertThat(strict.locations).containsExactly("in/a.txt");
        assertThat(strict.problems).containsExactly(
                "in/b.txt: text: /$schema: property '$schema' is not allowed by ninjs 2.0; refused (--strict)");
        assertThat(refused.ok()).isFalse();
        assertThat(new Request(List.of("x"), cwd).withStrict(true).withHidden(true).strict()).isTrue();
    }

    @Test
    void hiddenFoldersInsideAreSkippedButAHiddenFolderNamedIsRead() throws Exception {
        write("repo/story.txt", "Story\n");
        write("repo/.git/COMMIT_EDITMSG.txt", "Not an article\n");
        write("repo/sub/.cache/x.txt", "Cached\n");
        write(".inbox/named.txt", "Named\n");

        read("repo", ".inbox");

        assertThat(got.locations).containsExactly("repo/story.txt", ".inbox/named.txt");
    }

    @Test
    void aMixedFolderIsReadRecursivelyInSortedOrderNamedAsTypedWithoutDotFiles() throws Exception {
        write("docs/b.txt", "Second\n");
        write("docs/a.txt", "First\n");
        write("docs/sub/c.txt", "Third\n");
        write("docs/.hidden.txt", "Hidden\n");
        write("docs/sub/.DS_Store", "junk");
        write("docs/empty.txt", "");
        write("docs/image.bin", "GIF\0\0");

        Summary s = read("docs/");

        assertThat(got.locations).containsExactly("docs/a.txt", "docs/b.txt", "docs/sub/c.txt");
        assertThat(got.headlines).containsExactly("First", "Second", "Third");
        assertThat(got.problems).containsExactly("docs/empty.txt: file is empty", "docs/image.bin: binary data, not an article (NUL byte at offset 3)");
        assertThat(s).isEqualTo(new Summary(5, 3, List.of(
                new InputProblem("docs/", "docs/empty.txt", "docs/empty.txt: file is empty"),
                new InputProblem("docs/", "docs/image.bin", "docs/image.bin: binary data, not an article (NUL byte at offset 3)"))));
        assertThat(s.ok()).isFalse();
    }

    @Test
    void filesAreNamedAsTyped() throws Exception {
        Path abs = write("one.txt", "One\n");
        write("dir/two.txt", "Two\n");
        read("one.txt", abs.toString(), "./dir", cwd.resolve("dir").toString());
        assertThat(got.locations).containsExactly("one.txt", abs.toString(), "./dir/two.txt", cwd.resolve("dir/two.txt").toString());
        assertThat(got.problems).isEmpty();
    }

    @Test
    void anEmptyFolderIsAProblemAndTheOtherInputsAreStillRead() throws Exception {
        Files.createDirectories(cwd.resolve("empty"));
        write("only-dots/.a", "dot");
        write("a.txt", "A\n");
        Summary s = read("empty", "only-dots", "a.txt");
        assertThat(got.problems).containsExactly("empty: directory has no files", "only-dots: directory has no files");
        assertThat(got.locations).containsExactly("a.txt");
        assertThat(s.sources()).isEqualTo(3);
        assertThat(s.articles()).isEqualTo(1);
        assertThat(s.failed()).isEqualTo(2);
    }

    @Test
    void aMissingFileIsAProblemWithTheImportersWording() throws Exception {
        write("there.txt", "There\n");
        Summary s = read("missing.txt", "there.txt");
        assertThat(got.problems).containsExactly("missing.txt: no such file");
        assertThat(got.locations).containsExactly("there.txt");
        assertThat(s.problems()).containsExactly(new InputProblem("missing.txt", "missing.txt", "missing.txt: no such file"));
    }

    private Summary readHidden(String... inputs) throws CancelledException {
        return intake.read(new Request(List.of(inputs), cwd).withHidden(true), got, Monitor.NONE);
    }

    @Test
    void aQuotedGlobMatchesFilesInOneFolderSortedAndNamedAsTyped() throws Exception {
        write("articles/b.html", "Second\n");
        write("articles/a.html", "First\n");
        write("articles/notes.txt", "Not html\n");
        write("articles/sub/c.html", "Deeper\n");
        write("articles/.draft.html", "Hidden\n");
        write("top.txt", "Top\n");
        write("sub/deep.txt", "Deep\n");

        Summary s = read("articles/*.html", "*.txt", "./articles/?.html");

        assertThat(got.locations).containsExactly("articles/a.html", "articles/b.html", "top.txt", "./articles/a.html", "./articles/b.html");
        assertThat(got.headlines).startsWith("First", "Second", "Top");
        assertThat(s).isEqualTo(new Summary(5, 5, List.of()));
    }

    @Test
    void doubleStarMatchesAcrossAnyNumberOfFolders() throws Exception {
        write("articles/a.html", "A\n");
        write("articles/sub/b.html", "B\n");
        write("articles/sub/deep/c.html", "C\n");
        write("articles/sub/deep/c.txt", "Not html\n");
        write("other/d.html", "Elsewhere\n");

        read("articles/**/*.html");
        assertThat(got.locations).containsExactly("articles/a.html", "articles/sub/b.html", "articles/sub/deep/c.html"); // **/ may be no folder

        got.locations.clear();
        read("articles/**.html", "**/a.html");
        assertThat(got.locations).containsExactly("articles/a.html", "articles/sub/b.html", "articles/sub/deep/c.html", "articles/a.html");
        assertThat(got.problems).isEmpty();
    }

    @Test
    void anAbsolutePatternIsNamedAsTypedAndAMatchedFolderIsReadAsAFolder() throws Exception {
        write("in/2024/a.txt", "A\n");
        write("in/2024/sub/b.txt", "B\n");
        write("in/2024/.cache/x.txt", "Cached\n");
        write("in/2025/c.txt", "C\n");
        write("in/readme.txt", "Readme\n");
        String abs = cwd.resolve("in") + "/";

        read(abs + "202?", "in/*");

        assertThat(got.locations).containsExactly(
                abs + "2024/a.txt", abs + "2024/sub/b.txt", abs + "2025/c.txt",
                "in/2024/a.txt", "in/2024/sub/b.txt", "in/2025/c.txt", "in/readme.txt");
        assertThat(got.problems).isEmpty();
    }

    @Test
    void aGlobMatchingNothingIsOneProblemAndTheOtherInputsAreStillRead() throws Exception {
        write("articles/a.html", "A\n");
        write("a.txt", "A text\n");

        Summary s = read("articles/*.htm", "a.txt", "nowhere/*.txt", "[abc");

        assertThat(got.problems).containsExactly(
                "'articles/*.htm': no file matches this pattern",
                "'nowhere/*.txt': no file matches this pattern",
                "'[abc': not a valid pattern: Missing ']");
        assertThat(got.locations).containsExactly("a.txt");
        assertThat(s.problems().get(0)).isEqualTo(new InputProblem("articles/*.htm", "articles/*.htm", "'articles/*.htm': no file matches this pattern"));
        assertThat(s.sources()).isEqualTo(4);
        assertThat(s.articles()).isEqualTo(1);
        assertThat(s.ok()).isFalse();
    }

    @Test
    void hiddenFilesAndFoldersAreSkippedUnlessAskedForInAFolderAndInAGlob() throws Exception {
        write("repo/story.txt", "Story\n");
        write("repo/.git/COMMIT_EDITMSG.txt", "Commit\n");
        write("repo/.env.txt", "Env\n");

        read("repo", "repo/**.txt");
        assertThat(got.locations).containsExactly("repo/story.txt", "repo/story.txt");

        got.locations.clear();
        Summary s = readHidden("repo", "repo/**.txt");
        assertThat(got.locations).containsExactly(
                "repo/.env.txt", "repo/.git/COMMIT_EDITMSG.txt", "repo/story.txt",
                "repo/.env.txt", "repo/.git/COMMIT_EDITMSG.txt", "repo/story.txt");
        assertThat(s.ok()).isTrue();
    }

    @Test
    void aPatternThatSpellsAHiddenNameMatchesIt() throws Exception {
        write(".drafts/a.txt", "Draft\n");
        write("desk/.drafts/b.txt", "Desk draft\n");
        write("desk/.trash/c.txt", "Trash\n");
        write("docs/.notes.txt", "Notes\n");
        write("docs/shown.txt", "Shown\n");

        read(".drafts/*.txt", "*/.drafts/*.txt", "docs/.*", "*/*");

        assertThat(got.locations).containsExactly(".drafts/a.txt", "desk/.drafts/b.txt", "docs/.notes.txt", "docs/shown.txt");
        assertThat(got.problems).isEmpty();
    }

    @Test
    void anExistingFileWithABracketIsThatFileNotAPattern() throws Exception {
        write("notes[1].txt", "Bracketed\n");
        write("notes1.txt", "Plain\n");
        write("{draft}/x.txt", "Braced folder\n");

        read("notes[1].txt", "notes[12].txt", "{draft}");

        assertThat(got.locations).containsExactly("notes[1].txt", "notes1.txt", "{draft}/x.txt");
        assertThat(got.headlines).containsExactly("Bracketed", "Plain", "Braced folder");
        assertThat(got.problems).isEmpty();
    }

    @Test
    void theOldConstructorsSkipHiddenOnesAndWithHiddenChangesOnlyThat() {
        InputStream stdin = new ByteArrayInputStream(new byte[0]);
        Request plain = new Request(List.of("a"), cwd, stdin);
        assertThat(plain.hidden()).isFalse();
        assertThat(new Request(List.of("a"), cwd).hidden()).isFalse();
        assertThat(plain.withHidden(true)).isEqualTo(new Request(List.of("a"), cwd, stdin, true));
        assertThat(plain.withHidden(true).withHidden(false)).isEqualTo(plain);
    }

    @Test
    void dashReadsStandardInput() throws Exception {
        InputStream stdin = new ByteArrayInputStream("From a pipe\n\nbody\n".getBytes(StandardCharsets.UTF_8));
        Summary s = intake.read(new Request(List.of("-"), cwd, stdin), got, Monitor.NONE);
        assertThat(got.locations).containsExactly("-");
        assertThat(got.headlines).containsExactly("From a pipe");
        assertThat(s.ok()).isTrue();
    }

    @Test
    void dashWithoutStandardInputIsAProblem() throws Exception {
        read("-");
        assertThat(got.problems).containsExactly("-: cannot read standard input: there is none");
    }

    @Test
    void aUrlIsFetchedOnceAndImported() throws Exception {
        read(base + "/article.txt");
        assertThat(got.locations).containsExactly(base + "/article.txt");
        assertThat(got.headlines).containsExactly("A story from the web");
    }

    @Test
    void aUrlThatIsNotThereIsHttp404() throws Exception {
        Summary s = read(base + "/gone.txt", base + "/article.txt");
        assertThat(got.problems).containsExactly(base + "/gone.txt: the server answered HTTP 404 (not found)");
        assertThat(got.locations).containsExactly(base + "/article.txt");
        assertThat(s.failed()).isEqualTo(1);
    }

    @Test
    void redirectsThatGoNowhereAreSaidInWords() throws Exception {
        read(base + "/loop", base + "/to-ftp");
        assertThat(got.problems).containsExactly(
                base + "/loop: redirected too many times without reaching a page (a redirect loop?); last to /loop",
                base + "/to-ftp: redirects to ftp://example.org/x, which is not followed (only redirects within http and https, never from https to http)");
    }

    @Test
    void aServerThatIsNotThereIsNamedNotAnExceptionClass() throws Exception {
        int closed;
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        read("http://127.0.0.1:" + closed + "/x");
        assertThat(got.problems).containsExactly("http://127.0.0.1:" + closed + "/x: cannot fetch: cannot connect to 127.0.0.1:" + closed + " (nothing answers there)");
    }

    @Test
    void fileUrlsAreReadAndOtherSchemesAreSaidToBeUnsupported() throws Exception {
        Path file = write("from url.txt", "A story by file URL\n");
        String url = file.toUri().toString();

        read(url, "ftp://example.org/a.txt", "jar:file:/x.jar!/a.txt");

        assertThat(got.headlines).containsExactly("A story by file URL");
        assertThat(got.locations).containsExactly(url);
        assertThat(got.problems).containsExactly(
                "ftp://example.org/a.txt: ftp: URLs are not read; FactDesk fetches http and https URLs and reads file: URLs",
                "jar:file:/x.jar!/a.txt: jar: URLs are not read; FactDesk fetches http and https URLs and reads file: URLs");
    }

    @Test
    void aFileNamedLikeAUrlIsStillAFile() throws Exception {
        write("data:today.txt", "Data today\n");
        read("data:today.txt");
        assertThat(got.headlines).containsExactly("Data today");
    }

    @Test
    void linksOutOfAFolderAreReportedUnlessFollowingThemIsAsked() throws Exception {
        Path secret = write("outside/secret.txt", "Secret\n");
        write("inbox/story.txt", "Story\n");
        Files.createSymbolicLink(cwd.resolve("inbox/shadow.txt"), secret);
        Files.createSymbolicLink(cwd.resolve("inbox/again.txt"), cwd.resolve("inbox/story.txt")); // inside: read

        read("inbox", "inbox/*.txt");

        assertThat(got.headlines).containsExactly("Story", "Story", "Story", "Story");
        assertThat(got.problems).containsExactly(
                "inbox/shadow.txt: a link to a file outside inbox, not followed (name the file, or use --follow-links, to read it)",
                "inbox/shadow.txt: a link to a file outside inbox/, not followed (name the file, or use --follow-links, to read it)");

        Collected followed = new Collected();
        intake.read(new Request(List.of("inbox", "inbox/*.txt"), cwd).withFollowLinks(true), followed, Monitor.NONE);
        assertThat(followed.headlines).containsExactly("Story", "Secret", "Story", "Story", "Secret", "Story");
        assertThat(followed.problems).isEmpty();
    }

    @Test
    void aNameThatIsNotUtf8IsFoundByItsBytes() throws Exception {
        // as the JVM hands it over: the Latin-1 byte of caf\xe9.txt decoded as U+FFFD
        Path dir = Files.createDirectories(cwd.resolve("latin"));
        Process p = new ProcessBuilder("sh", "-c", "printf 'Caf\\n\\nIt cost 5 euros.\\n' > \"$(printf 'caf\\351.txt')\"")
                .directory(dir.toFile()).start();
        assertThat(p.waitFor()).isZero();

        read("latin/caf\uFFFD.txt", "latin/nothing\uFFFD.txt");

        assertThat(got.headlines).containsExactly("Caf");
        assertThat(got.locations).containsExactly("latin/caf\uFFFD.txt");
        assertThat(got.problems).singleElement().asString().startsWith("latin/nothing\uFFFD.txt: no such file");
    }

    @Test
    void anOversizedBodyIsRefusedWithTheLimit() throws Exception {
        read(base + "/big", base + "/big-chunked");
        assertThat(got.problems).containsExactly(base + "/big: larger than the 1 KiB limit", base + "/big-chunked: larger than the 1 KiB limit");
        assertThat(got.locations).isEmpty();
    }

    @Test
    void theDefaultLimitIsWordedAsTheShellAlwaysDid() {
        assertThat(UrlFetcher.limit(64L << 20)).isEqualTo("64 MiB");
        assertThat(UrlFetcher.limit(1000)).isEqualTo("1000 bytes");
    }

    @Test
    void aSlowUrlTimesOut() throws Exception {
        read(base + "/slow");
        assertThat(got.problems).singleElement().asString().startsWith(base + "/slow: cannot fetch: ");
    }

    @Test
    void progressCountsSourcesAndNamesEachOne() throws Exception {
        write("docs/a.txt", "A\n");
        write("docs/b.txt", "B\n");
        write("c.txt", "C\n");
        Recording m = new Recording();
        intake.read(new Request(List.of("docs", "c.txt"), cwd), got, m);
        assertThat(m.calls).containsExactly(
                "begin Listing 2 inputs -1", "message docs", "message c.txt",
                "begin Reading 3 sources 3",
                "message docs/a.txt", "worked 1", "message docs/b.txt", "worked 1", "message c.txt", "worked 1");
    }

    @Test
    void cancellingStopsBeforeTheNextSource() throws Exception {
        write("a.txt", "A\n");
        write("b.txt", "B\n");
        Recording m = new Recording();
        Receiver<RuntimeException> cancelAfterFirst = (location, article) -> {
            got.article(location, article);
            m.cancelled = true;
        };
        assertThatThrownBy(() -> intake.read(new Request(List.of("a.txt", "b.txt"), cwd), cancelAfterFirst, m))
                .isInstanceOf(CancelledException.class);
        assertThat(got.locations).containsExactly("a.txt");
    }

    @Test
    void interruptingTheThreadWhileAUrlIsFetchedCancels() throws Exception {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
        FileIntake patient = new FileIntake(new TextImporters(), Duration.ofSeconds(30), 1024);
        Thread reader = new Thread(() -> {
            try {
                patient.read(new Request(List.of(base + "/slow"), cwd), got, Monitor.NONE);
            } catch (Throwable t) {
                thrown.set(t);
            }
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        reader.start();
        assertThat(slowRequestArrived.await(5, TimeUnit.SECONDS)).isTrue();
        reader.interrupt();
        reader.join(5000);
        assertThat(reader.isAlive()).isFalse();
        assertThat(thrown.get()).isInstanceOf(CancelledException.class);
        assertThat(stillInterrupted.get()).isTrue();
        assertThat(got.problems).isEmpty();
    }

    @Test
    void aReceiversOwnCheckedExceptionStopsTheReading() throws Exception {
        write("a.txt", "A\n");
        write("b.txt", "B\n");
        List<String> seen = new ArrayList<>();
        Receiver<IOException> refusing = (location, article) -> {
            seen.add(location);
            throw new IOException("workspace is full");
        };
        assertThatThrownBy(() -> intake.read(new Request(List.of("a.txt", "b.txt"), cwd), refusing, Monitor.NONE))
                .isInstanceOf(IOException.class).hasMessage("workspace is full");
        assertThat(seen).containsExactly("a.txt");
    }
}

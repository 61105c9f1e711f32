package org.factdesk.checker.quotes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.factdesk.api.check.Finding;
import org.factdesk.api.check.Stance;
import org.factdesk.api.claim.Claim;
import org.factdesk.api.claim.ClaimType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteCheckerTest {

    static final QuoteChecker.Settings DEFAULTS = new QuoteChecker.Settings("", 0.6, 0.9, 3);

    static final String CALL = """
            Title: Acme results call
            Date: 2025-03-04
            URL: https://example.org/acme-call

            Operator: Welcome, everyone.
            Jane Roe: We expect demand for our machines to double in the next two years,
            and we are ready for it. Our factories are running at full capacity.
            Sam Poe: Costs went up by ten percent.
            """;

    static final String SPEECH = """
            Title: Keynote on cloud computing
            Speaker: Sam Poe
            Date: 2025-05-01

            Cloud computing is the electricity of our age. Every company will become a software company.
            """;

    @TempDir
    Path dir;

    private QuoteChecker checker(Path... roots) {
        return new QuoteChecker(DEFAULTS, QuoteChecker.corpus(paths(roots), e -> { }));
    }

    private static String[] paths(Path... roots) {
        return java.util.Arrays.stream(roots).map(Path::toString).toArray(String[]::new);
    }

    private void write(String name, String text) throws Exception {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    static Claim quote(String text, String speaker) {
        return new Claim("a#0", text, 0, text.length(), 0.5, List.of(ClaimType.QUOTE, ClaimType.ATTRIBUTION), "", speaker,
                null, null, null, null);
    }

    @Test
    void verbatimQuoteBySameSpeakerSupports() throws Exception {
        write("call.txt", CALL);
        write("speech.md", SPEECH);
        Finding f = checker(dir).check(quote("“Our factories are running at full capacity,” Roe said.", "Jane Roe"), null).get(0);
        assertThat(f.stance()).isEqualTo(Stance.SUPPORTS);
        assertThat(f.summary()).contains("Jane Roe").contains("Acme results call").contains("similarity 1.00").contains("word for word");
        assertThat(f.explanation()).contains("line 7").contains("https://example.org/acme-call");
        assertThat(f.evidence()).first().satisfies(e -> {
            assertThat(e.quote()).isEqualTo("Our factories are running at full capacity");
            assertThat(e.url()).isEqualTo("https://example.org/acme-call");
            assertThat(e.date()).isEqualTo("2025-03-04");
        });
    }

    @Test
    void garbledQuoteNeedsContextAndShowsTheDiff() throws Exception {
        write("call.txt", CALL);
        // machine translation: "demands" for "demand", "in two years" for "in the next two years", a line break in the original
        Finding f = checker(dir).check(quote("He said: \"We expect demands for our machines to double in two years, and we are "
                + "ready for that.\"", "Roe"), null).get(0);
        assertThat(f.stance()).isEqualTo(Stance.NEEDS_CONTEXT);
        assertThat(f.summary()).startsWith("Quote differs from the original (similarity 0.8")
                .contains("\"expect demands\" -> \"expect demand\"")
                .contains("dropped \"the next\"")
                .contains("\"for that\" -> \"for it\"");
        assertThat(f.evidence().get(0).quote())
                .isEqualTo("We expect demand for our machines to double in the next two years, and we are ready for it");
    }

    @Test
    void quoteMissingFromTheCorpusIsInfoNamingTheCorpusSize() throws Exception {
        write("call.txt", CALL);
        write("speech.md", SPEECH);
        Finding f = checker(dir).check(quote("“We will never sell the company to anyone,” she said.", "Jane Roe"), null).get(0);
        assertThat(f.stance()).isEqualTo(Stance.INFO);
        assertThat(f.summary()).isEqualTo("“We will never sell the company to anyone,” not found in the corpus (2 documents)");
        assertThat(f.evidence()).isEmpty();
    }

    @Test
    void wordsOfAnotherSpeakerNeedContext() throws Exception {
        write("call.txt", CALL);
        write("speech.md", SPEECH);
        QuoteChecker c = checker(dir);
        Finding byDocument = c.check(quote("“Every company will become a software company,” Roe said.", "Jane Roe"), null).get(0);
        assertThat(byDocument.stance()).isEqualTo(Stance.NEEDS_CONTEXT);
        assertThat(byDocument.summary()).startsWith("In the corpus these words are Sam Poe's, not Jane Roe's");
        Finding byTurn = c.check(quote("“Costs went up by 10 percent,” said Jane Roe.", "Jane Roe"), null).get(0);
        assertThat(byTurn.stance()).isEqualTo(Stance.NEEDS_CONTEXT);
        assertThat(byTurn.summary()).contains("Sam Poe's, not Jane Roe's");
        // a surname alone is the same person
        assertThat(c.check(quote("“Costs went up by ten percent”", "Poe"), null).get(0).stance()).isEqualTo(Stance.SUPPORTS);
    }

    @Test
    void unreadableFilesAreReportedOnceByNameAndTheRestLoads() throws Exception {
        write("call.txt", CALL);
        Files.write(dir.resolve("recording.txt"), new byte[] {'I', 'D', '3', 0, 0, 1, 2, (byte) 0xff});
        Files.write(dir.resolve("latin1.md"), "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
        write("README.md", "Not a document: Our factories are running at full capacity.");
        List<String> errors = new ArrayList<>();
        QuoteChecker c = new QuoteChecker(DEFAULTS, QuoteChecker.corpus(paths(dir, dir.resolve("missing")), errors::add));
        Finding f = c.check(quote("“Our factories are running at full capacity”", "Jane Roe"), null).get(0);
        assertThat(f.stance()).isEqualTo(Stance.SUPPORTS);
        assertThat(f.evidence()).hasSize(1); // README is not part of the corpus
        assertThat(c.index().documentCount()).isEqualTo(1);
        assertThat(c.index().skippedFiles()).isEqualTo(3);
        assertThat(errors).hasSize(3);
        assertThat(errors).anySatisfy(e -> assertThat(e).contains(dir.resolve("recording.txt").toString()).contains("binary"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains(dir.resolve("latin1.md").toString()).contains("not UTF-8"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("missing").contains("no such folder"));
    }

    @Test
    void twoThreadsCheckingAtOnceIndexOnce() throws Exception {
        write("call.txt", CALL);
        AtomicInteger loads = new AtomicInteger();
        Supplier<CorpusLoader.Loaded> files = QuoteChecker.corpus(paths(dir), e -> { });
        QuoteChecker c = new QuoteChecker(DEFAULTS, () -> {
            loads.incrementAndGet();
            sleep(200); // widen the window in which a second thread could start its own load
            return files.get();
        });
        assertThat(loads).hasValue(0); // nothing read before the first check
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Finding>>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return c.check(quote("“Our factories are running at full capacity”", "Jane Roe"), null);
                }));
            }
            go.countDown();
            for (Future<List<Finding>> r : results) {
                assertThat(r.get(10, TimeUnit.SECONDS)).singleElement().extracting(Finding::stance).isEqualTo(Stance.SUPPORTS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(loads).hasValue(1);
    }

    @Test
    void onlyQuotesAreChecked() throws Exception {
        write("call.txt", CALL);
        String s = "Acme’s factories run at full capacity.";
        Claim numeric = new Claim("a#0", s, 0, s.length(), 0.5, List.of(ClaimType.NUMERIC), "", null, null, null, null, null);
        QuoteChecker c = checker(dir);
        assertThat(c.check(numeric, null)).isEmpty();
        assertThat(c.check(quote("She called it ‘full capacity’.", "Jane Roe"), null)).isEmpty(); // a scare quote
    }

    @Test
    void bundledSampleAnswersTheDemoArticle() throws Exception {
        List<String> errors = new ArrayList<>();
        QuoteChecker c = new QuoteChecker(DEFAULTS, QuoteChecker.corpus(new String[0], errors::add));
        Finding zuckerberg = c.check(quote("“Investing ‘very heavy’ in capital expenditure and infrastructure is going to be a "
                + "strategic benefit over time,” Zuckerberg commented during a post-kamai call.", "Mark Zuckerberg"), null).get(0);
        assertThat(zuckerberg.stance()).isEqualTo(Stance.SUPPORTS);
        assertThat(zuckerberg.summary()).contains("\"very heavy\" -> \"very heavily\"");
        Finding nadella = c.check(quote("During a call with analysts, he said, “As AI becomes more efficient and accessible, we "
                + "will see more demands,” he said during a call with analysts.", "Satya Nadella"), null).get(0);
        assertThat(nadella.stance()).isEqualTo(Stance.NEEDS_CONTEXT);
        assertThat(nadella.summary()).contains("dropped \"exponentially\"");
        assertThat(nadella.explanation()).contains("Satya Nadella").contains("line 12");
        assertThat(errors).isEmpty();
        assertThat(c.index().documentCount()).isEqualTo(4);
    }

    @Test
    void namesOfOnePerson() {
        assertThat(QuoteChecker.sameSpeaker("Mark Zuckerberg", "MARK ZUCKERBERG")).isTrue();
        assertThat(QuoteChecker.sameSpeaker("Zuckerberg", "Mark Zuckerberg")).isTrue();
        assertThat(QuoteChecker.sameSpeaker("M. Zuckerberg", "Mr Mark Zuckerberg")).isTrue();
        assertThat(QuoteChecker.sameSpeaker("Jane Doe", "John Doe")).isFalse();
        assertThat(QuoteChecker.sameSpeaker("Satya Nadella", "Amy Hood")).isFalse();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

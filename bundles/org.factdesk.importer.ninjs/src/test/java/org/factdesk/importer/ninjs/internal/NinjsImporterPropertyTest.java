package org.factdesk.importer.ninjs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.factdesk.api.article.Article;
import org.factdesk.api.article.ImportException;
import org.factdesk.api.article.ImportSource;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Whatever the bytes, the importer gives valid articles or a clean ImportException, never another
 * exception, a hang or an out-of-memory error.
 */
class NinjsImporterPropertyTest {

    private static final NinjsImporter IMPORTER = new NinjsImporter(1 << 20, true, null);
    private static final ExecutorService POOL = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ninjs-property");
        t.setDaemon(true);
        return t;
    });
    private static final Duration BOUND = Duration.ofSeconds(5);

    @AfterContainer
    static void stop() {
        POOL.shutdownNow();
    }

    static void importsCleanly(byte[] bytes) throws Exception {
        Future<Object> f = POOL.submit(() -> {
            try {
                return IMPORTER.read(ImportSource.of("p.json", bytes));
            } catch (ImportException e) {
                return e;
            }
        });
        Object outcome = f.get(BOUND.toSeconds(), TimeUnit.SECONDS); // TimeoutException fails the property
        if (outcome instanceof ImportException e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        @SuppressWarnings("unchecked")
        List<Article> articles = (List<Article>) outcome;
        assertThat(articles).isNotEmpty();
        for (Article a : articles) {
            // Valid ninjs need not carry text (a picture without caption): then text and paragraphs are empty.
            if (a.text().isEmpty()) {
                assertThat(a.paragraphs()).isEmpty();
            } else {
                assertThat(a.paragraphs()).isNotEmpty();
            }
            a.paragraphs().forEach(p -> assertThat(p.end()).isBetween(p.start(), a.text().length()));
        }
    }

    @Property(tries = 300)
    void randomBytes(@ForAll("bytes") byte[] bytes) throws Exception {
        importsCleanly(bytes);
    }

    @Property(tries = 400)
    void mutatedFixtures(@ForAll("mutated") byte[] bytes) throws Exception {
        importsCleanly(bytes);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
    }

    @Provide
    Arbitrary<byte[]> mutated() throws Exception {
        List<byte[]> fixtures = new ArrayList<>();
        fixtures.add("{\"uri\":\"u\",\"headline\":\"H\",\"body_text\":\"A.\\n\\nB.\"}".getBytes());
        fixtures.add("{\"uri\":\"u\",\"headlines\":[{\"value\":\"H\"}],\"bodies\":[{\"contenttype\":\"text/html\",\"value\":\"<p>A</p><p>B</p>\"}]}".getBytes());
        Path root = NinjsData.root();
        if (root != null) {
            for (String f : List.of("examples/3.0/dpa_text.json", "examples/2.1/ntb_text.json", "examples/1.4/ninjsExComplex1.json",
                    "examples/3.0/tt_text_image_3.json")) {
                fixtures.add(Files.readAllBytes(root.resolve(f)));
            }
        }
        Arbitrary<byte[]> fixture = Arbitraries.of(fixtures);
        return fixture.flatMap(b -> Arbitraries.oneOf(
                // truncated anywhere
                Arbitraries.integers().between(0, b.length).map(n -> java.util.Arrays.copyOf(b, n)),
                // a few bytes flipped
                Arbitraries.integers().between(0, b.length - 1).list().ofMinSize(1).ofMaxSize(8)
                        .flatMap(positions -> Arbitraries.bytes().list().ofSize(positions.size()).map(values -> {
                            byte[] copy = b.clone();
                            for (int i = 0; i < positions.size(); i++) {
                                copy[positions.get(i)] = values.get(i);
                            }
                            return copy;
                        }))));
    }
}

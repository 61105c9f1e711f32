package org.factdesk.importer.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
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

/** Random and mutated bytes give valid articles or a clean ImportException, in bounded time. */
class PdfImporterPropertyTest {

    private static final PdfImporter IMPORTER = new PdfImporter(8L << 20, 200);
    private static final ExecutorService POOL = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "pdf-property");
        t.setDaemon(true);
        return t;
    });

    @AfterContainer
    static void stop() {
        POOL.shutdownNow();
    }

    static void importsCleanly(byte[] bytes) throws Exception {
        Future<Object> f = POOL.submit(() -> {
            try {
                return IMPORTER.read(ImportSource.of("p.pdf", bytes));
            } catch (ImportException e) {
                return e;
            }
        });
        Object outcome = f.get(10, TimeUnit.SECONDS); // a TimeoutException fails the property
        if (outcome instanceof ImportException e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        @SuppressWarnings("unchecked")
        List<Article> articles = (List<Article>) outcome;
        assertThat(articles).hasSize(1);
        Article a = articles.get(0);
        assertThat(a.text()).isNotBlank();
        a.paragraphs().forEach(p -> assertThat(p.end()).isBetween(p.start(), a.text().length()));
    }

    @Property(tries = 200)
    void randomBytes(@ForAll("bytes") byte[] bytes) throws Exception {
        importsCleanly(bytes);
    }

    @Property(tries = 300)
    void mutatedFixtures(@ForAll("mutated") byte[] bytes) throws Exception {
        importsCleanly(bytes);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        // Half of them start like a PDF, so the parser itself is exercised, not just the header check.
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(4096)
                .flatMap(b -> Arbitraries.of(b, concat("%PDF-1.7\n".getBytes(), b, "\n%%EOF\n".getBytes())));
    }

    @Provide
    Arbitrary<byte[]> mutated() throws Exception {
        List<byte[]> fixtures = new ArrayList<>();
        fixtures.add(PdfFixtures.bytes(PdfFixtures.document(List.of("Headline here", "Body text with 42 numbers.",
                "Another para-", "graph."), "Title")));
        fixtures.add(PdfFixtures.encrypted(List.of("Secret."), ""));
        fixtures.add(PdfFixtures.imageOnly());
        Arbitrary<byte[]> fixture = Arbitraries.of(fixtures);
        return fixture.flatMap(b -> Arbitraries.oneOf(
                Arbitraries.integers().between(0, b.length).map(n -> Arrays.copyOf(b, n)),
                Arbitraries.integers().between(0, b.length - 1).list().ofMinSize(1).ofMaxSize(16)
                        .flatMap(positions -> Arbitraries.bytes().list().ofSize(positions.size()).map(values -> {
                            byte[] copy = b.clone();
                            for (int i = 0; i < positions.size(); i++) {
                                copy[positions.get(i)] = values.get(i);
                            }
                            return copy;
                        }))));
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}

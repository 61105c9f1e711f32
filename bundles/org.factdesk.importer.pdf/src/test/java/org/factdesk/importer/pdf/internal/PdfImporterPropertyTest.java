package org.factdesk.importer.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.factdesk.api.article.Article;
import org.factdesk.importer.testkit.ImportChecks;
import org.factdesk.importer.testkit.Mutations;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random and mutated bytes give valid articles or a clean ImportException, in bounded time. */
class PdfImporterPropertyTest {

    private static final PdfImporter IMPORTER = new PdfImporter(8L << 20, 200);

    static void importsCleanly(byte[] bytes) {
        List<Article> articles = ImportChecks.importOrRefuse(IMPORTER, "p.pdf", bytes, Duration.ofSeconds(10));
        if (!articles.isEmpty()) {
            assertThat(articles).hasSize(1);
            assertThat(articles.get(0).text()).isNotBlank();
        }
    }

    @Property(tries = 200)
    void randomBytes(@ForAll("bytes") byte[] bytes) {
        importsCleanly(bytes);
    }

    @Property(tries = 300)
    void mutatedFixtures(@ForAll("mutated") byte[] bytes) {
        importsCleanly(bytes);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        // Half of them start like a PDF, so the parser itself is exercised, not just the header check.
        return Mutations.randomBytes(4096)
                .flatMap(b -> Arbitraries.of(b, concat("%PDF-1.7\n".getBytes(), b, "\n%%EOF\n".getBytes())));
    }

    @Provide
    Arbitrary<byte[]> mutated() throws Exception {
        List<byte[]> fixtures = new ArrayList<>();
        fixtures.add(PdfFixtures.bytes(PdfFixtures.document(List.of("Headline here", "Body text with 42 numbers.",
                "Another para-", "graph."), "Title")));
        fixtures.add(PdfFixtures.encrypted(List.of("Secret."), ""));
        fixtures.add(PdfFixtures.imageOnly());
        return Mutations.truncatedOrOverwritten(fixtures, 16);
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

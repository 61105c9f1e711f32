package org.factdesk.importer.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.factdesk.api.article.Article;
import org.factdesk.api.article.ImportException;
import org.factdesk.api.article.ImportSource;
import org.factdesk.api.article.Paragraph;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever bytes arrive: an article whose paragraphs lie inside its text, or a clean ImportException. */
class TextImporterPropertiesTest {

    private final TextImporter importer = new TextImporter(1 << 20, 200);

    @Property(tries = 500)
    void randomBytes(@ForAll byte[] bytes) {
        importOrRefuse(bytes);
    }

    @Property(tries = 500)
    void mutatedArticles(@ForAll("mutated") byte[] bytes) {
        importOrRefuse(bytes);
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        byte[] base = "Headline here\n\nFirst paragraph, with \u201cquotes\u201d and $5 billion.\n\nSecond one.\n"
                .getBytes(StandardCharsets.UTF_8);
        return Arbitraries.integers().between(0, base.length - 1).list().ofMaxSize(8).flatMap(flips ->
                Arbitraries.integers().between(1, base.length).map(cut -> {
                    byte[] b = java.util.Arrays.copyOf(base, cut);
                    for (int f : flips) {
                        if (f < b.length) {
                            b[f] ^= (byte) (31 * f + 7);
                        }
                    }
                    return b;
                }));
    }

    private void importOrRefuse(byte[] bytes) {
        try {
            List<Article> articles = importer.read(ImportSource.of("fuzz.txt", bytes));
            assertThat(articles).hasSize(1);
            Article a = articles.get(0);
            assertThat(a.text()).isNotBlank();
            for (Paragraph p : a.paragraphs()) {
                assertThat(p.end()).isLessThanOrEqualTo(a.text().length());
            }
        } catch (ImportException expected) {
            assertThat(expected.getMessage()).isNotBlank();
            assertThat(expected.location()).isEqualTo("fuzz.txt");
        }
    }
}

package org.factdesk.importer.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.factdesk.api.article.Article;
import org.factdesk.importer.testkit.ImportChecks;
import org.factdesk.importer.testkit.Mutations;
import org.factdesk.importer.testkit.Wikinews;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever bytes arrive: an article whose paragraphs lie inside its text, or a clean ImportException, and soon. */
class TextImporterPropertiesTest {

    private final TextImporter importer = new TextImporter(1 << 20, 200);

    @Property(tries = 500)
    void randomBytes(@ForAll("randomBytes") byte[] bytes) {
        check(bytes);
    }

    @Property(tries = 500)
    void mutatedArticles(@ForAll("mutated") byte[] bytes) {
        check(bytes);
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        return Mutations.randomBytes(4096);
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        byte[] base = "Headline here\n\nFirst paragraph, with \u201cquotes\u201d and $5 billion.\n\nSecond one.\n"
                .getBytes(StandardCharsets.UTF_8);
        return Mutations.of(List.of(base, Wikinews.text("GUM_news_flag").getBytes(StandardCharsets.UTF_8),
                ("\uFEFF" + Wikinews.text("GUM_news_worship")).getBytes(StandardCharsets.UTF_16LE)));
    }

    private void check(byte[] bytes) {
        List<Article> articles = ImportChecks.importOrRefuse(importer, "fuzz.txt", bytes);
        if (!articles.isEmpty()) {
            assertThat(articles).hasSize(1);
            assertThat(articles.get(0).text()).isNotBlank();
        }
    }
}

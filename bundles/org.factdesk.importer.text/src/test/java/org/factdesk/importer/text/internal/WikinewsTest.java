package org.factdesk.importer.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.factdesk.api.article.Article;
import org.factdesk.api.article.ImportSource;
import org.factdesk.importer.testkit.Wikinews;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Wikinews articles of the test kit: the importer keeps their text and paragraphs exactly. */
class WikinewsTest {

    static Stream<Path> articles() {
        return Wikinews.articles().stream();
    }

    @ParameterizedTest
    @MethodSource("articles")
    void paragraphsAreReproduced(Path file) throws Exception {
        String raw = Files.readString(file);
        List<String> expected = Wikinews.paragraphs(file);
        Article a = new TextImporter(1 << 26, 200).read(ImportSource.of(file)).get(0);
        assertThat(a.text()).isEqualTo(raw);
        assertThat(a.paragraphs()).extracting(p -> p.in(a.text())).containsExactlyElementsOf(expected);
        assertThat(a.headline()).isEqualTo(expected.get(0));
    }
}

package org.factdesk.importer.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.factdesk.api.article.Article;
import org.factdesk.api.article.ImportSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The 43 Wikinews articles: the importer keeps their paragraphs exactly. */
class WikinewsTest {

    static final Path DATA = Path.of(System.getProperty("factdesk.wikinews", "../../../shared/data/wikinews"));

    static Stream<Path> articles() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(DATA.resolve("articles")), "no Wikinews data at " + DATA);
        return Files.list(DATA.resolve("articles")).filter(p -> p.toString().endsWith(".txt")).sorted();
    }

    @ParameterizedTest
    @MethodSource("articles")
    void paragraphsAreReproduced(Path file) throws Exception {
        String raw = Files.readString(file);
        List<String> expected = Arrays.stream(raw.split("\n\\s*\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        Article a = new TextImporter(1 << 26, 200).read(ImportSource.of(file)).get(0);
        assertThat(a.text()).isEqualTo(raw);
        assertThat(a.paragraphs()).extracting(p -> p.in(a.text())).containsExactlyElementsOf(expected);
        assertThat(a.headline()).isEqualTo(expected.get(0));
    }
}

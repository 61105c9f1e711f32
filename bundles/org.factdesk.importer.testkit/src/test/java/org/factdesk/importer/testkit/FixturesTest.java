package org.factdesk.importer.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class FixturesTest {

    @Test
    void everyFixtureFolderCarriesItsLicenceAndSource() throws Exception {
        for (Path dir : new Path[] {Wikinews.dir(), Ninjs.root()}) {
            try (var files = Files.list(dir)) {
                assertThat(files.map(f -> f.getFileName().toString())).as(dir.toString())
                        .contains("README.md").anyMatch(n -> n.startsWith("LICENSE"));
            }
            assertThat(Files.readString(dir.resolve("README.md"))).contains("**Source**", "**Licence**");
        }
    }

    @Test
    void wikinewsArticlesAreAHandfulWithHeadlineAndBody() {
        assertThat(Wikinews.articles()).hasSizeBetween(5, 10);
        assertThat(Wikinews.headline("GUM_news_nasa")).startsWith("NASA celebrates 30th anniversary");
        assertThat(Wikinews.body("GUM_news_nasa").get(0)).startsWith("NASA Administrator Charles Bolden");
        assertThat(Wikinews.text("GUM_news_nasa")).contains("Wednesday, April 13, 2011");
        assertThatThrownBy(() -> Wikinews.article("GUM_news_none")).hasMessageContaining("no Wikinews fixture GUM_news_none");
    }

    @Test
    void ninjsExamplesAndSuiteAreComplete() {
        assertThat(Ninjs.examples()).hasSizeGreaterThan(50);
        assertThat(Ninjs.suiteVersions()).extracting(p -> p.getFileName().toString()).contains("1.0", "2.2", "3.1", "2.x_dev");
        assertThat(Ninjs.suite(Ninjs.resolve("validation/test_suite/3.1"), "should_pass")).isNotEmpty();
        assertThat(Ninjs.resolve("examples/3.0/dpa_text.json")).isRegularFile();
    }

    @Test
    void missingFixturesAreNamed() {
        assertThatThrownBy(() -> Fixtures.bytes("/no/such.file")).hasMessage("no test fixture /no/such.file on the class path");
        assertThatThrownBy(() -> Fixtures.path("/no/such.file")).hasMessage("no test fixture /no/such.file on the class path");
        assertThatThrownBy(() -> Ninjs.resolve("examples/9.9")).hasMessageContaining("no ninjs fixture examples/9.9");
    }

    @Test
    void mutationsCutFlipAndFill() {
        byte[] in = "0123456789".getBytes();
        assertThat(new String(Mutations.mutate(in, 0, 0.5, 1, (byte) 0))).isEqualTo("01234");
        assertThat(Mutations.mutate(in, 1, 0.0, 1, (byte) 0)[0]).isEqualTo((byte) ('0' ^ 0x5A));
        assertThat(new String(Mutations.mutate(in, 2, 0.9, 5, (byte) 'x'))).isEqualTo("012345678x");
        assertThat(new String(in)).isEqualTo("0123456789");
    }
}

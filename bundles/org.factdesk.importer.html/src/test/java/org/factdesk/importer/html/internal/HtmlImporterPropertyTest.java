package org.factdesk.importer.html.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;

import org.factdesk.api.article.Article;
import org.factdesk.api.article.ImportException;
import org.factdesk.api.article.ImportSource;
import org.factdesk.api.article.Paragraph;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever bytes arrive, the importer gives well-formed articles or a clean ImportException, and soon. */
class HtmlImporterPropertyTest {

    private static final List<byte[]> FIXTURES = List.of(Wikinews.bytes("/nasa.html"), Wikinews.bytes("/warhol.html"),
            Wikinews.bytes("/ants.html"));
    /** Generous: the build machine is shared and noisy; a real hang takes forever, not seconds. */
    private static final Duration BOUND = Duration.ofSeconds(5);

    private final HtmlImporter importer = new HtmlImporter(1 << 20);

    @Property(tries = 150)
    void randomBytes(@ForAll("randomBytes") byte[] input) {
        check(input);
    }

    @Property(tries = 300)
    void mutatedPages(@ForAll("mutatedPages") byte[] input) {
        check(input);
    }

    @Property(tries = 200)
    void markupSoup(@ForAll("markupSoup") byte[] input) {
        check(input);
    }

    /** Random sequences of real tags (opened, closed, unbalanced) and text, as broken pages mix them. */
    @Provide
    Arbitrary<byte[]> markupSoup() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("<html>", "<body>", "<article>", "</article>", "<main>", "<p>", "</p>", "<div class=\"ad\">",
                        "<div class=\"content\">", "</div>", "<h1>", "</h1>", "<br>", "<nav>", "<script>", "</script>",
                        "<!--", "-->", "<a href=x>", "</a>", "<pre>", "<li>", "<table><tr><td>", "&amp;", "&nbsp;",
                        "<meta property=\"og:title\" content=\"T\">", "<script type=\"application/ld+json\">{\"@type\":"),
                Arbitraries.strings().ofMaxLength(60));
        return piece.list().ofMaxSize(60).map(p -> String.join("", p).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private void check(byte[] input) {
        assertTimeoutPreemptively(BOUND, () -> {
            importer.sniff(input, "x.html");
            List<Article> articles;
            try {
                articles = importer.read(ImportSource.of("fuzz.html", input));
            } catch (ImportException clean) {
                assertThat(clean.getMessage()).isNotBlank();
                return;
            }
            assertThat(articles).isNotEmpty();
            for (Article a : articles) {
                assertThat(a.text()).isNotEmpty();
                for (Paragraph p : a.paragraphs()) {
                    assertThat(p.end()).isLessThanOrEqualTo(a.text().length());
                }
            }
        });
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
    }

    @Provide
    Arbitrary<byte[]> mutatedPages() {
        Arbitrary<byte[]> page = Arbitraries.of(FIXTURES);
        return Combinators.combine(page, Arbitraries.integers().between(0, 2), Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(1, 64), Arbitraries.bytes())
                .as(HtmlImporterPropertyTest::mutate);
    }

    /** Truncation, byte flips, or a burst of one byte value, at a random place. */
    static byte[] mutate(byte[] page, int kind, double where, int count, byte value) {
        int at = (int) (where * page.length);
        return switch (kind) {
            case 0 -> java.util.Arrays.copyOf(page, at);
            case 1 -> {
                byte[] b = page.clone();
                for (int i = 0; i < count && at + i * 97 < b.length; i++) {
                    b[at + i * 97] ^= (byte) (value == 0 ? 0x5A : value);
                }
                yield b;
            }
            default -> {
                byte[] b = page.clone();
                java.util.Arrays.fill(b, at, Math.min(b.length, at + count), value);
                yield b;
            }
        };
    }
}

package org.factdesk.importer.feeds.internal;

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
class FeedImporterPropertyTest {

    private static final List<byte[]> FIXTURES = List.of(Wikinews.bytes("/wikinews.rss"), Wikinews.bytes("/wikinews.atom"),
            Generated.atom(5, 2).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    /** Generous: the build machine is shared and noisy; a real hang takes forever, not seconds. */
    private static final Duration BOUND = Duration.ofSeconds(5);

    private final FeedImporter importer = new FeedImporter(1 << 20, 50_000);

    @Property(tries = 150)
    void randomBytes(@ForAll("randomBytes") byte[] input) {
        check(input);
    }

    @Property(tries = 300)
    void mutatedFeeds(@ForAll("mutatedFeeds") byte[] input) {
        check(input);
    }

    @Property(tries = 200)
    void randomItems(@ForAll("randomFeeds") byte[] input) {
        check(input);
    }

    /** Well-formed feeds whose items have any mix of missing, empty, odd or HTML-laden fields. */
    @Provide
    Arbitrary<byte[]> randomFeeds() {
        Arbitrary<String> field = Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.strings().ofMaxLength(80),
                Arbitraries.of("<p>One.</p><p>Two &amp; three.</p>", "<br><br>", "<script>x()</script>", "   ", "&lt;b&gt;"));
        Arbitrary<String> item = Combinators.combine(field, field, Arbitraries.of("item", "entry"))
                .as((title, body, tag) -> "<" + tag + ">" + (title.isEmpty() ? "" : "<title>" + escape(title) + "</title>")
                        + (body.isEmpty() ? "" : "<description>" + escape(body) + "</description>") + "</" + tag + ">");
        return item.list().ofMaxSize(5).map(items -> ("<rss><channel>" + String.join("", items) + "</channel></rss>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(c -> c == 9 || c == 10 || c == 13 || c >= 0x20 && c < 0xD800 || c > 0xDFFF && c < 0xFFFE)
                .forEach(c -> sb.append(c == '<' ? "&lt;" : c == '&' ? "&amp;" : Character.toString(c)));
        return sb.toString();
    }

    private void check(byte[] input) {
        assertTimeoutPreemptively(BOUND, () -> {
            importer.sniff(input, "x.rss");
            List<Article> articles;
            try {
                articles = importer.read(ImportSource.of("fuzz.xml", input));
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
    Arbitrary<byte[]> mutatedFeeds() {
        Arbitrary<byte[]> page = Arbitraries.of(FIXTURES);
        return Combinators.combine(page, Arbitraries.integers().between(0, 2), Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(1, 64), Arbitraries.bytes())
                .as(FeedImporterPropertyTest::mutate);
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

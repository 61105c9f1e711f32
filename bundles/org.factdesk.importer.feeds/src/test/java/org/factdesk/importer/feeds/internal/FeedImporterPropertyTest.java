package org.factdesk.importer.feeds.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.factdesk.api.article.Article;
import org.factdesk.importer.testkit.Fixtures;
import org.factdesk.importer.testkit.GeneratedFeeds;
import org.factdesk.importer.testkit.ImportChecks;
import org.factdesk.importer.testkit.Mutations;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever bytes arrive, the importer gives well-formed articles or a clean ImportException, and soon. */
class FeedImporterPropertyTest {

    private static final List<byte[]> FIXTURES = List.of(Fixtures.bytes("/wikinews.rss"), Fixtures.bytes("/wikinews.atom"),
            GeneratedFeeds.atom(5, 2).getBytes(java.nio.charset.StandardCharsets.UTF_8));

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
        for (Article a : ImportChecks.importOrRefuse(importer, "fuzz.xml", input)) {
            assertThat(a.text()).isNotEmpty();
        }
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        return Mutations.randomBytes(4096);
    }

    @Provide
    Arbitrary<byte[]> mutatedFeeds() {
        return Mutations.of(FIXTURES);
    }
}

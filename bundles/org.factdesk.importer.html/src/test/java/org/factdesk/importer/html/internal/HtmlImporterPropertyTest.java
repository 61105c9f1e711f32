package org.factdesk.importer.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.factdesk.api.article.Article;
import org.factdesk.importer.testkit.Fixtures;
import org.factdesk.importer.testkit.ImportChecks;
import org.factdesk.importer.testkit.Mutations;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever bytes arrive, the importer gives well-formed articles or a clean ImportException, and soon. */
class HtmlImporterPropertyTest {

    private static final List<byte[]> FIXTURES = List.of(Fixtures.bytes("/nasa.html"), Fixtures.bytes("/warhol.html"),
            Fixtures.bytes("/ants.html"));

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
        for (Article a : ImportChecks.importOrRefuse(importer, "fuzz.html", input)) {
            assertThat(a.text()).isNotEmpty();
        }
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        return Mutations.randomBytes(4096);
    }

    @Provide
    Arbitrary<byte[]> mutatedPages() {
        return Mutations.of(FIXTURES);
    }
}

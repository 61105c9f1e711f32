package org.factdesk.importer.ninjs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.factdesk.api.article.Article;
import org.factdesk.api.article.ImportException;
import org.factdesk.api.article.ImportSource;
import org.factdesk.importer.testkit.Ninjs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * IPTC's own ninjs conformance suite: every should_pass file imports, every should_fail file is
 * refused with a reason. The files declare no version, so, as in IPTC's runner, the folder's
 * version is the one validated against.
 */
class IptcConformanceSuiteTest {

    /** Strict: the suite's should_fail files break the schema, whether or not in properties FactDesk reads. */
    private final NinjsImporter importer = new NinjsImporter(1 << 20, true, null, true);

    static Stream<Arguments> cases(String outcome) {
        List<Arguments> out = new ArrayList<>();
        for (Path v : Ninjs.suiteVersions()) {
            for (Path f : Ninjs.suite(v, outcome)) {
                out.add(Arguments.of(v.getFileName().toString(), v.getFileName() + "/" + outcome + "/" + f.getFileName(), f));
            }
        }
        return out.stream();
    }

    static Stream<Arguments> shouldPass() {
        return cases("should_pass");
    }

    static Stream<Arguments> shouldFail() {
        return cases("should_fail");
    }

    @Test
    void suiteIsComplete() {
        assertThat(shouldPass().count()).isGreaterThan(100);
        assertThat(shouldFail().count()).isGreaterThan(50);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("shouldPass")
    void shouldPassFileImports(String version, String name, Path file) throws Exception {
        List<Article> articles = importer.read(ImportSource.of(file), version);
        assertThat(articles).isNotEmpty();
        for (Article a : articles) {
            assertThat(a.format()).isEqualTo("ninjs");
            assertThat(a.metadata()).containsEntry("ninjsVersion", version);
            a.paragraphs().forEach(p -> assertThat(p.end()).isLessThanOrEqualTo(a.text().length()));
        }
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("shouldFail")
    void shouldFailFileIsRefusedWithAReason(String version, String name, Path file) {
        assertThatThrownBy(() -> importer.read(ImportSource.of(file), version))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank()
                        .matches("(?s)(not valid ninjs|malformed JSON|not ninjs|not UTF-8).*"));
    }
}

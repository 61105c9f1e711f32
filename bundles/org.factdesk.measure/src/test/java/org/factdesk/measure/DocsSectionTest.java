package org.factdesk.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocsSectionTest {

    @TempDir
    Path tmp;

    @Test
    void appendsWhenAbsentAndReplacesOnlyItsOwnSection() {
        String first = DocsSection.replace("# Doc\n\nother\n", "priors", "one");
        assertThat(first).isEqualTo("# Doc\n\nother\n\n<!-- section:priors -->\none\n<!-- /section:priors -->\n");
        String edited = first + "\n## later section\n";
        assertThat(DocsSection.replace(edited, "priors", "two"))
                .isEqualTo("# Doc\n\nother\n\n<!-- section:priors -->\ntwo\n<!-- /section:priors -->\n\n## later section\n");
    }

    @Test
    void eachToolRewritesOnlyItsOwnSection() throws Exception {
        Path page = tmp.resolve("accuracy.md");
        DocsSection.write(page, "claims", "claims v1", "# FactDesk accuracy");
        DocsSection.write(page, "priors", "priors v1", "# FactDesk accuracy");
        DocsSection.write(page, "claims", "claims v2", "# FactDesk accuracy");
        String doc = Files.readString(page);
        assertThat(doc).startsWith("# FactDesk accuracy").contains("claims v2").contains("priors v1").doesNotContain("claims v1");
        assertThat(doc.indexOf("claims v2")).isLessThan(doc.indexOf("priors v1"));
        assertThat(DocsSection.read(doc, "priors")).hasValue("\npriors v1\n");
        assertThat(DocsSection.read(doc, "missing")).isEmpty();
    }

    @Test
    void blocksInsideASectionAreReplacedTheSameWay() {
        String section = "\n## Two tables\n\n<!-- a -->\n<!-- /a -->\n\n<!-- b -->\nold b\n<!-- /b -->\n";
        assertThat(DocsSection.replaceBetween(section, "<!-- a -->", "<!-- /a -->", "table a\n"))
                .isEqualTo("\n## Two tables\n\n<!-- a -->\ntable a\n<!-- /a -->\n\n<!-- b -->\nold b\n<!-- /b -->\n");
    }
}

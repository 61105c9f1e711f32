package org.factdesk.checker.priors.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocsSectionTest {

    @Test
    void appendsWhenAbsentAndReplacesOnlyItsOwnSection() {
        String first = DocsSection.merge("# Doc\n\nother\n", "one");
        assertThat(first).isEqualTo("# Doc\n\nother\n\n<!-- section:priors -->\none\n<!-- /section:priors -->\n");
        String edited = first + "\n## later section\n";
        assertThat(DocsSection.merge(edited, "two"))
                .isEqualTo("# Doc\n\nother\n\n<!-- section:priors -->\ntwo\n<!-- /section:priors -->\n\n## later section\n");
    }
}

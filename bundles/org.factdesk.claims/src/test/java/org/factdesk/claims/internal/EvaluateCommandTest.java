package org.factdesk.claims.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvaluateCommandTest {

    @Test
    void eachToolRewritesOnlyItsOwnSection() {
        String doc = EvaluateCommand.replaceSection("", "claims", "claims v1");
        doc = EvaluateCommand.replaceSection(doc, "priors", "priors v1");
        doc = EvaluateCommand.replaceSection(doc, "claims", "claims v2");
        assertThat(doc).startsWith("# FactDesk accuracy").contains("claims v2").contains("priors v1").doesNotContain("claims v1");
        assertThat(doc.indexOf("claims v2")).isLessThan(doc.indexOf("priors v1"));
    }
}

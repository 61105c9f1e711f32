package org.factdesk.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RunDefinitionTest {

    @Test
    void theBundledRuntimeDefinitionKeepsFelixQuietAndBundlesOffTheClassPath() {
        assertThat(RunDefinition.runProperties())
                .containsEntry("felix.log.level", "1")
                .containsEntry("org.osgi.framework.bundle.parent", "framework");
    }

    @Test
    void runPropertiesAreParsedWithQuotesAndContinuations() throws Exception {
        String bnd = "# comment\n-runfw: org.apache.felix.framework\n-runproperties: \\\n  a=1,\\\n  b='x,y',\\\n  c = \"z\"\n";
        assertThat(RunDefinition.parse(bnd)).containsExactly(
                java.util.Map.entry("a", "1"), java.util.Map.entry("b", "x,y"), java.util.Map.entry("c", "z"));
    }

    @Test
    void aMalformedEntryIsNamed() {
        assertThatThrownBy(() -> RunDefinition.parse("-runproperties: a=1, oops")).hasMessageContaining("\"oops\"");
    }
}

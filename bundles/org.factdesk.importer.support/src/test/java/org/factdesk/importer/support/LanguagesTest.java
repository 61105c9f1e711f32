package org.factdesk.importer.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void codesBecomeBcp47Tags() {
        assertThat(Languages.tag("en_us")).isEqualTo("en-US");
        assertThat(Languages.tag("EN-gb")).isEqualTo("en-GB");
        assertThat(Languages.tag(" de ")).isEqualTo("de");
        assertThat(Languages.tag("de-DE, en")).isEqualTo("de-DE");
        assertThat(Languages.tag("nb-NO")).isEqualTo("nb-NO");
    }

    @Test
    void whatIsNoLanguageGivesNull() {
        assertThat(Languages.tag(null)).isNull();
        assertThat(Languages.tag("")).isNull();
        assertThat(Languages.tag("not a language")).isNull();
        assertThat(Languages.tag("x")).isNull();
    }
}

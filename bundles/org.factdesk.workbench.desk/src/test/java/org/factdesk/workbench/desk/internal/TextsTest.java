package org.factdesk.workbench.desk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.factdesk.api.check.Stance;
import org.factdesk.api.claim.ClaimType;
import org.factdesk.api.desk.CaseState;
import org.factdesk.api.desk.Role;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void statesAndRolesAreWordedAsTheCommandLinePrintsThem() {
        assertThat(Texts.state(CaseState.IN_REVIEW)).isEqualTo("in-review");
        assertThat(Texts.state(CaseState.VERDICT_PROPOSED)).isEqualTo("verdict-proposed");
        assertThat(Texts.state(CaseState.DETECTED)).isEqualTo("detected");
        assertThat(Texts.role(Role.FACT_CHECKER)).isEqualTo("fact-checker");
        assertThat(Texts.role(Role.ADMIN)).isEqualTo("admin");
        assertThat(Texts.stance(Stance.NEEDS_CONTEXT)).isEqualTo("needs context");
    }

    @Test
    void oneLineJoinsLinesAndCutsWithAnEllipsis() {
        assertThat(Texts.oneLine("  Acme\n sold\t\t5  million \r\n", 100)).isEqualTo("Acme sold 5 million");
        assertThat(Texts.oneLine("abcdefghij", 10)).isEqualTo("abcdefghij");
        assertThat(Texts.oneLine("abcdefghijk", 10)).isEqualTo("abcdefg...").hasSize(10);
        assertThat(Texts.oneLine(null, 10)).isEmpty();
        assertThat(Texts.oneLine("", 10)).isEmpty();
    }

    @Test
    void ageSaysHowLongAgoInTheLargestWholeUnit() {
        Instant now = Instant.parse("2025-03-01T12:00:00Z");
        assertThat(Texts.age(null, now)).isEmpty();
        assertThat(Texts.age(now, now)).isEqualTo("now");
        assertThat(Texts.age(now.minusSeconds(59), now)).isEqualTo("now");
        assertThat(Texts.age(now.plusSeconds(3600), now)).as("a clock a little ahead").isEqualTo("now");
        assertThat(Texts.age(now.minusSeconds(60), now)).isEqualTo("1 min");
        assertThat(Texts.age(now.minus(Duration.ofMinutes(59)), now)).isEqualTo("59 min");
        assertThat(Texts.age(now.minus(Duration.ofMinutes(60)), now)).isEqualTo("1 h");
        assertThat(Texts.age(now.minus(Duration.ofHours(23).plusMinutes(59)), now)).isEqualTo("23 h");
        assertThat(Texts.age(now.minus(Duration.ofHours(24)), now)).isEqualTo("1 d");
        assertThat(Texts.age(now.minus(Duration.ofDays(400)), now)).isEqualTo("400 d");
    }

    @Test
    void typesVerdictsScoresAndHashes() {
        assertThat(Texts.types(List.of(ClaimType.NUMERIC, ClaimType.QUOTE))).isEqualTo("NUMERIC, QUOTE");
        assertThat(Texts.types(List.of())).isEmpty();
        assertThat(Texts.verdicts(List.of())).isEmpty();
        assertThat(Texts.verdicts(List.of(RealDesk.finding("a", Stance.INFO, "i"), RealDesk.finding("b", Stance.NEEDS_CONTEXT, "n"),
                RealDesk.finding("c", Stance.INFO, "i2"), RealDesk.finding("d", Stance.SUPPORTS, "s"), RealDesk.finding("e", Stance.REFUTES, "r"),
                RealDesk.finding("f", Stance.NEEDS_CONTEXT, "n2"), RealDesk.finding("g", Stance.INFO, "i3"))))
                .isEqualTo("refutes 1, supports 1, needs context 2, info 3");
        assertThat(Texts.verdicts(List.of(RealDesk.finding("a", Stance.INFO, "i")))).isEqualTo("info 1");
        assertThat(Texts.score(0.875)).isEqualTo("0.88");
        assertThat(Texts.score(1)).isEqualTo("1.00");
        assertThat(Texts.score(0.1)).isEqualTo("0.10");
        assertThat(Texts.abbrev("3fa4c2d19b0e77aa")).isEqualTo("3fa4c2d19b0e...");
        assertThat(Texts.abbrev("3fa4c2d19b0e")).isEqualTo("3fa4c2d19b0e");
        assertThat(Texts.abbrev(null)).isEmpty();
    }

    @Test
    void scoresAreWrittenWithADotWhateverTheLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertThat(Texts.score(0.5)).isEqualTo("0.50");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}

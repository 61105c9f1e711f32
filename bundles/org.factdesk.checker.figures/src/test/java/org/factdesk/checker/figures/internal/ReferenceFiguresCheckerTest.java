package org.factdesk.checker.figures.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;

import org.factdesk.api.check.Finding;
import org.factdesk.api.check.Stance;
import org.factdesk.api.claim.Claim;
import org.factdesk.api.claim.ClaimType;
import org.factdesk.api.claim.Entity;
import org.factdesk.api.claim.Quantity;
import org.junit.jupiter.api.Test;

class ReferenceFiguresCheckerTest {

    static final String TABLE = """
            entity,measure,period,value,unit,keywords,context,source_title,source_url,source_date
            Acme,annual revenue,2024,1250000000,USD,revenue|sales,,Acme annual report 2024,https://example.org/acme,2025-03-01
            Acme,staff,2024,9000..9500,,staff|employ,,Acme annual report 2024,https://example.org/acme,
            """;

    private final ReferenceFiguresChecker checker;

    ReferenceFiguresCheckerTest() throws Exception {
        checker = new ReferenceFiguresChecker(ReferenceTable.read("acme.csv", new StringReader(TABLE)));
    }

    private static Claim claim(String text, Quantity q) {
        int at = text.indexOf("Acme");
        return new Claim("a#0", text, 0, text.length(), 0.9, List.of(ClaimType.NUMERIC), "", null, null, List.of(q),
                List.of(new Entity("Acme", at, at + 4, "ORGANIZATION", "Acme")), null);
    }

    private static Quantity q(String text, String written, double value, String unit, String display) {
        int at = text.indexOf(written);
        return new Quantity(written, at, at + written.length(), value, unit, display);
    }

    @Test
    void figureMatchingAtItsWrittenPrecisionSupports() throws Exception {
        String s = "Acme's revenue reached $1.3 billion last year.";
        List<Finding> f = checker.check(claim(s, q(s, "$1.3 billion", 1.3e9, "USD", "$1.3 billion")), null);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.stance()).isEqualTo(Stance.SUPPORTS);
            assertThat(x.summary()).contains("$1.25 billion");
            assertThat(x.evidence()).singleElement().extracting(e -> e.url()).isEqualTo("https://example.org/acme");
        });
    }

    @Test
    void figureOutsideTheReferenceRefutesWithBothNumbers() throws Exception {
        String s = "Acme's revenue reached $2 billion last year.";
        Finding f = checker.check(claim(s, q(s, "$2 billion", 2e9, "USD", "$2 billion")), null).get(0);
        assertThat(f.stance()).isEqualTo(Stance.REFUTES);
        assertThat(f.summary()).contains("$2 billion").contains("$1.25 billion");
    }

    @Test
    void rangesAndUnitlessCountsWork() throws Exception {
        String s = "Acme employs 9,400 staff.";
        assertThat(checker.check(claim(s, q(s, "9,400", 9400, "", "9,400")), null).get(0).stance()).isEqualTo(Stance.SUPPORTS);
    }

    @Test
    void noReferenceWhenTheMeasureDoesNotMatchTheWording() throws Exception {
        String s = "Acme spent $3 billion on buildings.";
        Finding f = checker.check(claim(s, q(s, "$3 billion", 3e9, "USD", "$3 billion")), null).get(0);
        assertThat(f.stance()).isEqualTo(Stance.INFO);
        assertThat(f.summary()).startsWith("No reference figure for $3 billion");
    }

    @Test
    void malformedTablesNameTheLine() {
        assertThatThrownBy(() -> ReferenceTable.read("bad.csv", new StringReader("entity,measure,value,unit,source_url\nAcme,x,lots,USD,u\n")))
                .hasMessage("bad.csv:2: value \"lots\" is not a number or low..high range");
        assertThatThrownBy(() -> ReferenceTable.read("bad.csv", new StringReader("entity,value\n")))
                .hasMessageContaining("bad.csv:1: missing column \"measure\"");
        assertThatThrownBy(() -> ReferenceTable.read("bad.csv", new StringReader("entity,measure,value,unit,source_url\n\"Acme,x\n")))
                .hasMessageContaining("never closed");
    }

    @Test
    void bundledSampleLoads() throws Exception {
        ReferenceFiguresChecker sample = new ReferenceFiguresChecker(new ReferenceFiguresChecker.Config() {
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return ReferenceFiguresChecker.Config.class;
            }

            public String[] tables() {
                return new String[0];
            }

            public boolean sample() {
                return true;
            }
        });
        String s = "These money dwarfed $ 6 million Deepsek, claiming that it has spent on developing its AI model.";
        int at = s.indexOf("Deepsek");
        Claim c = new Claim("a#0", s, 0, s.length(), 0.9, List.of(ClaimType.NUMERIC), "", null, null,
                List.of(q(s, "$ 6 million", 6e6, "USD", "$6 million")), List.of(new Entity("Deepsek", at, at + 7, "ORGANIZATION", "DeepSeek")), null);
        Finding f = sample.check(c, null).get(0);
        assertThat(f.stance()).isEqualTo(Stance.NEEDS_CONTEXT);
        assertThat(f.summary()).contains("$5.576 million");
    }

    @Test
    void jsonTablesReadLikeCsvAndNameTheBadEntry() throws Exception {
        String json = """
                [{"entity": "Acme", "measure": "annual revenue", "period": "2024", "value": 1250000000, "unit": "USD",
                  "keywords": ["revenue", "sales"], "source_url": "https://example.org/acme"},
                 {"entity": "Acme", "measure": "staff", "value": "9000..9500", "unit": "", "source_url": ""}]
                """;
        List<ReferenceTable.Row> rows = ReferenceTable.readJson("acme.json", new StringReader(json));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).keywords()).containsExactly("revenue", "sales");
        assertThat(rows.get(1).high()).isEqualTo(9500);
        assertThatThrownBy(() -> ReferenceTable.readJson("bad.json", new StringReader("[{\"entity\": \"A\", \"value\": \"x\"}]")))
                .hasMessage("bad.json: entry 1: value \"x\" is not a number or low..high range");
        assertThatThrownBy(() -> ReferenceTable.readJson("bad.json", new StringReader("[{\"entity\": ")))
                .hasMessageStartingWith("bad.json:1:").hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> ReferenceTable.readJson("bad.json", new StringReader("{}"))).hasMessageContaining("expected a JSON array");
    }
}

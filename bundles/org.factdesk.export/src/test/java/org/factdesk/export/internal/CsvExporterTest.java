package org.factdesk.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvExporterTest {

    private final CsvExporter csv = new CsvExporter();

    @Test
    void describesItself() {
        assertThat(csv.format()).isEqualTo("csv");
        assertThat(csv.extension()).isEqualTo("csv");
        assertThat(csv.perCase()).isFalse();
    }

    @Test
    void headerIsExact() throws Exception {
        String text = Fixtures.export(csv);

        assertThat(text).isEqualTo("case,state,claim,rating,assignee,proposed_by,signed_off_by,published_url,published_at,corrections,article_url,claim_author\r\n");
    }

    @Test
    void oneRowPerCaseWithCrlfAndNoBom() throws Exception {
        byte[] bytes = Fixtures.exportBytes(csv, Fixtures.published(), Fixtures.proposed());
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(bytes[0]).isEqualTo((byte) 'c');
        assertThat(text).endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        List<List<String>> rows = parse(text);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).containsExactly("C-3", "PUBLISHED", Fixtures.CLAIM, "mostly-true", "ana", "ana", "ed",
                "https://verite.example/checks/microsoft-80-billion", "2025-02-04T12:00:00Z", "1",
                "https://www.livemint.com/ai/microsoft-meta-ai-spending.html", "Satya Nadella");
        assertThat(rows.get(2)).containsExactly("C-3", "VERDICT_PROPOSED", Fixtures.CLAIM, "false", "ana", "ana", "", "", "", "0",
                "https://www.livemint.com/ai/microsoft-meta-ai-spending.html", "Satya Nadella");
    }

    @Test
    void awkwardClaimRoundTrips() throws Exception {
        String claim = "He said \"80 billion, maybe more\",\r\nthen: 'no'\nand left; déjà vu";
        String text = Fixtures.export(csv, Fixtures.withClaim(Fixtures.published(), claim, null));

        assertThat(text).contains("\"He said \"\"80 billion, maybe more\"\",\r\nthen: 'no'\nand left; déjà vu\"");
        List<List<String>> rows = parse(text);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).isEqualTo(CsvExporter.HEADER);
        assertThat(rows.get(1)).hasSize(CsvExporter.HEADER.size());
        assertThat(rows.get(1).get(2)).isEqualTo(claim);
    }

    @Test
    void formulasAreNeutralised() throws Exception {
        for (String hostile : List.of("=HYPERLINK(\"https://evil.example\",\"click\")", "+1+1", "-2+3", "@SUM(A1:A9)", "\t=1+1")) {
            List<List<String>> rows = parse(Fixtures.export(csv, Fixtures.withClaim(Fixtures.published(), hostile, null)));
            assertThat(rows.get(1).get(2)).isEqualTo("'" + hostile);
        }
        // only the first character matters
        assertThat(CsvExporter.field("a=b")).isEqualTo("a=b");
        assertThat(CsvExporter.field("=a,b")).isEqualTo("\"'=a,b\"");
        assertThat(CsvExporter.field("")).isEmpty();
        assertThat(CsvExporter.field(null)).isEmpty();
    }

    /** A small RFC 4180 reader: quoted fields may hold commas, doubled quotes, CR and LF; records end with CRLF. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        boolean fieldStart = true;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                    i++;
                    continue;
                }
                field.append(ch);
                i++;
                continue;
            }
            if (ch == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
                i++;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
                fieldStart = true;
                i++;
            } else if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                fieldStart = true;
                i += 2;
            } else {
                if (ch == '"' || ch == '\r' || ch == '\n') {
                    throw new IllegalArgumentException("bare " + (int) ch + " in an unquoted field at " + i);
                }
                field.append(ch);
                fieldStart = false;
                i++;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quoted field");
        }
        if (!row.isEmpty() || field.length() > 0) {
            throw new IllegalArgumentException("last record does not end with CRLF");
        }
        return rows;
    }
}

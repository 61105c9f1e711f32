package org.factdesk.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.factdesk.api.desk.Case;
import org.factdesk.api.export.ExportException;
import org.factdesk.api.export.Exporter;
import org.factdesk.api.export.FactCheck;
import org.osgi.service.component.annotations.Component;

/**
 * All cases as one CSV table (RFC 4180: CRLF line ends, quoted where needed, UTF-8 without a
 * byte order mark), one row per case, for spreadsheets and scripts.
 */
@Component(service = Exporter.class)
public class CsvExporter implements Exporter {

    static final List<String> HEADER = List.of("case", "state", "claim", "rating", "assignee", "proposed_by", "signed_off_by",
            "published_url", "published_at", "corrections", "article_url", "claim_author");

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String description() {
        return "all cases as one CSV table, one row per case (state, claim, rating, who, publication, corrections)";
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public boolean perCase() {
        return false;
    }

    @Override
    public void export(List<FactCheck> checks, OutputStream out) throws ExportException, IOException {
        StringBuilder csv = new StringBuilder();
        row(csv, HEADER);
        for (FactCheck check : checks) {
            row(csv, fields(check));
        }
        out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** @return the row of one case, in {@link #HEADER} order; unknown values are empty */
    static List<String> fields(FactCheck check) {
        Case c = check.subject();
        return List.of(
                c.id(),
                c.state().name(),
                c.claimReviewed(),
                c.verdict() == null ? "" : c.verdict().rating(),
                orEmpty(c.assignee()),
                c.verdict() == null ? "" : c.verdict().proposedBy(),
                c.signOff() == null ? "" : orEmpty(c.signOff().editor()),
                c.publication() == null ? "" : orEmpty(c.publication().url()),
                c.publication() == null || c.publication().at() == null ? "" : c.publication().at().toString(),
                Integer.toString(c.corrections().size()),
                orEmpty(c.appearance().url()),
                orEmpty(c.appearance().author()));
    }

    private static void row(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    /**
     * One field, made safe for spreadsheets and quoted as RFC 4180 says.
     *
     * <p>Spreadsheets (Excel, LibreOffice, Google Sheets) run a cell that starts with {@code = + - @}
     * as a formula, and a claim quoted from an article or a feed is untrusted text: "=HYPERLINK(...)"
     * in a claim would become a live link or a data leak in the desk's spreadsheet (CSV injection,
     * OWASP). Such a field gets a leading apostrophe, which spreadsheets show as text and hide. Tab
     * and carriage return are included, as OWASP advises, since some spreadsheets skip them before
     * the formula sign. The apostrophe stays in the data for scripts; no FactDesk value starts with
     * those characters legitimately (dates, counts and URLs do not).
     */
    static String field(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\r') >= 0 || v.indexOf('\n') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}

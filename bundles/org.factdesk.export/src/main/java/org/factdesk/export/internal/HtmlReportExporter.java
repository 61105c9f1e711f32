package org.factdesk.export.internal;

import java.util.List;

import org.factdesk.api.export.Exporter;
import org.factdesk.api.export.FactCheck;
import org.factdesk.export.internal.Report.Block;
import org.factdesk.export.internal.Report.Heading;
import org.factdesk.export.internal.Report.Inline;
import org.factdesk.export.internal.Report.Items;
import org.factdesk.export.internal.Report.Link;
import org.factdesk.export.internal.Report.Note;
import org.factdesk.export.internal.Report.Paragraph;
import org.factdesk.export.internal.Report.Quote;
import org.factdesk.export.internal.Report.Strong;
import org.factdesk.export.internal.Report.Text;
import org.osgi.service.component.annotations.Component;

/** The report of one fact-check as a standalone HTML page (no scripts, no external files), in any state. */
@Component(service = Exporter.class)
public class HtmlReportExporter extends ReportExporter {

    private static final String CSS = """
            body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222}
            h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:1.8rem;border-bottom:1px solid #ddd}
            blockquote{margin:1rem 0;padding:.5rem 1rem;border-left:4px solid #888;background:#f6f6f6;font-size:1.1rem}
            a{color:#0645ad;overflow-wrap:anywhere}p.note{color:#555;font-size:.9rem}""";

    @Override
    public String format() {
        return "report-html";
    }

    @Override
    public String description() {
        return "the report of one fact-check as a standalone HTML page: claim, verdict, sources, evidence, sign-off, corrections";
    }

    @Override
    public String extension() {
        return "html";
    }

    /** @return the page */
    @Override
    String render(FactCheck check) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(Report.title(check) + " — " + check.rules().organization())).append("</title>\n")
                .append("<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n");
        for (Block b : Report.of(check)) {
            if (b instanceof Heading hd) {
                h.append("<h").append(hd.level()).append('>').append(escape(hd.text())).append("</h").append(hd.level()).append(">\n");
            } else if (b instanceof Paragraph p) {
                h.append("<p>");
                inlines(h, p.inlines());
                h.append("</p>\n");
            } else if (b instanceof Note n) {
                h.append("<p class=\"note\">");
                inlines(h, n.inlines());
                h.append("</p>\n");
            } else if (b instanceof Quote q) {
                h.append("<blockquote>").append(lines(q.text())).append("</blockquote>\n");
            } else if (b instanceof Items list) {
                h.append("<ul>\n");
                for (List<Inline> item : list.items()) {
                    h.append("<li>");
                    inlines(h, item);
                    h.append("</li>\n");
                }
                h.append("</ul>\n");
            }
        }
        return h.append("</body>\n</html>\n").toString();
    }

    private static void inlines(StringBuilder h, List<Inline> inlines) {
        for (Inline i : inlines) {
            if (i instanceof Text t) {
                h.append(lines(t.text()));
            } else if (i instanceof Strong s) {
                h.append("<strong>").append(escape(s.text())).append("</strong>");
            } else if (i instanceof Link l) {
                // Report makes links of absolute http(s) URLs only: no javascript: target reaches an href.
                h.append("<a href=\"").append(escape(l.url())).append("\">").append(escape(l.text())).append("</a>");
            }
        }
    }

    /** Escaped, with each new line kept as a line break. */
    private static String lines(String text) {
        return escape(text.replace("\r\n", "\n")).replace("\n", "<br>\n");
    }

    /**
     * Escapes text for HTML element content and for quoted attribute values alike.
     *
     * @param s raw text, may be {@code null}
     * @return the text with {@code & < > " '} as character references
     */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}

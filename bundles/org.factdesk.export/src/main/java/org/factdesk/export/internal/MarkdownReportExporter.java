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

/**
 * The report of one fact-check as CommonMark, in any state. Text is escaped so that a claim's
 * own punctuation neither formats the report nor passes raw HTML to a renderer.
 */
@Component(service = Exporter.class)
public class MarkdownReportExporter extends ReportExporter {

    /** Punctuation that means something to CommonMark (or GitHub's dialect) anywhere in a line. */
    private static final String SPECIAL = "\\`*_[]<>&~|";

    @Override
    public String format() {
        return "report-md";
    }

    @Override
    public String description() {
        return "the report of one fact-check as Markdown: claim, verdict, sources, evidence, sign-off, corrections";
    }

    @Override
    public String extension() {
        return "md";
    }

    /** @return the document */
    @Override
    String render(FactCheck check) {
        StringBuilder m = new StringBuilder();
        for (Block b : Report.of(check)) {
            if (!m.isEmpty()) {
                m.append('\n');
            }
            if (b instanceof Heading h) {
                m.append("#".repeat(h.level())).append(' ').append(escape(Facts.oneLine(h.text()))).append('\n');
            } else if (b instanceof Paragraph p) {
                m.append(inlines(p.inlines())).append('\n');
            } else if (b instanceof Note n) {
                m.append(inlines(n.inlines())).append('\n');
            } else if (b instanceof Quote q) {
                for (String line : escape(q.text().strip()).split("\n", -1)) {
                    m.append(line.isBlank() ? ">" : "> " + line).append('\n');
                }
            } else if (b instanceof Items list) {
                for (List<Inline> item : list.items()) {
                    // one line per item: a new line inside would end the item
                    m.append("- ").append(inlines(item).replace('\n', ' ')).append('\n');
                }
            }
        }
        return m.toString();
    }

    private static String inlines(List<Inline> inlines) {
        StringBuilder m = new StringBuilder();
        for (Inline i : inlines) {
            if (i instanceof Text t) {
                m.append(escape(t.text()));
            } else if (i instanceof Strong s) {
                m.append("**").append(escape(Facts.oneLine(s.text()))).append("**");
            } else if (i instanceof Link l) {
                m.append('[').append(escape(Facts.oneLine(l.text()))).append("](<").append(target(l.url())).append(">)");
            }
        }
        return m.toString();
    }

    /** A link target inside {@code <...>}: only {@code < > \ } space and new lines need care there. */
    private static String target(String url) {
        return url.replace("\\", "%5C").replace("<", "%3C").replace(">", "%3E").replace(" ", "%20").replace("\n", "").replace("\r", "");
    }

    /**
     * Escapes text so that it reads as itself: backslash before CommonMark punctuation, and before
     * whatever would start a heading, list, quote, rule or setext underline at a line's start.
     *
     * @param s raw text; new lines are kept (the caller decides whether a block may hold them)
     * @return the escaped text
     */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        String[] lines = s.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int n = 0; n < lines.length; n++) {
            if (n > 0) {
                b.append('\n');
            }
            String line = lines[n];
            if (n > 0) {
                // four spaces would start a code block; indentation carries no meaning in a report
                line = line.stripLeading();
            }
            if (!line.isEmpty() && "#-+=>".indexOf(line.charAt(0)) >= 0) {
                b.append('\\');
            } else {
                int digits = 0;
                while (digits < line.length() && Character.isDigit(line.charAt(digits))) {
                    digits++;
                }
                if (digits > 0 && digits < line.length() && (line.charAt(digits) == '.' || line.charAt(digits) == ')')) {
                    // "1990. A year" would start an ordered list
                    b.append(line, 0, digits).append('\\');
                    line = line.substring(digits);
                }
            }
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (SPECIAL.indexOf(ch) >= 0) {
                    b.append('\\');
                }
                b.append(ch);
            }
        }
        return b.toString();
    }
}

package org.factdesk.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.factdesk.api.desk.Case;
import org.factdesk.api.desk.Source;
import org.factdesk.api.desk.Verdict;
import org.factdesk.api.export.FactCheck;
import org.junit.jupiter.api.Test;

class ReportTest {

    private final HtmlReportExporter html = new HtmlReportExporter();
    private final MarkdownReportExporter md = new MarkdownReportExporter();

    private static final String HOSTILE = "Costs <script>alert('x')</script> fell by 3% & \"rose\" by 5%";

    @Test
    void describeThemselves() {
        assertThat(List.of(html.format(), html.extension(), md.format(), md.extension())).containsExactly("report-html", "html", "report-md", "md");
        assertThat(html.perCase()).isTrue();
        assertThat(md.perCase()).isTrue();
    }

    @Test
    void htmlIsAStandaloneDocument() throws Exception {
        String page = Fixtures.export(html, Fixtures.published());

        assertThat(page).startsWith("<!DOCTYPE html>\n").endsWith("</html>\n");
        assertThat(page).contains("<meta charset=\"utf-8\">").contains("<style>").doesNotContain("<script").doesNotContain("<link ");
        assertThat(page).contains("<title>Fact-check C-3 — Desk Verité</title>");
    }

    @Test
    void htmlEscapesTheClaim() throws Exception {
        String page = Fixtures.export(html, Fixtures.withClaim(Fixtures.published(), HOSTILE, null));

        assertThat(page).doesNotContain("<script>").doesNotContain("& \"");
        assertThat(page).contains("Costs &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; fell by 3% &amp; &quot;rose&quot; by 5%");
    }

    @Test
    void htmlEscapeHelperCoversFiveCharacters() {
        assertThat(HtmlReportExporter.escape("a&b<c>d\"e'f")).isEqualTo("a&amp;b&lt;c&gt;d&quot;e&#39;f");
        assertThat(HtmlReportExporter.escape(null)).isEmpty();
    }

    @Test
    void htmlLinksOnlyWebSourcesAndEscapesTheirUrls() throws Exception {
        Case c = Fixtures.publishedCase();
        Verdict v = new Verdict("mostly-true", "why", List.of(
                new Source("https://stats.example/q?a=1&b=it's", "the table", java.time.LocalDate.of(2025, 1, 2)),
                new Source("https://stats.example/\"><b>", "not a URL", java.time.LocalDate.of(2025, 1, 2)),
                new Source("javascript:alert(1)", "nothing good", java.time.LocalDate.of(2025, 1, 2)),
                new Source("Archive box 12, folder 3", "the minutes", java.time.LocalDate.of(2025, 1, 2))), "ana", Fixtures.PROPOSED, "e1");
        FactCheck fc = new FactCheck(Fixtures.with(c, c.state(), c.appearance(), v, c.signOff(), c.publication(), c.corrections()),
                Fixtures.RULES, Fixtures.publishedHistory());

        String page = Fixtures.export(html, fc);

        assertThat(page).contains("<a href=\"https://stats.example/q?a=1&amp;b=it&#39;s\">https://stats.example/q?a=1&amp;b=it&#39;s</a>");
        // a quote cannot be in a URL: shown as text, escaped
        assertThat(page).contains("<li>https://stats.example/&quot;&gt;&lt;b&gt;: not a URL (accessed 2025-01-02)</li>");
        assertThat(page).doesNotContain("href=\"javascript");
        assertThat(page).contains("<li>javascript:alert(1): nothing good (accessed 2025-01-02)</li>");
        assertThat(page).contains("<li>Archive box 12, folder 3: the minutes (accessed 2025-01-02)</li>");
    }

    @Test
    void bothReportsCarryTheWholeFactCheck() throws Exception {
        for (String report : List.of(Fixtures.export(html, Fixtures.published()), Fixtures.export(md, Fixtures.published()))) {
            assertThat(report)
                    .contains("Microsoft has committed $80 billion to AI data centres this fiscal year")
                    .contains("Microsoft and Meta bet big on AI")
                    .contains("https://www.livemint.com/ai/microsoft-meta-ai-spending.html")
                    .contains("Satya Nadella")
                    .contains("2025-01-28T06:45:00+05:30")
                    .contains("Mostly true")
                    .contains("Microsoft said $80 billion, but for data centres worldwide")
                    // sources: the URL one as a link, the interview notes as text
                    .contains("https://blogs.microsoft.com/on-the-issues/2025/01/03/")
                    .contains("statement of the $80 billion")
                    .contains("Interview notes, call with Microsoft press office, 29 Jan")
                    .contains("accessed 2025-01-29")
                    // evidence with checker and version
                    .contains("org.factdesk.checker.figures 1.2.0")
                    // sign-off
                    .contains("signed with Ed25519")
                    .contains("2025-01-30 09:15 UTC")
                    // rejection
                    .contains("Name the second source")
                    // publication
                    .contains("https://verite.example/checks/microsoft-80-billion")
                    // correction: date, by, reason, ratings, republication
                    .contains("Corrections")
                    .contains(Fixtures.CORRECTION_REASON)
                    .contains("False → Mostly true")
                    .contains("republished 2025-02-04 12:00 UTC")
                    .contains("2025-02-03 10:00 UTC, ed: ");
        }
    }

    @Test
    void correctionsSayNoneWhenThereAreNone() throws Exception {
        String page = Fixtures.export(html, Fixtures.unverifiable());
        assertThat(page).contains("<h2>Corrections</h2>\n<p>None</p>");

        String text = Fixtures.export(md, Fixtures.unverifiable());
        assertThat(text).contains("## Corrections\n\nNone\n");
    }

    @Test
    void reportsWorkBeforePublication() throws Exception {
        String text = Fixtures.export(md, Fixtures.proposed());

        assertThat(text).startsWith("# Fact-check C-3\n");
        assertThat(text).contains("**State:** verdict proposed");
        assertThat(text).contains("Not signed off.").contains("Not published.").contains("## Corrections\n\nNone\n");
        assertThat(text).contains("**False**");

        String page = Fixtures.export(html, Fixtures.proposed());
        assertThat(page).contains("<strong>State:</strong> verdict proposed");
    }

    @Test
    void markdownQuotesTheClaimAndEscapesIt() throws Exception {
        String text = Fixtures.export(md, Fixtures.withClaim(Fixtures.published(), HOSTILE, null));

        assertThat(text).contains("## Claim\n\n> Costs \\<script\\>alert('x')\\</script\\> fell by 3% \\& \"rose\" by 5%\n");
        assertThat(text).doesNotContain("<script>");
    }

    @Test
    void markdownLinksWebSources() throws Exception {
        String text = Fixtures.export(md, Fixtures.published());

        assertThat(text).contains("- [https://blogs.microsoft.com/on-the-issues/2025/01/03/](<https://blogs.microsoft.com/on-the-issues/2025/01/03/>): "
                + "Microsoft's statement of the $80 billion (accessed 2025-01-29)\n");
        assertThat(text).contains("- Interview notes, call with Microsoft press office, 29 Jan: the split between US and elsewhere (accessed 2025-01-29)\n");
    }

    @Test
    void markdownEscapeKeepsLineStartsFromFormatting() {
        assertThat(MarkdownReportExporter.escape("# not a heading")).isEqualTo("\\# not a heading");
        assertThat(MarkdownReportExporter.escape("a\n- not a list\n1990. a year\n    code?")).isEqualTo("a\n\\- not a list\n1990\\. a year\ncode?");
        assertThat(MarkdownReportExporter.escape("*bold* _it_ [x](y) `c` a|b ~~s~~")).isEqualTo("\\*bold\\* \\_it\\_ \\[x\\](y) \\`c\\` a\\|b \\~\\~s\\~\\~");
    }
}

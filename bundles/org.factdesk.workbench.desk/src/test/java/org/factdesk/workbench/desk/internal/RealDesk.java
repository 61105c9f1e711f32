package org.factdesk.workbench.desk.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.factdesk.api.article.Article;
import org.factdesk.api.article.Paragraph;
import org.factdesk.api.check.Finding;
import org.factdesk.api.check.Provenance;
import org.factdesk.api.check.Stance;
import org.factdesk.api.claim.Claim;
import org.factdesk.api.claim.ClaimType;
import org.factdesk.api.desk.Case;
import org.factdesk.api.desk.CaseDesk;
import org.factdesk.api.desk.DeskRules;
import org.factdesk.api.desk.DeskSession;
import org.factdesk.api.desk.RatingScale;
import org.factdesk.api.desk.Role;
import org.factdesk.api.desk.Source;
import org.factdesk.api.desk.WorkflowException;
import org.factdesk.api.pipeline.ArticleReport;
import org.factdesk.api.pipeline.ClaimReport;
import org.factdesk.api.store.WorkspaceStore.Access;
import org.factdesk.store.internal.FileWorkspaceStore;
import org.factdesk.workflow.internal.DeskService;

/**
 * A real workspace on the real workflow and file store (as the shell's DeskCommandsTest has it):
 * maria (admin), ana and carl (fact-checkers), ben and eve (editors).
 */
final class RealDesk implements AutoCloseable {

    static final List<String> PEOPLE = List.of("maria", "ana", "carl", "ben", "eve");

    final CaseDesk desk = new DeskService(new FileWorkspaceStore());
    final Path workspace;
    final Path keys;
    final DeskSession session;
    private int articles;

    RealDesk(Path dir) throws WorkflowException {
        workspace = dir.resolve("ws");
        keys = dir.resolve("keys");
        session = desk.open(workspace, keys, Access.WRITE);
        session.addPerson("maria", "maria", "Maria Admin", Role.ADMIN);
        session.addPerson("maria", "ana", "Ana Checker", Role.FACT_CHECKER);
        session.addPerson("maria", "carl", "Carl Checker", Role.FACT_CHECKER);
        session.addPerson("maria", "ben", "Ben Editor", Role.EDITOR);
        session.addPerson("maria", "eve", "Eve Editor", Role.EDITOR);
    }

    void fourEyes(boolean on) throws WorkflowException {
        session.configure("maria", new DeskRules(on, RatingScale.standard(), "", ""));
    }

    static Finding finding(String checker, Stance stance, String summary) {
        return Finding.of(stance, 0.8, summary).stamped(checker, "1.0.0", new Provenance(checker, "1.0.0", checker, "cfg"));
    }

    /** A claim of an article, with the pipeline's id (article id, '#', start). */
    static Claim claim(String articleId, String text, String claimText, double score, List<ClaimType> types, String speaker) {
        int start = text.indexOf(claimText);
        if (start < 0) {
            throw new IllegalArgumentException(claimText + " is not in " + text);
        }
        return new Claim(articleId + "#" + start, claimText, start, start + claimText.length(), score, types, "test", speaker, null, List.of(),
                List.of(), List.of());
    }

    /** An article report: each claim text with its findings (claim text -> findings). */
    static ArticleReport report(String headline, String text, Map<String, List<Finding>> claims) {
        String id = Article.contentId(text);
        Article a = new Article(id, "test-" + id + ".txt", "text", headline, null, "2025-01-30", "en", text, List.of(new Paragraph(0, text.length())),
                Map.of());
        List<ClaimReport> reports = new ArrayList<>();
        claims.entrySet().stream().sorted(Map.Entry.comparingByKey((x, y) -> Integer.compare(text.indexOf(x), text.indexOf(y))))
                .forEach(e -> reports.add(new ClaimReport(claim(id, text, e.getKey(), 0.9, List.of(ClaimType.NUMERIC), null), e.getValue(), List.of())));
        return new ArticleReport(a, "test", reports, List.of());
    }

    /** Imports a new article with one claim of its own: a new case, in state DETECTED. */
    Case newCase(boolean withFinding) throws WorkflowException {
        int n = ++articles;
        String claim = "Acme sold " + n + " million widgets in 2024.";
        String text = "Article " + n + ". " + claim + " More text.";
        List<Finding> findings = withFinding ? List.of(finding("org.example.figures", Stance.REFUTES, "Acme sold fewer")) : List.of();
        List<Case> opened = session.importArticle("ana", report("Headline " + n, text, Map.of(claim, findings)), 0.5,
                "https://news.example/" + n, "News");
        return opened.get(0);
    }

    /** Opens a workspace read-only, as the desk's refresh does. */
    static final class Reader {
        final CaseDesk desk = new DeskService(new FileWorkspaceStore());

        DeskSession open(Path workspace, Path keys) throws WorkflowException {
            return desk.open(workspace, keys, Access.READ_ONLY);
        }
    }

    static List<Source> sources() {
        return List.of(new Source("https://acme.example/report", "Acme's annual report", LocalDate.of(2025, 2, 1)));
    }

    @Override
    public void close() throws WorkflowException {
        session.close();
    }
}

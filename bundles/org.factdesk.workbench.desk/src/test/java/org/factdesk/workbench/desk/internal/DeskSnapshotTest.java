package org.factdesk.workbench.desk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.factdesk.api.article.Article;
import org.factdesk.api.article.Paragraph;
import org.factdesk.api.check.Finding;
import org.factdesk.api.check.Stance;
import org.factdesk.api.claim.Claim;
import org.factdesk.api.claim.ClaimType;
import org.factdesk.api.desk.Case;
import org.factdesk.api.desk.CaseState;
import org.factdesk.api.desk.DeskRules;
import org.factdesk.api.desk.DeskSession;
import org.factdesk.api.desk.Person;
import org.factdesk.api.desk.Role;
import org.factdesk.api.pipeline.ArticleReport;
import org.factdesk.api.pipeline.ClaimReport;
import org.factdesk.api.store.WorkspaceStore.Access;
import org.factdesk.workbench.desk.internal.TriageRow.Kind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snapshot and the triage rows of a real workspace: two articles, the second repeating a claim
 * of the first (which joins its case, C-1), C-1 then published.
 */
class DeskSnapshotTest {

    static final String TEXT1 = "Acme sold 5 million widgets in 2024. \"We will double it,\" said Jane Roe. Acme is a company.";
    static final String TEXT2 = "Rivals noted: acme  sold 5 million WIDGETS in 2024. Tariffs caused the price rise.";
    static final String ID1 = Article.contentId(TEXT1);
    static final String ID2 = Article.contentId(TEXT2);

    static final Finding FIG1 = RealDesk.finding("org.x.figures", Stance.REFUTES, "Acme's report says 3 million");
    static final Finding FIG2 = RealDesk.finding("org.x.figures", Stance.NEEDS_CONTEXT, "Same claim, other article");
    static final Finding CAUSE = RealDesk.finding("org.x.causes", Stance.INFO, "Tariffs rose in March");

    @TempDir
    Path dir;
    Path ws;
    Path keys;

    static Claim claim(String articleId, String text, String part, double score, String speaker, ClaimType... types) {
        int start = text.indexOf(part);
        assertThat(start).as(part).isNotNegative();
        return new Claim(articleId + "#" + start, part, start, start + part.length(), score, List.of(types), "", speaker, null, List.of(), List.of(),
                List.of());
    }

    static ArticleReport report(String id, String text, String headline, List<ClaimReport> claims) {
        Article a = new Article(id, id + ".txt", "text", headline, null, "2025-01-30", "en", text, List.of(new Paragraph(0, text.length())), Map.of());
        return new ArticleReport(a, "test", claims, List.of());
    }

    @BeforeEach
    void workspace() throws Exception {
        try (RealDesk d = new RealDesk(dir)) {
            ws = d.workspace;
            keys = d.keys;
            DeskSession s = d.session;
            s.importArticle("ana", report(ID1, TEXT1, "Acme's year", List.of(
                    new ClaimReport(claim(ID1, TEXT1, "Acme sold 5 million widgets in 2024.", 0.9, null, ClaimType.NUMERIC), List.of(FIG1), List.of()),
                    new ClaimReport(claim(ID1, TEXT1, "\"We will double it,\" said Jane Roe.", 0.7, "Jane Roe", ClaimType.QUOTE, ClaimType.ATTRIBUTION),
                            List.of(), List.of()),
                    new ClaimReport(claim(ID1, TEXT1, "Acme is a company.", 0.2, null), List.of(), List.of()))),
                    0.5, "https://news.example/acme", "News");
            s.importArticle("ben", report(ID2, TEXT2, null, List.of(
                    new ClaimReport(claim(ID2, TEXT2, "acme  sold 5 million WIDGETS in 2024.", 0.6, null, ClaimType.NUMERIC), List.of(FIG2), List.of()),
                    new ClaimReport(claim(ID2, TEXT2, "Tariffs caused the price rise.", 0.55, null, ClaimType.CAUSAL), List.of(CAUSE), List.of()))),
                    0.5, "https://rivals.example/acme", "Rivals");
            s.assign("ana", "C-1", "ana");
            s.propose("ana", "C-1", "false", "Acme sold 3 million", RealDesk.sources());
            s.signOff("ben", "C-1");
            s.publish("ben", "C-1", "https://factdesk.example/c-1");
        }
    }

    /** As the desk reads it: a read-only session, closed again. */
    DeskSnapshot read() throws Exception {
        try (DeskSession s = new RealDesk.Reader().open(ws, keys)) {
            return DeskSnapshot.of(s);
        }
    }

    @Test
    void theSnapshotHoldsWhatTheWorkspaceHolds() throws Exception {
        Instant before = Instant.now();
        DeskSnapshot snap = read();
        assertThat(snap.exists()).isTrue();
        assertThat(snap.problem()).isNull();
        assertThat(snap.workspace()).isEqualTo(ws);
        assertThat(snap.loadedAt()).isBetween(before, Instant.now());
        assertThat(snap.rules()).isEqualTo(DeskRules.standard());
        assertThat(snap.cases()).extracting(Case::id).containsExactly("C-1", "C-2", "C-3");
        assertThat(snap.people()).extracting(Person::id).containsExactlyElementsOf(RealDesk.PEOPLE);
        assertThat(snap.person("ben")).map(Person::role).contains(Role.EDITOR);
        assertThat(snap.person("zoe")).isEmpty();
        assertThat(snap.person(null)).isEmpty();
        assertThat(snap.find("C-1")).map(Case::state).contains(CaseState.PUBLISHED);
        assertThat(snap.find("c-2")).map(Case::id).contains("C-2");
        assertThat(snap.find("C-9")).isEmpty();
        assertThat(snap.find(null)).isEmpty();
        assertThatSnapshotIsImmutable(snap);
    }

    static void assertThatSnapshotIsImmutable(DeskSnapshot snap) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> snap.cases().clear()).isInstanceOf(UnsupportedOperationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> snap.people().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void eachArticleIsListedOnceInTheOrderFirstSeenWithEveryCaseThatStandsInIt() throws Exception {
        List<DeskSnapshot.ArticleRef> articles = read().articles();
        assertThat(articles).extracting(DeskSnapshot.ArticleRef::id).containsExactly(ID1, ID2);
        DeskSnapshot.ArticleRef first = articles.get(0);
        DeskSnapshot.ArticleRef second = articles.get(1);
        assertThat(first.headline()).isEqualTo("Acme's year");
        assertThat(first.url()).isEqualTo("https://news.example/acme");
        assertThat(first.publisher()).isEqualTo("News");
        assertThat(first.published()).isEqualTo("2025-01-30");
        assertThat(first.cases()).extracting(Case::id).containsExactly("C-1", "C-2");
        // the repeated claim joined C-1: the second article lists it, where the rivals published it
        assertThat(second.headline()).isNull();
        assertThat(second.url()).isEqualTo("https://rivals.example/acme");
        assertThat(second.publisher()).isEqualTo("Rivals");
        assertThat(second.cases()).extracting(Case::id).containsExactly("C-1", "C-3");
    }

    @Test
    void theClaimsOfAnArticleAreItsOwnInTextOrderAndEachKnowsItsCase() throws Exception {
        DeskSnapshot snap = read();
        List<Claim> one = snap.claimsIn(ID1);
        assertThat(one).extracting(Claim::text).containsExactly("Acme sold 5 million widgets in 2024.", "\"We will double it,\" said Jane Roe.");
        List<Claim> two = snap.claimsIn(ID2);
        assertThat(two).extracting(Claim::text).containsExactly("acme  sold 5 million WIDGETS in 2024.", "Tariffs caused the price rise.");
        assertThat(two).allSatisfy(c -> assertThat(TEXT2.substring(c.start(), c.end())).isEqualTo(c.text()));
        assertThat(snap.claimsIn("nothing")).isEmpty();
        assertThat(snap.caseOf(two.get(0))).map(Case::id).contains("C-1");
        assertThat(snap.caseOf(two.get(1))).map(Case::id).contains("C-3");
        assertThat(snap.caseOfClaim(one.get(1).id())).map(Case::id).contains("C-2");
        assertThat(snap.caseOfClaim(ID1 + "#" + TEXT1.indexOf("Acme is a company."))).as("below the score: no case").isEmpty();
        assertThat(snap.caseOf(null)).isEmpty();
        // the claims the editor highlights are where the offsets say
        Highlights.Plan plan = Highlights.compute(TEXT2, two);
        assertThat(plan.moved()).isZero();
        assertThat(plan.outside()).isZero();
        assertThat(plan.claimAt(TEXT2.indexOf("Tariffs"))).map(Claim::id).contains(two.get(1).id());
    }

    @Test
    void anEmptySnapshotSaysWhy() {
        DeskSnapshot none = DeskSnapshot.empty(ws, "no workspace at " + ws + " yet");
        assertThat(none.exists()).isFalse();
        assertThat(none.problem()).isEqualTo("no workspace at " + ws + " yet");
        assertThat(none.cases()).isEmpty();
        assertThat(none.people()).isEmpty();
        assertThat(none.articles()).isEmpty();
        assertThat(none.rules()).isEqualTo(DeskRules.standard());
        assertThat(none.find("C-1")).isEmpty();
    }

    @Test
    void theTriageRowsAreEachArticleThenTheCasesFirstSeenInIt() throws Exception {
        DeskSnapshot snap = read();
        List<TriageRow> rows = TriageTableModel.rows(snap, Set.of("C-3"));
        assertThat(rows).extracting(TriageRow::id).containsExactly(ID1, "C-1", "C-2", ID2, "C-3");
        assertThat(rows).extracting(TriageRow::kind).containsExactly(Kind.ARTICLE, Kind.CASE, Kind.CASE, Kind.ARTICLE, Kind.CASE);

        TriageRow a1 = rows.get(0);
        assertThat(a1.status()).isEqualTo("2 cases, 1 open");
        assertThat(a1.score()).isEqualTo(0.9);
        assertThat(a1.types()).containsExactly(ClaimType.NUMERIC, ClaimType.QUOTE, ClaimType.ATTRIBUTION);
        assertThat(a1.text()).isEqualTo("Acme's year");
        assertThat(a1.state()).isNull();
        assertThat(a1.kase()).isNull();
        assertThat(a1.opened()).isEqualTo(snap.find("C-1").get().opened());
        assertThat(a1.updated()).isEqualTo(snap.find("C-1").get().updated());

        // the second article: only its own claims count for score and types; C-1 is published, C-3 dismissed
        TriageRow a2 = rows.get(3);
        assertThat(a2.status()).isEqualTo("2 cases, 0 open");
        assertThat(a2.score()).isEqualTo(0.6);
        assertThat(a2.types()).containsExactly(ClaimType.NUMERIC, ClaimType.CAUSAL);
        assertThat(a2.text()).as("no headline: the id").isEqualTo(ID2);
        assertThat(a2.findings()).containsExactlyInAnyOrder(FIG1, FIG2, CAUSE);

        TriageRow c1 = rows.get(1);
        assertThat(c1.state()).isEqualTo(CaseState.PUBLISHED);
        assertThat(c1.status()).isEqualTo("published");
        assertThat(c1.assignee()).isEqualTo("ana");
        assertThat(c1.rating()).isEqualTo("false");
        assertThat(c1.score()).isEqualTo(0.9);
        assertThat(c1.text()).isEqualTo("Acme sold 5 million widgets in 2024.");
        assertThat(c1.headline()).isEqualTo("Acme's year");
        assertThat(c1.findings()).containsExactly(FIG1, FIG2);
        assertThat(c1.kase()).isEqualTo(snap.find("C-1").get());
        assertThat(c1.dismissed()).isFalse();
        assertThat(c1.updated()).isAfterOrEqualTo(c1.opened());

        TriageRow c2 = rows.get(2);
        assertThat(c2.speaker()).isEqualTo("Jane Roe");
        assertThat(c2.types()).containsExactly(ClaimType.QUOTE, ClaimType.ATTRIBUTION);
        assertThat(c2.rating()).isNull();
        assertThat(c2.status()).isEqualTo("detected");

        TriageRow c3 = rows.get(4);
        assertThat(c3.dismissed()).isTrue();
        assertThat(c3.articleId()).isEqualTo(ID2);
        assertThat(c3.headline()).isNull();
    }

    @Test
    void theTriageTableShowsTheFilteredRows() throws Exception {
        DeskSnapshot snap = read();
        TriageTableModel model = new TriageTableModel();
        List<javax.swing.event.TableModelEvent> events = new java.util.ArrayList<>();
        model.addTableModelListener(events::add);
        model.setRows(TriageTableModel.rows(snap, Set.of("C-3")));
        assertThat(events).hasSize(1);
        assertThat(model.getColumnCount()).isEqualTo(TriageTableModel.COLUMNS.length);
        assertThat(model.getColumnName(TriageTableModel.VERDICTS)).isEqualTo("Checker verdicts");
        assertThat(model.filter()).isEqualTo(TriageFilter.DEFAULT);
        assertThat(model.shown()).extracting(TriageRow::id).containsExactly(ID1, "C-1", "C-2", ID2);
        assertThat(model.getRowCount()).isEqualTo(4);
        assertThat(model.indexOf("C-2")).contains(2);
        assertThat(model.indexOf("C-3")).as("dismissed: not shown").isEmpty();

        int c1 = model.indexOf("C-1").orElseThrow();
        assertThat(model.getValueAt(c1, TriageTableModel.ID)).isEqualTo("C-1");
        assertThat(model.getValueAt(c1, TriageTableModel.STATE)).isEqualTo("published");
        assertThat(model.getValueAt(c1, TriageTableModel.ASSIGNEE)).isEqualTo("ana");
        assertThat(model.getValueAt(c1, TriageTableModel.SCORE)).isEqualTo(0.9);
        assertThat(model.getValueAt(c1, TriageTableModel.TYPES)).isEqualTo("NUMERIC");
        assertThat(model.getValueAt(c1, TriageTableModel.VERDICTS)).isEqualTo("refutes 1, needs context 1");
        assertThat(model.getValueAt(c1, TriageTableModel.AGE).toString()).isEqualTo("now");
        assertThat(model.getValueAt(c1, TriageTableModel.TEXT)).isEqualTo("Acme sold 5 million widgets in 2024.");
        assertThat(model.getValueAt(c1, TriageTableModel.ARTICLE)).isEqualTo("Acme's year");
        assertThat(model.getValueAt(0, TriageTableModel.ARTICLE)).as("an article row names no article").isEqualTo("");
        assertThat(model.getValueAt(0, TriageTableModel.ASSIGNEE)).isEqualTo("");
        assertThat(model.getColumnClass(TriageTableModel.SCORE)).isEqualTo(Double.class);
        assertThat(model.getColumnClass(TriageTableModel.AGE)).isEqualTo(TriageTableModel.Age.class);
        assertThat(model.getColumnClass(TriageTableModel.TEXT)).isEqualTo(String.class);

        model.setFilter(new TriageFilter(TriageFilter.Show.CASES, null, false, null, "", null, true));
        assertThat(events).hasSize(2);
        assertThat(model.shown()).extracting(TriageRow::id).containsExactly("C-1", "C-2", "C-3");
        int c3 = model.indexOf("C-3").orElseThrow();
        assertThat(model.getValueAt(c3, TriageTableModel.STATE)).isEqualTo("detected (dismissed)");
        assertThat(model.getValueAt(c3, TriageTableModel.ARTICLE)).as("no headline: the article id").isEqualTo(ID2);
        assertThat(model.row(c3).id()).isEqualTo("C-3");

        model.setFilter(TriageFilter.DEFAULT.withText("tariffs"));
        assertThat(model.shown()).extracting(TriageRow::id).containsExactly(ID2);
        model.setFilter(TriageFilter.DEFAULT.withText("jane roe"));
        assertThat(model.shown()).extracting(TriageRow::id).containsExactly("C-2");
    }

    @Test
    void anOlderCaseHasTheLongerAge() {
        Instant now = Instant.parse("2025-03-01T12:00:00Z");
        TriageTableModel.Age old = new TriageTableModel.Age(now.minus(Duration.ofDays(3)), "3 d");
        TriageTableModel.Age young = new TriageTableModel.Age(now.minus(Duration.ofMinutes(5)), "5 min");
        assertThat(old).isGreaterThan(young);
        assertThat(old.compareTo(new TriageTableModel.Age(old.at(), "3 d"))).isZero();
        List<TriageTableModel.Age> sorted = new java.util.ArrayList<>(List.of(old, young));
        java.util.Collections.sort(sorted);
        assertThat(sorted).containsExactly(young, old);
        assertThat(old).hasToString("3 d");
    }
}

package org.factdesk.workbench.desk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.factdesk.api.check.Finding;
import org.factdesk.api.check.Stance;
import org.factdesk.api.claim.ClaimType;
import org.factdesk.api.desk.CaseState;
import org.factdesk.workbench.desk.internal.TriageFilter.Show;
import org.factdesk.workbench.desk.internal.TriageRow.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TriageFilterTest {

    @TempDir
    Path dir;

    static final Finding REFUTES = RealDesk.finding("org.factdesk.checker.figures", Stance.REFUTES, "Acme's report says 3 million");

    static TriageRow article() {
        return new TriageRow(Kind.ARTICLE, "a1", "a1", "Acme sells widgets", null, "2 cases, 1 open", null, 0.9, List.of(ClaimType.NUMERIC),
                List.of(REFUTES), Instant.EPOCH, Instant.EPOCH, "Acme sells widgets", null, null, false, null);
    }

    static TriageRow kase(String id, CaseState state, String assignee, List<ClaimType> types, boolean dismissed) {
        return new TriageRow(Kind.CASE, id, "a1", "Acme sells widgets", state, Texts.state(state), assignee, 0.8, types,
                id.equals("C-1") ? List.of(REFUTES) : List.of(), Instant.EPOCH, Instant.EPOCH, "Acme sold 5 million widgets in 2024", "Jane Roe",
                state == CaseState.PUBLISHED ? "false" : null, dismissed, null);
    }

    static final TriageRow A = article();
    static final TriageRow C1 = kase("C-1", CaseState.DETECTED, null, List.of(ClaimType.NUMERIC), false);
    static final TriageRow C2 = kase("C-2", CaseState.IN_REVIEW, "ana", List.of(ClaimType.QUOTE, ClaimType.ATTRIBUTION), false);
    static final TriageRow C3 = kase("C-3", CaseState.PUBLISHED, "ben", List.of(ClaimType.NUMERIC), false);
    static final TriageRow C4 = kase("C-4", CaseState.DETECTED, null, List.of(ClaimType.NUMERIC), true);
    static final List<TriageRow> ROWS = List.of(A, C1, C2, C3, C4);

    static List<String> shown(TriageFilter f) {
        return ROWS.stream().filter(f).map(TriageRow::id).toList();
    }

    static TriageFilter f(Show show, CaseState state, boolean open, ClaimType type, String text, String mine, boolean dismissed) {
        return new TriageFilter(show, state, open, type, text, mine, dismissed);
    }

    @Test
    void theDefaultShowsEverythingButDismissedCases() {
        assertThat(shown(TriageFilter.DEFAULT)).containsExactly("a1", "C-1", "C-2", "C-3");
        assertThat(shown(f(Show.ALL, null, false, null, "", null, true))).containsExactly("a1", "C-1", "C-2", "C-3", "C-4");
    }

    @Test
    void showPicksArticlesOrCases() {
        assertThat(shown(f(Show.CASES, null, false, null, "", null, false))).containsExactly("C-1", "C-2", "C-3");
        assertThat(shown(f(Show.ARTICLES, null, false, null, "", null, false))).containsExactly("a1");
        assertThat(f(null, null, false, null, null, null, false)).isEqualTo(TriageFilter.DEFAULT);
    }

    @Test
    void stateOpenAndMineFilterCasesButLetArticlesThrough() {
        assertThat(shown(f(Show.ALL, CaseState.DETECTED, false, null, "", null, false))).containsExactly("a1", "C-1");
        assertThat(shown(f(Show.ALL, CaseState.DETECTED, false, null, "", null, true))).containsExactly("a1", "C-1", "C-4");
        assertThat(shown(f(Show.ALL, null, true, null, "", null, false))).containsExactly("a1", "C-1", "C-2");
        assertThat(shown(f(Show.ALL, null, false, null, "", "ana", false))).containsExactly("a1", "C-2");
        assertThat(shown(f(Show.CASES, CaseState.PUBLISHED, true, null, "", null, false))).isEmpty();
    }

    @Test
    void theTypeFiltersArticlesToo() {
        assertThat(shown(f(Show.ALL, null, false, ClaimType.QUOTE, "", null, false))).containsExactly("C-2");
        assertThat(shown(f(Show.ALL, null, false, ClaimType.NUMERIC, "", null, false))).containsExactly("a1", "C-1", "C-3");
        assertThat(shown(f(Show.ALL, null, false, ClaimType.PREDICTION, "", null, false))).isEmpty();
    }

    @Test
    void freeTextNeedsEveryWordAnywhereInTheRowIgnoringCase() {
        assertThat(shown(TriageFilter.DEFAULT.withText("ACME"))).containsExactly("a1", "C-1", "C-2", "C-3");
        assertThat(shown(TriageFilter.DEFAULT.withText("  jane   2024 "))).containsExactly("C-1", "C-2", "C-3");
        assertThat(shown(TriageFilter.DEFAULT.withText("c-2"))).containsExactly("C-2");
        assertThat(shown(TriageFilter.DEFAULT.withText("ana"))).containsExactly("C-2");
        assertThat(shown(TriageFilter.DEFAULT.withText("in-review"))).containsExactly("C-2");
        assertThat(shown(TriageFilter.DEFAULT.withText("false"))).containsExactly("C-3");
        assertThat(shown(TriageFilter.DEFAULT.withText("attribution"))).containsExactly("C-2");
        // the checkers' findings: their id and summary
        assertThat(shown(TriageFilter.DEFAULT.withText("figures 3 million"))).containsExactly("a1", "C-1");
        assertThat(shown(TriageFilter.DEFAULT.withText("acme unicorn"))).isEmpty();
        assertThat(TriageFilter.DEFAULT.withText("  ").text()).isEmpty();
        assertThat(shown(TriageFilter.DEFAULT.withText("   "))).containsExactly("a1", "C-1", "C-2", "C-3");
    }

    @Test
    void aFilterEncodesToOneLineAndDecodesToItself() {
        TriageFilter everything = f(Show.CASES, CaseState.VERDICT_PROPOSED, true, ClaimType.COMPARISON, "50% of; a=b + \"quoted\" 100% ünïcode & more",
                "ana.k", true);
        String line = everything.encode();
        assertThat(line).doesNotContain("\n").doesNotContain(" ").startsWith("show=cases;state=VERDICT_PROPOSED;open=true;type=COMPARISON;text=");
        assertThat(TriageFilter.decode(line)).isEqualTo(everything);
        assertThat(TriageFilter.DEFAULT.encode()).isEqualTo("show=all");
        assertThat(TriageFilter.decode(TriageFilter.DEFAULT.encode())).isEqualTo(TriageFilter.DEFAULT);
        for (Show s : Show.values()) {
            TriageFilter one = f(s, null, false, null, "x;y=z", null, false);
            assertThat(TriageFilter.decode(one.encode())).isEqualTo(one);
        }
    }

    @Test
    void aFilterSavedByANewerVersionKeepsWhatThisOneKnows() {
        assertThat(TriageFilter.decode("show=timeline;state=ARCHIVED;type=NUMERIC;colour=red;open=yes;text=acme"))
                .isEqualTo(f(Show.ALL, null, false, ClaimType.NUMERIC, "acme", null, false));
        assertThat(TriageFilter.decode("")).isEqualTo(TriageFilter.DEFAULT);
        assertThat(TriageFilter.decode("garbage;=x;show")).isEqualTo(TriageFilter.DEFAULT);
    }

    @Test
    void savedFiltersSurviveAReopenOfTheSettingsFile() {
        Path file = dir.resolve("workbench").resolve("desk.properties");
        TriageFilter mine = f(Show.CASES, CaseState.IN_REVIEW, true, ClaimType.NUMERIC, "dollar figures; 80% = wrong", "ana", false);
        Settings s = Settings.file(file);
        s.put("filter|My reviews: numbers", mine.encode());
        s.put("filter|Everything", TriageFilter.DEFAULT.encode());
        Settings reopened = Settings.file(file);
        assertThat(reopened.all("filter|").keySet()).containsExactly("filter|Everything", "filter|My reviews: numbers");
        assertThat(reopened.get("filter|My reviews: numbers").map(TriageFilter::decode)).contains(mine);
        assertThat(reopened.get("filter|Everything").map(TriageFilter::decode)).contains(TriageFilter.DEFAULT);
    }
}

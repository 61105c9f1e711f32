package org.factdesk.workbench.desk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.factdesk.api.article.Article;
import org.factdesk.api.check.Finding;
import org.factdesk.api.check.Provenance;
import org.factdesk.api.check.Stance;
import org.factdesk.api.claim.Claim;
import org.factdesk.api.pipeline.ArticleReport;
import org.factdesk.api.pipeline.ClaimReport;
import org.factdesk.workbench.desk.internal.FindingChange.Kind;
import org.junit.jupiter.api.Test;

class FindingChangeTest {

    static Finding f(String checker, String version, Stance stance, double confidence, String summary) {
        return Finding.of(stance, confidence, summary).stamped(checker, version, new Provenance(checker, version, checker, "cfg"));
    }

    static final Finding FIG = f("org.x.figures", "1.0.0", Stance.REFUTES, 0.8, "Acme sold 3 million");
    static final Finding QUO = f("org.x.quotes", "2.0.0", Stance.SUPPORTS, 0.6, "The quote is in the transcript");

    @Test
    void theSameFindingsAgainAreNoChange() {
        assertThat(FindingChange.diff(List.of(FIG, QUO), List.of(FIG, QUO))).isEmpty();
        assertThat(FindingChange.diff(List.of(), List.of())).isEmpty();
        // a finding equal in what the inspector shows, though another object with other provenance and explanation
        Finding again = f("org.x.figures", "1.0.0", Stance.REFUTES, 0.8, "Acme sold 3 million").withExplanation("looked it up again");
        assertThat(FindingChange.diff(List.of(FIG), List.of(again))).isEmpty();
        // the order of checkers does not matter
        assertThat(FindingChange.diff(List.of(FIG, QUO), List.of(QUO, FIG))).isEmpty();
    }

    @Test
    void anInstalledCheckerIsNewARemovedOneIsGone() {
        List<FindingChange> installed = FindingChange.diff(List.of(FIG), List.of(FIG, QUO));
        assertThat(installed).containsExactly(new FindingChange(Kind.NEW, "org.x.quotes", null, QUO));
        assertThat(installed.get(0).describe()).isEqualTo("new: org.x.quotes 2.0.0: supports, The quote is in the transcript");
        List<FindingChange> removed = FindingChange.diff(List.of(FIG, QUO), List.of(QUO));
        assertThat(removed).containsExactly(new FindingChange(Kind.REMOVED, "org.x.figures", FIG, null));
        assertThat(removed.get(0).describe()).isEqualTo("removed: org.x.figures 1.0.0: refutes, Acme sold 3 million");
    }

    @Test
    void anUpdatedCheckerSaysWhatChanged() {
        Finding newer = f("org.x.figures", "1.1.0", Stance.SUPPORTS, 0.95, "Acme sold 5 million after all");
        List<FindingChange> changes = FindingChange.diff(List.of(FIG), List.of(newer));
        assertThat(changes).containsExactly(new FindingChange(Kind.CHANGED, "org.x.figures", FIG, newer));
        assertThat(changes.get(0).describe()).isEqualTo("changed: org.x.figures: 1.0.0 -> 1.1.0; refutes -> supports; confidence 0.80 -> 0.95; "
                + "\"Acme sold 3 million\" -> \"Acme sold 5 million after all\"");
        // each part on its own
        assertThat(FindingChange.diff(List.of(FIG), List.of(f("org.x.figures", "1.0.1", Stance.REFUTES, 0.8, "Acme sold 3 million"))).get(0).describe())
                .isEqualTo("changed: org.x.figures: 1.0.0 -> 1.0.1");
        assertThat(FindingChange.diff(List.of(FIG), List.of(f("org.x.figures", "1.0.0", Stance.NEEDS_CONTEXT, 0.8, "Acme sold 3 million"))).get(0)
                .describe()).isEqualTo("changed: org.x.figures: refutes -> needs context");
        assertThat(FindingChange.diff(List.of(FIG), List.of(f("org.x.figures", "1.0.0", Stance.REFUTES, 0.7, "Acme sold 3 million"))).get(0)
                .describe()).isEqualTo("changed: org.x.figures: confidence 0.80 -> 0.70");
        assertThat(FindingChange.diff(List.of(FIG), List.of(f("org.x.figures", "1.0.0", Stance.REFUTES, 0.8, "Acme sold\n3 million"))).get(0)
                .describe()).isEqualTo("changed: org.x.figures: \"Acme sold 3 million\" -> \"Acme sold 3 million\"");
    }

    @Test
    void aCheckersFindingsArePairedInOrderAndTheRestIsNewOrRemoved() {
        Finding a1 = f("org.x.figures", "1", Stance.INFO, 0.5, "first");
        Finding a2 = f("org.x.figures", "1", Stance.INFO, 0.5, "second");
        Finding a3 = f("org.x.figures", "1", Stance.INFO, 0.5, "third");
        assertThat(FindingChange.diff(List.of(a1, a2), List.of(a1, a2, a3))).containsExactly(new FindingChange(Kind.NEW, "org.x.figures", null, a3));
        assertThat(FindingChange.diff(List.of(a1, a2, a3), List.of(a1))).containsExactly(new FindingChange(Kind.REMOVED, "org.x.figures", a2, null),
                new FindingChange(Kind.REMOVED, "org.x.figures", a3, null));
        assertThat(FindingChange.diff(List.of(a1, a2), List.of(a2))).extracting(FindingChange::kind).containsExactly(Kind.CHANGED, Kind.REMOVED);
        // unstamped findings are one checker, "null"
        Finding raw = Finding.of(Stance.INFO, 0.5, "raw");
        assertThat(FindingChange.diff(List.of(), List.of(raw))).containsExactly(new FindingChange(Kind.NEW, "null", null, raw));
    }

    static Claim claim(String id, String text) {
        return new Claim(id, text, 0, text.length(), 0.9, List.of(), "", null, null, List.of(), List.of(), List.of());
    }

    static ArticleReport report(Map<Claim, List<Finding>> claims) {
        Article a = new Article("a1", "a.txt", "text", null, null, null, null, "text", List.of(), Map.of());
        return new ArticleReport(a, "test", claims.entrySet().stream().map(e -> new ClaimReport(e.getKey(), e.getValue(), List.of())).toList(),
                List.of());
    }

    @Test
    void aRecheckedArticleIsComparedClaimByClaim() {
        Claim one = claim("a1#0", "one");
        Claim two = claim("a1#10", "two");
        Claim three = claim("a1#20", "three");
        Finding newer = f("org.x.figures", "1.1.0", Stance.REFUTES, 0.8, "Acme sold 3 million");
        ArticleReport before = report(new java.util.LinkedHashMap<>(Map.of(one, List.of(FIG))));
        java.util.LinkedHashMap<Claim, List<Finding>> later = new java.util.LinkedHashMap<>();
        later.put(one, List.of(newer));
        later.put(two, List.of(QUO));
        later.put(three, List.of());
        Map<String, List<FindingChange>> changes = FindingChange.diff(before, report(later));
        assertThat(changes.keySet()).containsExactly("a1#0", "a1#10");
        assertThat(changes.get("a1#0")).containsExactly(new FindingChange(Kind.CHANGED, "org.x.figures", FIG, newer));
        assertThat(changes.get("a1#10")).containsExactly(new FindingChange(Kind.NEW, "org.x.quotes", null, QUO));
        assertThat(FindingChange.diff(report(later), report(later))).isEmpty();
    }
}

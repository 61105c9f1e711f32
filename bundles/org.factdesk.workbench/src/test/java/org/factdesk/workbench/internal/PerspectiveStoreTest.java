package org.factdesk.workbench.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.factdesk.workbench.api.StandardViews;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PerspectiveStoreTest {

    @TempDir
    Path dir;
    final List<String> warnings = new ArrayList<>();

    PerspectiveStore store() {
        return new PerspectiveStore(dir, warnings::add);
    }

    @Test
    void theStockPerspectivesNameTheStandardViews() {
        assertThat(PerspectiveStore.stock("check").views()).containsExactly(StandardViews.TRIAGE, StandardViews.ARTICLE,
                StandardViews.INSPECTOR, StandardViews.PROGRESS, StandardViews.ERROR_LOG);
        assertThat(PerspectiveStore.stock("review").views()).contains(StandardViews.REVIEW, StandardViews.AUDIT);
        assertThat(PerspectiveStore.stock("plugins").views()).startsWith(StandardViews.PLUGINS);
        for (String id : PerspectiveStore.STOCK) {
            Perspective p = PerspectiveStore.stock(id);
            assertThat(p.id()).isEqualTo(id);
            assertThat(p.window()).isNotNull();
        }
    }

    @Test
    void aPerspectiveSurvivesWritingAndReading() {
        Perspective p = new Perspective("check", "Check", new Perspective.Bounds(10, 20, 1200, 800, true),
                new Perspective.Split(true, 0.3, new Perspective.Stack("left", List.of("a", "b"), "b"),
                        new Perspective.Split(false, 0.75, new Perspective.Stack("center", List.of("c"), null),
                                new Perspective.Stack("bottom", List.of("d", "e"), null))));
        assertThat(PerspectiveStore.parse(PerspectiveStore.write(p))).isEqualTo(p);
    }

    @Test
    void viewsNoBundleProvidesAreKept() throws Exception {
        String json = """
                {"format": 1, "id": "check", "label": "Check",
                 "layout": {"split": "horizontal", "proportion": 0.4,
                            "first": {"views": ["org.example.gone"]},
                            "second": {"views": ["org.factdesk.view.article", "org.example.unknown"], "selected": "org.example.unknown"}}}
                """;
        Files.createDirectories(dir.resolve("perspectives"));
        Files.writeString(dir.resolve("perspectives/check.json"), json);
        Perspective p = store().load("check");
        assertThat(p.views()).containsExactly("org.example.gone", "org.factdesk.view.article", "org.example.unknown");
        assertThat(p.stackOf("org.example.unknown").orElseThrow().selected()).isEqualTo("org.example.unknown");
        assertThat(warnings).isEmpty();
        store().save(p);
        assertThat(store().load("check")).isEqualTo(p);
    }

    @Test
    void aBrokenLayoutFileFallsBackToTheStockPerspectiveWithAWarning() throws Exception {
        Files.createDirectories(dir.resolve("perspectives"));
        for (String broken : List.of("{\"id\": \"check\", \"layout\": {", "[1, 2]", "{\"id\": \"check\", \"layout\": {\"split\": \"diagonal\"}}",
                "{\"id\": \"check\", \"layout\": {\"views\": []}}", "{\"format\": 7, \"id\": \"check\"}", "",
                "{\"id\": \"../../etc\"}", "{\"id\": \"review\"}")) {
            warnings.clear();
            Files.writeString(dir.resolve("perspectives/check.json"), broken);
            Perspective p = store().load("check");
            assertThat(p).as(broken).isEqualTo(PerspectiveStore.stock("check"));
            assertThat(warnings).as(broken).hasSize(1);
            assertThat(warnings.get(0)).contains("check.json").contains("stock perspective");
        }
    }

    @Test
    void deepOrRepeatedLayoutsAreTamed() {
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            deep.append("{\"split\": \"vertical\", \"first\": {\"views\": [\"v").append(i).append("\"]}, \"second\": ");
        }
        deep.append("{\"views\": [\"last\"]}").append("}".repeat(40));
        assertThatThrownBy(() -> PerspectiveStore.parse("{\"id\": \"x\", \"layout\": " + deep + "}")).hasMessageContaining("deeper");
        Perspective p = PerspectiveStore.parse("""
                {"id": "x", "layout": {"split": "horizontal", "proportion": 7,
                  "first": {"views": ["a", "a", "b"]}, "second": {"views": ["b"]}}}
                """);
        assertThat(p.layout()).isEqualTo(new Perspective.Stack("", List.of("a", "b"), null)); // b docks once; the empty part goes
    }

    @Test
    void proportionsStayInsideTheWindow() {
        Perspective.Split s = new Perspective.Split(true, 3, new Perspective.Stack("", List.of("a"), null), new Perspective.Stack("", List.of("b"), null));
        assertThat(s.proportion()).isEqualTo(0.95);
    }

    @Test
    void resetForgetsTheUsersLayout() throws Exception {
        Perspective mine = PerspectiveStore.stock("review").withLayout(new Perspective.Stack("center", List.of("x"), null));
        store().save(mine);
        assertThat(store().load("review")).isEqualTo(mine);
        assertThat(store().reset("review")).isEqualTo(PerspectiveStore.stock("review"));
        assertThat(store().load("review")).isEqualTo(PerspectiveStore.stock("review"));
        assertThat(dir.resolve("perspectives/review.json")).doesNotExist();
    }

    @Test
    void stateKeepsThemeRecentWorkspacesAndKnownViews() throws Exception {
        PerspectiveStore.State s = store().loadState();
        assertThat(s.theme()).isEqualTo("light");
        assertThat(s.knownViews()).contains(StandardViews.TRIAGE, StandardViews.PROGRESS);
        for (int i = 0; i < 12; i++) {
            s = s.withWorkspace("/w" + i);
        }
        s = s.withWorkspace("/w5").withTheme("dark").withPerspective("review").withKnownView("org.example.v");
        store().saveState(s);
        PerspectiveStore.State back = store().loadState();
        assertThat(back.workspaces()).hasSize(8).startsWith("/w5", "/w11", "/w10");
        assertThat(back.theme()).isEqualTo("dark");
        assertThat(back.perspective()).isEqualTo("review");
        assertThat(back.knownViews()).contains("org.example.v");
        Files.writeString(dir.resolve("workbench.json"), "{nope");
        assertThat(store().loadState().theme()).isEqualTo("light");
        assertThat(warnings).anyMatch(w -> w.contains("workbench.json"));
    }
}

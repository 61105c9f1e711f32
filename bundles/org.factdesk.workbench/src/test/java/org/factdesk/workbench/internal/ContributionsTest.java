package org.factdesk.workbench.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ContributionsTest {

    interface Claimish {
    }

    static class Base implements Claimish {
    }

    static class Claim extends Base implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void enabledForMatchesClassesAndInterfacesByName() {
        assertThat(Contributions.isOfType(new Claim(), Claimish.class.getName())).isTrue();
        assertThat(Contributions.isOfType(new Claim(), Base.class.getName())).isTrue();
        assertThat(Contributions.isOfType(new Claim(), "java.io.Serializable")).isTrue();
        assertThat(Contributions.isOfType("text", Claimish.class.getName())).isFalse();
        assertThat(Contributions.isOfType(null, "x")).isFalse();
        assertThat(Contributions.isOfType(null, "")).isTrue();
    }

    @Test
    void commandPropertiesAreReadAsTheAnnotationWritesThem() {
        Contributions.CommandInfo c = Contributions.command(ctx -> {
        }, Map.of("service.id", 42L, "factdesk.command.id", "x.import", "factdesk.command.label", "Import",
                "factdesk.command.menu", "File", "factdesk.command.order", 120, "factdesk.command.accelerator", "ctrl I",
                "factdesk.command.toolbar", true, "factdesk.command.enabledFor", ""));
        assertThat(c.serviceId()).isEqualTo(42);
        assertThat(c.entry()).isEqualTo(new MenuModel.Entry("x.import", "Import", "File", 120));
        assertThat(c.toolbar()).isTrue();
        assertThat(c.builtin()).isFalse();
        assertThatThrownBy(() -> Contributions.command(ctx -> {
        }, Map.of("service.id", 1L))).hasMessageContaining("factdesk.command.id");
    }

    @Test
    void viewPropertiesWithDefaults() {
        Contributions.ViewInfo v = Contributions.view(site -> null, Map.of("service.id", 7L, "factdesk.view.id", "x.v", "factdesk.view.area", "South"));
        assertThat(v.title()).isEqualTo("x.v");
        assertThat(v.area()).isEqualTo("bottom");
        assertThat(v.order()).isEqualTo(100);
    }

    @Test
    void quickAccessFindsEveryWordAndPutsLabelStartsFirst() {
        List<QuickAccess.Entry> entries = List.of(entry("Reset Perspective", "Window"), entry("Check Perspective", "Window"),
                entry("Preferences\u2026", "Edit"), entry("Perspective of the desk", ""));
        assertThat(QuickAccess.filter(entries, "persp", 10)).extracting(QuickAccess.Entry::label)
                .containsExactly("Perspective of the desk", "Reset Perspective", "Check Perspective");
        assertThat(QuickAccess.filter(entries, "check persp", 10)).extracting(QuickAccess.Entry::label).containsExactly("Check Perspective");
        assertThat(QuickAccess.filter(entries, "edit", 10)).extracting(QuickAccess.Entry::label).containsExactly("Preferences\u2026");
        assertThat(QuickAccess.filter(entries, "", 2)).hasSize(2);
    }

    static QuickAccess.Entry entry(String label, String detail) {
        return new QuickAccess.Entry("Commands", label, detail, "", () -> {
        }, () -> true);
    }
}

package org.factdesk.workbench.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MenuModelTest {

    static MenuModel.Entry e(String id, String menu, int order) {
        return new MenuModel.Entry(id, id, menu, order);
    }

    static List<String> names(MenuModel.Menu m) {
        return m.elements().stream().map(el -> el instanceof MenuModel.Item i ? i.entry().id()
                : el instanceof MenuModel.Menu sub ? sub.name() + "/" : "--").toList();
    }

    @Test
    void theFixedMenusComeFirstAndLastWithContributedOnesBetween() {
        List<MenuModel.Menu> bar = MenuModel.build(List.of(e("x", "Case", 500), e("y", "Article", 100), e("z", "Help", 1), e("q", "", 1)));
        assertThat(bar).extracting(MenuModel.Menu::name).containsExactly("File", "Edit", "View", "Article", "Case", "Window", "Help");
        assertThat(names(bar.get(6))).containsExactly("z");
    }

    @Test
    void itemsComeByOrderWithSeparatorsBetweenHundreds() {
        List<MenuModel.Menu> bar = MenuModel.build(List.of(e("exit", "File", 900), e("open", "File", 100), e("import", "File", 120),
                e("b", "File", 120), e("export", "File", 200)));
        assertThat(names(bar.get(0))).containsExactly("open", "b", "import", "--", "export", "--", "exit");
    }

    @Test
    void submenusStandWhereTheirFirstItemGoes() {
        List<MenuModel.Menu> bar = MenuModel.build(List.of(e("propose", "Case/Review", 310), e("reject", "Case/Review", 300),
                e("assign", "Case", 100), e("dismiss", "Case", 400)));
        MenuModel.Menu caseMenu = bar.get(3);
        assertThat(names(caseMenu)).containsExactly("assign", "--", "Review/", "--", "dismiss");
        MenuModel.Menu review = (MenuModel.Menu) caseMenu.elements().get(2);
        assertThat(names(review)).containsExactly("reject", "propose");
    }

    @Test
    void emptyPathPartsAreIgnored() {
        List<MenuModel.Menu> bar = MenuModel.build(List.of(e("a", "/Edit//", 1)));
        assertThat(names(bar.get(1))).containsExactly("a");
    }
}

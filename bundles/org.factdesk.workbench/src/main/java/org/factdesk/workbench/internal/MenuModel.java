package org.factdesk.workbench.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where commands go in the menu bar, from their menu paths and orders (no Swing here). A path is
 * {@code "File"} or {@code "Case/Review"} (menu Case, submenu Review). In a menu, items come by order,
 * then label; items whose orders fall in different hundreds have a separator between them; a submenu
 * stands where its first item's order puts it. The top-level menus are File, Edit, View, Window and
 * Help, with contributed top-level menus between View and Window.
 */
final class MenuModel {

    static final List<String> FIXED_BEFORE = List.of("File", "Edit", "View");
    static final List<String> FIXED_AFTER = List.of("Window", "Help");

    /** What the model places: a command's menu path, order and label. */
    record Entry(String id, String label, String menu, int order) {
    }

    sealed interface Element permits Item, Separator, Menu {
    }

    record Item(Entry entry) implements Element {
    }

    record Separator() implements Element {
    }

    record Menu(String name, List<Element> elements) implements Element {
    }

    private MenuModel() {
    }

    /** @return the menu bar: the fixed menus (even when empty) and contributed ones, each with its elements */
    static List<Menu> build(List<Entry> entries) {
        Node root = new Node("", Integer.MIN_VALUE);
        for (Entry e : entries) {
            if (e.menu() == null || e.menu().isBlank()) {
                continue;
            }
            Node n = root;
            for (String part : e.menu().split("/")) {
                String name = part.strip();
                if (name.isEmpty()) {
                    continue;
                }
                n = n.children.computeIfAbsent(name, k -> new Node(k, e.order()));
                n.order = Math.min(n.order, e.order());
            }
            if (n != root) {
                n.items.add(e);
            }
        }
        List<Menu> bar = new ArrayList<>();
        for (String name : FIXED_BEFORE) {
            bar.add(menu(root.children.getOrDefault(name, new Node(name, 0))));
        }
        root.children.values().stream()
                .filter(n -> !FIXED_BEFORE.contains(n.name) && !FIXED_AFTER.contains(n.name))
                .sorted(Comparator.comparingInt((Node n) -> n.order).thenComparing(n -> n.name))
                .forEach(n -> bar.add(menu(n)));
        for (String name : FIXED_AFTER) {
            bar.add(menu(root.children.getOrDefault(name, new Node(name, 0))));
        }
        return bar;
    }

    private static Menu menu(Node node) {
        record Placed(int order, String label, Element element) {
        }
        List<Placed> placed = new ArrayList<>();
        node.items.forEach(e -> placed.add(new Placed(e.order(), e.label(), new Item(e))));
        node.children.values().forEach(c -> placed.add(new Placed(c.order, c.name, menu(c))));
        placed.sort(Comparator.comparingInt(Placed::order).thenComparing(Placed::label, String.CASE_INSENSITIVE_ORDER));
        List<Element> out = new ArrayList<>();
        Integer group = null;
        for (Placed p : placed) {
            int g = Math.floorDiv(p.order(), 100);
            if (group != null && g != group) {
                out.add(new Separator());
            }
            group = g;
            out.add(p.element());
        }
        return new Menu(node.name, out);
    }

    private static final class Node {
        final String name;
        int order;
        final Map<String, Node> children = new LinkedHashMap<>();
        final List<Entry> items = new ArrayList<>();

        Node(String name, int order) {
            this.name = name;
            this.order = order;
        }
    }
}

package org.factdesk.workbench.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A perspective: which views the window shows, where, in what proportions, and the window's own
 * bounds. FactDesk's own format (see {@link PerspectiveStore}), rebuilt into the docking framework by
 * {@link DockingDesk}; view ids are kept whether or not a bundle provides the view now.
 *
 * @param id     stable id ({@code check}, {@code review}, {@code plugins})
 * @param label  the name in the Window menu and the perspective bar
 * @param window the window's bounds, or null to leave the window as it is
 * @param layout the docked views; null for none
 */
record Perspective(String id, String label, Bounds window, Node layout) {

    Perspective {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }

    /** The window's bounds on screen. */
    record Bounds(int x, int y, int width, int height, boolean maximized) {
    }

    /** A part of the layout: a split in two, or a stack of tabbed views. */
    sealed interface Node permits Split, Stack {
    }

    /**
     * Two parts side by side ({@code horizontal}) or one above the other.
     *
     * @param proportion the share of the first part, between 0 and 1
     */
    record Split(boolean horizontal, double proportion, Node first, Node second) implements Node {
        Split {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
            proportion = Math.max(0.05, Math.min(0.95, Double.isNaN(proportion) ? 0.5 : proportion));
        }
    }

    /**
     * Views in tabs.
     *
     * @param area     {@code left}, {@code center}, {@code right}, {@code bottom}, or empty: where views
     *                 that ask for that area go when the perspective does not name them
     * @param views    view ids, in tab order; never empty
     * @param selected the view on top, or null for the first
     */
    record Stack(String area, List<String> views, String selected) implements Node {
        Stack {
            area = area == null ? "" : area;
            views = List.copyOf(views);
            if (views.isEmpty()) {
                throw new IllegalArgumentException("a stack of views needs at least one view");
            }
            if (selected != null && !views.contains(selected)) {
                selected = null;
            }
        }
    }

    /** @return every view id the layout names, depth first */
    List<String> views() {
        List<String> out = new ArrayList<>();
        collect(layout, out);
        return out;
    }

    private static void collect(Node node, List<String> out) {
        if (node instanceof Split s) {
            collect(s.first(), out);
            collect(s.second(), out);
        } else if (node instanceof Stack s) {
            out.addAll(s.views());
        }
    }

    /** @return the stack holding a view, if the layout names it */
    Optional<Stack> stackOf(String viewId) {
        return stacks(layout).stream().filter(s -> s.views().contains(viewId)).findFirst();
    }

    /** @return the first stack for an area, if any */
    Optional<Stack> stackFor(String area) {
        return stacks(layout).stream().filter(s -> s.area().equals(area)).findFirst();
    }

    static List<Stack> stacks(Node node) {
        List<Stack> out = new ArrayList<>();
        walk(node, out);
        return out;
    }

    private static void walk(Node node, List<Stack> out) {
        if (node instanceof Split s) {
            walk(s.first(), out);
            walk(s.second(), out);
        } else if (node instanceof Stack s) {
            out.add(s);
        }
    }

    Perspective withWindow(Bounds bounds) {
        return new Perspective(id, label, bounds, layout);
    }

    Perspective withLayout(Node node) {
        return new Perspective(id, label, window, node);
    }
}

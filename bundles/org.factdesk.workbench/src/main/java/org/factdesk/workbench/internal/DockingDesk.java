package org.factdesk.workbench.internal;

import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import javax.swing.JFrame;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;

import io.github.andrewauclair.moderndocking.DockingRegion;
import io.github.andrewauclair.moderndocking.app.Docking;

/**
 * Perspectives in and out of the docking framework. A layout is rebuilt from FactDesk's own
 * perspective (never through the framework's layout persistence or XML reader): the first view of
 * each part is docked, each split is made by docking the first view of its second part beside the
 * first, then each part is filled in the same way; views of a stack become tabs. The layout is read
 * back by walking the Swing tree the framework built (split panes and tabbed panes). EDT only.
 */
final class DockingDesk {

    private final JFrame frame;

    DockingDesk(JFrame frame) {
        this.frame = frame;
    }

    /** Docks the layout's views; {@code dockables} gives (or makes) the dockable of a view id. */
    void build(Perspective.Node layout, Function<String, ViewDockable> dockables) {
        if (layout == null) {
            return;
        }
        ViewDockable first = dockables.apply(firstView(layout));
        Docking.dock(first, frame);
        Set<String> done = new HashSet<>();
        done.add(first.viewId());
        place(layout, first, dockables, done);
    }

    private void place(Perspective.Node node, ViewDockable rep, Function<String, ViewDockable> dockables, Set<String> done) {
        if (node instanceof Perspective.Stack s) {
            for (String v : s.views()) {
                if (done.add(v)) {
                    Docking.dock(dockables.apply(v), rep, DockingRegion.CENTER);
                }
            }
            String top = s.selected() != null ? s.selected() : s.views().get(0);
            Docking.bringToFront(dockables.apply(top));
        } else if (node instanceof Perspective.Split sp) {
            String secondId = firstView(sp.second());
            ViewDockable second = dockables.apply(secondId);
            if (done.add(secondId)) {
                // the framework's proportion is the new part's share
                Docking.dock(second, rep, sp.horizontal() ? DockingRegion.EAST : DockingRegion.SOUTH, 1 - sp.proportion());
            }
            place(sp.first(), rep, dockables, done);
            place(sp.second(), second, dockables, done);
        }
    }

    /**
     * Sets every divider to the perspective's proportion once the window is laid out: the framework
     * places a divider while the split has no size yet, which would shift a saved layout a little at
     * every start.
     */
    void enforce(Component c, Perspective.Node node) {
        if (c == null || node == null || c instanceof ViewDockable) {
            return;
        }
        if (c instanceof JSplitPane sp && node instanceof Perspective.Split s) {
            boolean horizontal = sp.getOrientation() == JSplitPane.HORIZONTAL_SPLIT;
            int size = (horizontal ? sp.getWidth() : sp.getHeight()) - sp.getDividerSize();
            if (size > 0) {
                sp.setDividerLocation((int) Math.round(s.proportion() * size));
                sp.validate();
            }
            enforce(sp.getLeftComponent(), s.first());
            enforce(sp.getRightComponent(), s.second());
            return;
        }
        if (c instanceof JTabbedPane) {
            return;
        }
        if (c instanceof Container ct) {
            for (Component child : ct.getComponents()) {
                enforce(child, node);
            }
        }
    }

    static String firstView(Perspective.Node node) {
        Perspective.Node n = node;
        while (n instanceof Perspective.Split s) {
            n = s.first();
        }
        return ((Perspective.Stack) n).views().get(0);
    }

    /**
     * Docks a view that the layout does not show: beside a view of the stack for its area, as a
     * tab, or at the window's edge for that area.
     */
    void dockByArea(ViewDockable d, String area, Perspective layout, Function<String, Optional<ViewDockable>> docked) {
        Optional<ViewDockable> neighbour = layout == null ? Optional.empty()
                : layout.stackFor(area).flatMap(s -> s.views().stream().map(docked).flatMap(Optional::stream).findFirst());
        if (neighbour.isPresent()) {
            Docking.dock(d, neighbour.get(), DockingRegion.CENTER);
            return;
        }
        if (Docking.getDockables().stream().noneMatch(Docking::isDocked)) {
            Docking.dock(d, frame);
            return;
        }
        switch (area) {
            case "left" -> Docking.dock(d, frame, DockingRegion.WEST, 0.22);
            case "bottom" -> Docking.dock(d, frame, DockingRegion.SOUTH, 0.25);
            case "center" -> Docking.dock(d, frame, DockingRegion.CENTER);
            default -> Docking.dock(d, frame, DockingRegion.EAST, 0.28);
        }
    }

    /** Docks a view back into the place the perspective gives it, if a view of its stack is docked. */
    boolean dockBack(ViewDockable d, Perspective layout, Function<String, Optional<ViewDockable>> docked) {
        if (layout == null) {
            return false;
        }
        Optional<Perspective.Stack> stack = layout.stackOf(d.viewId());
        Optional<ViewDockable> neighbour = stack.flatMap(s -> s.views().stream().filter(v -> !v.equals(d.viewId()))
                .map(docked).flatMap(Optional::stream).findFirst());
        if (neighbour.isPresent()) {
            Docking.dock(d, neighbour.get(), DockingRegion.CENTER);
            return true;
        }
        return false;
    }

    /**
     * Reads the layout the user sees now.
     *
     * @param area the area to tag a stack with, from one of its views
     */
    Perspective.Node capture(Component root, Function<List<String>, String> area) {
        return walk(root, area);
    }

    private static Perspective.Node walk(Component c, Function<List<String>, String> area) {
        if (c == null || !c.isVisible() && !(c instanceof ViewDockable)) {
            return null;
        }
        if (c instanceof ViewDockable v) {
            return new Perspective.Stack(area.apply(List.of(v.viewId())), List.of(v.viewId()), null);
        }
        if (c instanceof JSplitPane sp) {
            Perspective.Node a = walk(sp.getLeftComponent(), area);
            Perspective.Node b = walk(sp.getRightComponent(), area);
            if (a == null || b == null) {
                return a == null ? b : a;
            }
            boolean horizontal = sp.getOrientation() == JSplitPane.HORIZONTAL_SPLIT;
            double size = (horizontal ? sp.getWidth() : sp.getHeight()) - sp.getDividerSize();
            double p = size > 0 ? sp.getDividerLocation() / size : 0.5;
            return new Perspective.Split(horizontal, p, a, b);
        }
        if (c instanceof JTabbedPane tp) {
            List<String> ids = new ArrayList<>();
            String selected = null;
            for (int i = 0; i < tp.getTabCount(); i++) {
                ViewDockable v = find(tp.getComponentAt(i));
                if (v != null && !ids.contains(v.viewId())) {
                    ids.add(v.viewId());
                    if (i == tp.getSelectedIndex()) {
                        selected = v.viewId();
                    }
                }
            }
            return ids.isEmpty() ? null : new Perspective.Stack(area.apply(ids), ids, selected);
        }
        if (c instanceof Container ct) {
            Perspective.Node found = null;
            for (Component child : ct.getComponents()) {
                Perspective.Node n = walk(child, area);
                if (n != null && found == null) {
                    found = n;
                }
            }
            return found;
        }
        return null;
    }

    private static ViewDockable find(Component c) {
        if (c instanceof ViewDockable v) {
            return v;
        }
        if (c instanceof Container ct) {
            for (Component child : ct.getComponents()) {
                ViewDockable v = find(child);
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }
}

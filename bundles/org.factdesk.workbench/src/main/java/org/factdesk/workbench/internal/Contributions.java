package org.factdesk.workbench.internal;

import java.util.Map;
import java.util.function.BooleanSupplier;

import org.factdesk.workbench.api.Command;
import org.factdesk.workbench.api.CommandContribution;
import org.factdesk.workbench.api.View;
import org.factdesk.workbench.api.ViewContribution;

/** The whiteboard's contributions as the workbench reads them from their service properties. */
final class Contributions {

    private Contributions() {
    }

    /** A view service. */
    record ViewInfo(long serviceId, String id, String title, String area, int order, View view, String bundle) {
    }

    /**
     * A command: a service, or one of the workbench's own ({@code serviceId} &lt; 0).
     *
     * @param checked for a command shown as a check box (the theme, the open perspective); else null
     */
    record CommandInfo(long serviceId, String id, String label, String menu, int order, String accelerator, boolean toolbar,
            String enabledFor, Command command, BooleanSupplier checked) {

        boolean builtin() {
            return serviceId < 0;
        }

        MenuModel.Entry entry() {
            return new MenuModel.Entry(id, label, menu, order);
        }
    }

    static ViewInfo view(View view, Map<String, ?> props) {
        String id = string(props, ViewContribution.ID, null);
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a View service without " + ViewContribution.ID);
        }
        return new ViewInfo(serviceId(props), id, string(props, ViewContribution.PREFIX_ + "title", id),
                area(string(props, ViewContribution.PREFIX_ + "area", "right")), integer(props, ViewContribution.PREFIX_ + "order", 100),
                view, bundle(props));
    }

    static CommandInfo command(Command command, Map<String, ?> props) {
        String p = CommandContribution.PREFIX_;
        String id = string(props, p + "id", null);
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a Command service without " + p + "id");
        }
        return new CommandInfo(serviceId(props), id, string(props, p + "label", id), string(props, p + "menu", ""),
                integer(props, p + "order", 500), string(props, p + "accelerator", ""), bool(props, p + "toolbar"),
                string(props, p + "enabledFor", ""), command, null);
    }

    static String area(String a) {
        return switch (a == null ? "" : a.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "left", "west" -> "left";
            case "center", "centre", "editor" -> "center";
            case "bottom", "south" -> "bottom";
            default -> "right";
        };
    }

    static long serviceId(Map<String, ?> props) {
        Object v = props.get("service.id");
        return v instanceof Number n ? n.longValue() : -1;
    }

    static String bundle(Map<String, ?> props) {
        Object v = props.get("component.name");
        return v == null ? "" : v.toString();
    }

    static String string(Map<String, ?> props, String key, String otherwise) {
        Object v = props.get(key);
        if (v instanceof String[] a) {
            v = a.length == 0 ? null : a[0];
        }
        return v == null ? otherwise : v.toString();
    }

    static int integer(Map<String, ?> props, String key, int otherwise) {
        Object v = props.get(key);
        if (v instanceof Number n) {
            return n.intValue();
        }
        if (v != null) {
            try {
                return Integer.parseInt(v.toString().strip());
            } catch (NumberFormatException e) {
                return otherwise;
            }
        }
        return otherwise;
    }

    static boolean bool(Map<String, ?> props, String key) {
        Object v = props.get(key);
        return v instanceof Boolean b ? b : v != null && Boolean.parseBoolean(v.toString());
    }

    /**
     * Whether a selection is of a type, by name: the selection's classes and interfaces come from
     * other bundles, so comparing names is what works whatever loaded them.
     */
    static boolean isOfType(Object selection, String typeName) {
        if (typeName == null || typeName.isBlank()) {
            return true;
        }
        if (selection == null) {
            return false;
        }
        for (Class<?> c = selection.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getName().equals(typeName) || implementsNamed(c, typeName)) {
                return true;
            }
        }
        return false;
    }

    private static boolean implementsNamed(Class<?> c, String name) {
        for (Class<?> i : c.getInterfaces()) {
            if (i.getName().equals(name) || implementsNamed(i, name)) {
                return true;
            }
        }
        return false;
    }
}

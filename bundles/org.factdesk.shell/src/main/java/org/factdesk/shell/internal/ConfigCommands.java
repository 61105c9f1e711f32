package org.factdesk.shell.internal;

import java.io.PrintStream;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.factdesk.api.config.Configurable;
import org.factdesk.api.config.DeskConfiguration;
import org.factdesk.api.config.Setting;
import org.factdesk.api.config.SettingsException;
import org.factdesk.api.config.StoredConfiguration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** {@code factdesk config list|show|set|unset|delete}: the desk's configuration, over {@link DeskConfiguration}. */
final class ConfigCommands {

    private final Supplier<Optional<DeskConfiguration>> configuration;
    private final ObjectMapper json = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    ConfigCommands(Supplier<Optional<DeskConfiguration>> configuration) {
        this.configuration = configuration;
    }

    int run(Args args, PrintStream out, PrintStream err) {
        try {
            DeskConfiguration c = configuration.get().orElseThrow(() -> new DeskCommands.Stop(Commands.INTERNAL,
                    "the desk's configuration is not available (bundle org.factdesk.config)"));
            String sub = args.next("config needs list, show, set, unset or delete");
            boolean asJson = args.flag("--json");
            return switch (sub) {
                case "list" -> {
                    args.done();
                    yield list(c, asJson, out);
                }
                case "show" -> {
                    String pid = args.next("config show needs a PID (factdesk config list shows them)");
                    args.done();
                    yield show(c, pid, asJson, out);
                }
                case "set" -> {
                    String pid = args.next("config set needs a PID and KEY=VALUE ...");
                    Map<String, List<String>> values = new LinkedHashMap<>();
                    for (String kv : args.rest()) {
                        int eq = kv.indexOf('=');
                        if (eq <= 0) {
                            throw new DeskCommands.Stop(Commands.USAGE, "config set takes KEY=VALUE, not \"" + kv + "\"");
                        }
                        values.computeIfAbsent(kv.substring(0, eq), k -> new ArrayList<>()).add(kv.substring(eq + 1));
                    }
                    if (values.isEmpty()) {
                        throw new DeskCommands.Stop(Commands.USAGE, "config set needs KEY=VALUE (repeat a key for a list)");
                    }
                    StoredConfiguration s = c.set(pid, values);
                    out.println("set " + s.pid() + ": " + String.join(", ", values.keySet().stream().map(k -> k + "=" + text(s.properties().get(k))).toList()));
                    yield Commands.OK;
                }
                case "unset" -> {
                    String pid = args.next("config unset needs a PID and the KEYs");
                    List<String> keys = args.rest();
                    if (keys.isEmpty()) {
                        throw new DeskCommands.Stop(Commands.USAGE, "config unset needs the KEYs to remove");
                    }
                    c.unset(pid, keys);
                    out.println("unset " + pid + ": " + String.join(", ", keys));
                    yield Commands.OK;
                }
                case "delete" -> {
                    String pid = args.next("config delete needs a PID");
                    args.done();
                    if (!c.delete(pid)) {
                        throw new DeskCommands.Stop(Commands.INPUT_FAILED, pid + " has no configuration (factdesk config list shows those that do)");
                    }
                    out.println("deleted " + pid);
                    yield Commands.OK;
                }
                default -> throw new DeskCommands.Stop(Commands.USAGE, "unknown config command \"" + sub + "\" (list, show, set, unset, delete)");
            };
        } catch (DeskCommands.Stop s) {
            err.println("factdesk: " + s.getMessage() + (s.code == Commands.USAGE ? " (see factdesk help)" : ""));
            return s.code;
        } catch (SettingsException e) {
            err.println("factdesk: refused: " + e.getMessage());
            return Commands.USAGE;
        } catch (JsonProcessingException e) {
            err.println("factdesk: cannot write JSON: " + e.getOriginalMessage());
            return Commands.INTERNAL;
        }
    }

    private int list(DeskConfiguration c, boolean asJson, PrintStream out) throws JsonProcessingException {
        List<StoredConfiguration> stored = c.configurations();
        if (asJson) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("folder", c.folder().map(Object::toString).orElse(null));
            doc.put("deskFiles", c.deskFiles().stream().map(Object::toString).toList());
            doc.put("configurables", c.configurables());
            doc.put("configurations", stored.stream().map(ConfigCommands::plain).toList());
            out.println(json.writeValueAsString(doc));
            return Commands.OK;
        }
        out.println("configuration folder: " + c.folder().map(Object::toString).orElse("(none: this run uses defaults and keeps nothing)"));
        c.deskFiles().forEach(f -> out.println("desk file: " + f));
        out.println();
        out.println("configurable components:");
        for (Configurable k : c.configurables()) {
            out.printf("  %-40s %-9s %s%n", k.pid() + (k.factory() ? "~NAME" : ""), k.factory() ? "factory" : "", k.name());
        }
        out.println();
        out.println(stored.isEmpty() ? "no stored configurations: every component runs on its defaults" : "stored configurations:");
        for (StoredConfiguration s : stored) {
            out.printf("  %-40s %s%n", s.pid(), s.fromDeskFile() ? "from " + s.origin() : "set with factdesk config");
            s.properties().forEach((k, v) -> out.println("      " + k + " = " + text(v)));
        }
        return Commands.OK;
    }

    private int show(DeskConfiguration c, String pid, boolean asJson, PrintStream out) throws DeskCommands.Stop, JsonProcessingException {
        Configurable k = c.configurable(pid).orElseThrow(() -> new DeskCommands.Stop(Commands.USAGE,
                "no configurable component takes \"" + pid + "\" (factdesk config list shows the PIDs)"));
        Optional<StoredConfiguration> stored = c.configuration(pid);
        if (asJson) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("pid", pid);
            doc.put("component", k);
            doc.put("configuration", stored.map(ConfigCommands::plain).orElse(null));
            out.println(json.writeValueAsString(doc));
            return Commands.OK;
        }
        out.println(pid + "  " + k.name() + " (" + k.bundle() + ")");
        if (!k.description().isEmpty()) {
            out.println("  " + k.description());
        }
        out.println("  " + stored.map(s -> s.fromDeskFile() ? "set by " + s.origin() : "set with factdesk config").orElse("not configured: defaults"));
        for (Setting s : k.settings()) {
            Object value = stored.map(x -> x.properties().get(s.id())).orElse(null);
            out.printf("  %-20s %-10s %s%n", s.id(), s.type() + (s.multiple() ? "[]" : ""),
                    value != null ? text(value) : "(default) " + String.join(", ", s.defaults()));
            if (!s.description().isEmpty()) {
                out.println("  " + " ".repeat(31) + s.description());
            }
            if (!s.options().isEmpty()) {
                out.println("  " + " ".repeat(31) + "one of: " + String.join(", ", s.options()));
            }
        }
        return Commands.OK;
    }

    private static Map<String, Object> plain(StoredConfiguration s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pid", s.pid());
        m.put("factoryPid", s.factoryPid());
        m.put("origin", s.origin());
        m.put("properties", s.properties());
        return m;
    }

    static String text(Object v) {
        if (v != null && v.getClass().isArray()) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < Array.getLength(v); i++) {
                parts.add(String.valueOf(Array.get(v, i)));
            }
            return "[" + String.join(", ", parts) + "]";
        }
        return String.valueOf(v);
    }
}

package org.factdesk.shell.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.factdesk.api.desk.CaseDesk;
import org.factdesk.api.export.Exporter;

import org.factdesk.api.pipeline.Importers;
import org.factdesk.api.pipeline.Pipeline;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code factdesk:check}, {@code factdesk:checkers}, {@code factdesk:formats} in the Gogo shell and Gogo scripts. */
@Component(service = GogoCommands.class, property = {"osgi.command.scope=factdesk", "osgi.command.function=check",
        "osgi.command.function=checkers", "osgi.command.function=formats", "osgi.command.function=enable",
        "osgi.command.function=disable", "osgi.command.function=plugins", "osgi.command.function=install",
        "osgi.command.function=update", "osgi.command.function=remove", "osgi.command.function=import", "osgi.command.function=user",
        "osgi.command.function=case", "osgi.command.function=desk", "osgi.command.function=export", "osgi.command.function=exporters",
        "osgi.command.function=audit"})
public class GogoCommands {

    private final Commands commands;

    @Activate
    public GogoCommands(@Reference Pipeline pipeline, @Reference Importers importers, org.osgi.framework.BundleContext context) {
        this.commands = commands(pipeline, importers, context, Path.of("").toAbsolutePath());
    }

    /** The commands, finding the workflow and the exporters as services each time they are used, so none is missed or held. */
    static Commands commands(Pipeline pipeline, Importers importers, BundleContext context, Path cwd) {
        Supplier<Optional<CaseDesk>> desk = () -> {
            ServiceReference<CaseDesk> ref = context.getServiceReference(CaseDesk.class);
            return Optional.ofNullable(ref == null ? null : context.getService(ref));
        };
        Supplier<List<Exporter>> exporters = () -> {
            try {
                List<Exporter> all = new ArrayList<>();
                for (ServiceReference<Exporter> ref : context.getServiceReferences(Exporter.class, null)) {
                    Exporter e = context.getService(ref);
                    if (e != null) {
                        all.add(e);
                    }
                }
                return DeskCommands.sorted(all);
            } catch (InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
        };
        Map<String, String> env = new HashMap<>(System.getenv());
        for (String key : List.of("FACTDESK_WORKSPACE", "FACTDESK_KEYS", "FACTDESK_USER")) {
            String fromFramework = context.getProperty(key.toLowerCase(Locale.ROOT).replace('_', '.'));
            if (fromFramework != null) {
                env.put(key, fromFramework);
            }
        }
        return new Commands(pipeline, importers, shelf(context), cwd, System.in, desk, exporters, env);
    }

    static PluginShelf shelf(org.osgi.framework.BundleContext context) {
        String dir = context.getProperty("factdesk.plugins");
        return new PluginShelf(Path.of(dir != null ? dir : "plugins"), context);
    }

    /** enable ID */
    public int enable(String id) {
        return commands.run(List.of("enable", id), System.out, System.err);
    }

    /** disable ID [REASON...] */
    public int disable(String id, String... reason) {
        return commands.run(concat("disable", concat(id, reason).toArray(String[]::new)), System.out, System.err);
    }

    /** plugins */
    public int plugins() {
        return commands.run(List.of("plugins"), System.out, System.err);
    }

    /** install JAR... */
    public int install(String... jars) {
        return commands.run(concat("install", jars), System.out, System.err);
    }

    /** update JAR... */
    public int update(String... jars) {
        return commands.run(concat("update", jars), System.out, System.err);
    }

    /** remove NAME... */
    public int remove(String... names) {
        return commands.run(concat("remove", names), System.out, System.err);
    }

    /** import [--min-score S] [--url URL] [--publisher NAME] FILE|DIR|URL|- ... (with --workspace, --as) */
    public int _import(String... args) {
        return commands.run(concat("import", args), System.out, System.err);
    }

    /** user add ID --name NAME --role ROLE | user list */
    public int user(String... args) {
        return commands.run(concat("user", args), System.out, System.err);
    }

    /** case list|show|select|assign|attach|propose|reject|signoff|publish|correct ... */
    public int _case(String... args) {
        return commands.run(concat("case", args), System.out, System.err);
    }

    /** desk show | desk configure ... */
    public int desk(String... args) {
        return commands.run(concat("desk", args), System.out, System.err);
    }

    /** export FORMAT [ID...] [--out FILE|DIR] */
    public int export(String... args) {
        return commands.run(concat("export", args), System.out, System.err);
    }

    /** exporters */
    public int exporters() {
        return commands.run(List.of("exporters"), System.out, System.err);
    }

    /** audit verify [--json] */
    public int audit(String... args) {
        return commands.run(concat("audit", args), System.out, System.err);
    }

    /** check [--json] [--pretty] [--min-score S] FILE|DIR|- ... */
    public int check(String... args) {
        return commands.run(concat("check", args), System.out, System.err);
    }

    /** checkers [--json] */
    public int checkers(String... args) {
        return commands.run(concat("checkers", args), System.out, System.err);
    }

    /** formats */
    public int formats() {
        return commands.run(List.of("formats"), System.out, System.err);
    }

    private static List<String> concat(String command, String[] args) {
        List<String> all = new java.util.ArrayList<>(List.of(command));
        all.addAll(List.of(args));
        return all;
    }
}

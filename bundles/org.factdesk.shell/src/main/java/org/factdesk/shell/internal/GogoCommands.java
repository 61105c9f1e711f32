package org.factdesk.shell.internal;

import java.nio.file.Path;
import java.util.List;

import org.factdesk.api.pipeline.Importers;
import org.factdesk.api.pipeline.Pipeline;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code factdesk:check}, {@code factdesk:checkers}, {@code factdesk:formats} in the Gogo shell and Gogo scripts. */
@Component(service = GogoCommands.class, property = {"osgi.command.scope=factdesk", "osgi.command.function=check",
        "osgi.command.function=checkers", "osgi.command.function=formats", "osgi.command.function=enable",
        "osgi.command.function=disable", "osgi.command.function=plugins", "osgi.command.function=install",
        "osgi.command.function=update", "osgi.command.function=remove"})
public class GogoCommands {

    private final Commands commands;

    @Activate
    public GogoCommands(@Reference Pipeline pipeline, @Reference Importers importers, org.osgi.framework.BundleContext context) {
        this.commands = new Commands(pipeline, importers, shelf(context), Path.of("").toAbsolutePath(), System.in);
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

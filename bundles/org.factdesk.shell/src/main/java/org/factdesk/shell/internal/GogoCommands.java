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
        "osgi.command.function=checkers", "osgi.command.function=formats"})
public class GogoCommands {

    private final Commands commands;

    @Activate
    public GogoCommands(@Reference Pipeline pipeline, @Reference Importers importers) {
        this.commands = new Commands(pipeline, importers, Path.of("").toAbsolutePath(), System.in);
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

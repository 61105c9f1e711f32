package org.factdesk.shell.internal;

import java.nio.file.Path;
import java.util.List;

import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The FactDesk commands in the Gogo shell and scripts ({@code factdesk:check}, {@code case}, {@code config} ...).
 * Each takes the words the command line takes after the command's name, read by the same command model
 * ({@code check -h} prints the same help), and returns the exit code the command line would; nothing for 0, so
 * the console prints nothing more after a command that worked.
 */
@Component(service = GogoCommands.class, property = {"osgi.command.scope=factdesk", "osgi.command.function=check",
        "osgi.command.function=gate", "osgi.command.function=checkers", "osgi.command.function=formats", "osgi.command.function=enable",
        "osgi.command.function=disable", "osgi.command.function=plugins", "osgi.command.function=install",
        "osgi.command.function=update", "osgi.command.function=remove", "osgi.command.function=import", "osgi.command.function=user",
        "osgi.command.function=case", "osgi.command.function=desk", "osgi.command.function=export", "osgi.command.function=exporters",
        "osgi.command.function=audit", "osgi.command.function=config"})
public class GogoCommands {

    private final Commands commands;

    @Activate
    public GogoCommands(@Reference Application application) {
        this.commands = application.commands(Path.of("").toAbsolutePath(), System.in);
    }

    private static final String ARGS = "what factdesk COMMAND takes; -h for its help";

    @Descriptor("find the check-worthy claims in articles and run the active checkers on them")
    public Integer check(@Descriptor(ARGS) String... args) {
        return run("check", args);
    }

    @Descriptor("the publication gate: fails while check-worthy claims have no signed-off verdict")
    public Integer gate(@Descriptor(ARGS) String... args) {
        return run("gate", args);
    }

    @Descriptor("import articles into the workspace, one case per check-worthy claim")
    public Integer _import(@Descriptor(ARGS) String... args) {
        return run("import", args);
    }

    @Descriptor("the fact-check workflow: case list|show|history|select|assign|attach|propose|reject|signoff|publish|correct")
    public Integer _case(@Descriptor(ARGS) String... args) {
        return run("case", args);
    }

    @Descriptor("people at the desk: user add|list|role|key")
    public Integer user(@Descriptor(ARGS) String... args) {
        return run("user", args);
    }

    @Descriptor("the desk's rules: desk show|configure")
    public Integer desk(@Descriptor(ARGS) String... args) {
        return run("desk", args);
    }

    @Descriptor("export fact-checks: export FORMAT [ID...] [--out FILE|DIR]")
    public Integer export(@Descriptor(ARGS) String... args) {
        return run("export", args);
    }

    @Descriptor("list the export formats")
    public Integer exporters(@Descriptor(ARGS) String... args) {
        return run("exporters", args);
    }

    @Descriptor("verify the journal's chain, the signatures and the stored articles: audit verify")
    public Integer audit(@Descriptor(ARGS) String... args) {
        return run("audit", args);
    }

    @Descriptor("list the checkers with their versions and state")
    public Integer checkers(@Descriptor(ARGS) String... args) {
        return run("checkers", args);
    }

    @Descriptor("switch a checker back on; the switch lasts")
    public Integer enable(@Descriptor(ARGS) String... args) {
        return run("enable", args);
    }

    @Descriptor("switch a checker off; the switch lasts")
    public Integer disable(@Descriptor(ARGS) String... args) {
        return run("disable", args);
    }

    @Descriptor("list the plugins directory: files, bundles, versions, state")
    public Integer plugins(@Descriptor(ARGS) String... args) {
        return run("plugins", args);
    }

    @Descriptor("copy bundle jars into the plugins directory")
    public Integer install(@Descriptor(ARGS) String... args) {
        return run("install", args);
    }

    @Descriptor("replace plugins by newer jars")
    public Integer update(@Descriptor(ARGS) String... args) {
        return run("update", args);
    }

    @Descriptor("take plugins out of the plugins directory")
    public Integer remove(@Descriptor(ARGS) String... args) {
        return run("remove", args);
    }

    @Descriptor("list the article formats that can be imported")
    public Integer formats(@Descriptor(ARGS) String... args) {
        return run("formats", args);
    }

    @Descriptor("change the desk's configuration: config list|show|set|unset|delete")
    public Integer config(@Descriptor(ARGS) String... args) {
        return run("config", args);
    }

    private Integer run(String command, String[] args) {
        List<String> all = new java.util.ArrayList<>(List.of(command));
        all.addAll(List.of(args));
        int code = commands.run(all, System.out, System.err);
        return code == Commands.OK ? null : code;
    }
}

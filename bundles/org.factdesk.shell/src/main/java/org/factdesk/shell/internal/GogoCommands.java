package org.factdesk.shell.internal;

import java.nio.file.Path;
import java.util.List;


import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The FactDesk commands in the Gogo shell and scripts ({@code factdesk:check}, {@code case}, {@code config} ...),
 * each with a description for Gogo's {@code help}. They return the exit code the command line would.
 */
@Component(service = GogoCommands.class, property = {"osgi.command.scope=factdesk", "osgi.command.function=check",
        "osgi.command.function=checkers", "osgi.command.function=formats", "osgi.command.function=enable",
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

    @Descriptor("change the desk's configuration: config list|show PID|set PID KEY=VALUE...|unset PID KEY...|delete PID [--json]")
    public int config(@Descriptor("the configuration command and its arguments") String... args) {
        return commands.run(concat("config", args), System.out, System.err);
    }

    @Descriptor("switch a checker back on; the switch lasts")
    public int enable(@Descriptor("the checker id") String id) {
        return commands.run(List.of("enable", id), System.out, System.err);
    }

    @Descriptor("switch a checker off; the switch lasts")
    public int disable(@Descriptor("the checker id") String id, @Descriptor("why, shown to users") String... reason) {
        return commands.run(concat("disable", concat(id, reason).toArray(String[]::new)), System.out, System.err);
    }

    @Descriptor("list the plugins directory: files, bundles, versions, state")
    public int plugins() {
        return commands.run(List.of("plugins"), System.out, System.err);
    }

    @Descriptor("copy bundle jars into the plugins directory")
    public int install(@Descriptor("bundle jars") String... jars) {
        return commands.run(concat("install", jars), System.out, System.err);
    }

    @Descriptor("replace plugins by newer jars")
    public int update(@Descriptor("bundle jars") String... jars) {
        return commands.run(concat("update", jars), System.out, System.err);
    }

    @Descriptor("take plugins out of the plugins directory")
    public int remove(@Descriptor("file names or symbolic names") String... names) {
        return commands.run(concat("remove", names), System.out, System.err);
    }

    @Descriptor("import articles into the workspace, one case per check-worthy claim")
    public int _import(@Descriptor("[--min-score S] [--url URL] [--publisher NAME] [--published DATE] FILE|DIR|URL|- ...") String... args) {
        return commands.run(concat("import", args), System.out, System.err);
    }

    @Descriptor("people at the desk: user add ID --name NAME --role ROLE | user list")
    public int user(@Descriptor("add ... or list") String... args) {
        return commands.run(concat("user", args), System.out, System.err);
    }

    @Descriptor("the fact-check workflow: case list|show|history|select|assign|attach|propose|reject|signoff|publish|correct")
    public int _case(@Descriptor("the case command and its arguments") String... args) {
        return commands.run(concat("case", args), System.out, System.err);
    }

    @Descriptor("the desk's rules: desk show | desk configure ...")
    public int desk(@Descriptor("show, or configure and its options") String... args) {
        return commands.run(concat("desk", args), System.out, System.err);
    }

    @Descriptor("export fact-checks: export FORMAT [ID...] [--out FILE|DIR]")
    public int export(@Descriptor("the format, case ids, --out") String... args) {
        return commands.run(concat("export", args), System.out, System.err);
    }

    @Descriptor("list the export formats")
    public int exporters() {
        return commands.run(List.of("exporters"), System.out, System.err);
    }

    @Descriptor("verify the journal's chain, the signatures and the stored articles: audit verify [--json]")
    public int audit(@Descriptor("verify [--json]") String... args) {
        return commands.run(concat("audit", args), System.out, System.err);
    }

    @Descriptor("find the check-worthy claims in articles and run the active checkers on them")
    public int check(@Descriptor("[--json] [--pretty] [--min-score S] FILE|DIR|URL|- ...") String... args) {
        return commands.run(concat("check", args), System.out, System.err);
    }

    @Descriptor("list the checkers with their versions and state")
    public int checkers(@Descriptor("[--json]") String... args) {
        return commands.run(concat("checkers", args), System.out, System.err);
    }

    @Descriptor("list the article formats that can be imported")
    public int formats() {
        return commands.run(List.of("formats"), System.out, System.err);
    }

    private static List<String> concat(String command, String[] args) {
        List<String> all = new java.util.ArrayList<>(List.of(command));
        all.addAll(List.of(args));
        return all;
    }
}

package org.factdesk.commandline;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * The {@code factdesk} command line: every command and subcommand with its options, arguments,
 * help and examples, in one picocli model. The launcher reads it before any framework starts
 * (help, version, usage errors and completion need no OSGi); the shell bundle reads the same model
 * inside the framework, for the command line and for Gogo alike.
 *
 * <p>Option values are kept as the strings typed: what a value means (a score from 0 to 1, a date) is
 * checked by the command, which knows how to say what is wrong with it.
 */
public final class CommandModel {

    /** Options every command takes, before or after its name. */
    public static final Set<String> GLOBAL = Set.of("--plugins", "--workspace", "--keys", "--as", "--config", "--verbose", "--quiet");

    private CommandModel() {
    }

    /**
     * Reads a command line.
     *
     * @param args the arguments after {@code factdesk}
     * @return what was asked for; with no arguments, the help of {@code factdesk} itself
     * @throws UsageException when the arguments do not make a command: unknown command or option, a
     *                        missing argument or value, a command that needs a subcommand
     */
    public static Invocation parse(List<String> args) throws UsageException {
        CommandLine line = build();
        ParseResult result;
        try {
            result = line.parseArgs(args.toArray(new String[0]));
        } catch (CommandLine.ParameterException e) {
            throw new UsageException(path(e.getCommandLine().getCommandSpec()), message(e));
        }
        List<ParseResult> chain = new ArrayList<>();
        for (ParseResult r = result; r != null; r = r.subcommand()) {
            chain.add(r);
        }
        ParseResult leaf = chain.get(chain.size() - 1);
        List<String> command = path(leaf.commandSpec());
        Globals globals = globals(chain);
        if (result.isVersionHelpRequested()) {
            return new Invocation(Invocation.Request.VERSION, command, Map.of(), List.of(), globals);
        }
        for (ParseResult r : chain) {
            if (r.isUsageHelpRequested()) {
                return new Invocation(Invocation.Request.HELP, path(r.commandSpec()), Map.of(), List.of(), globals);
            }
        }
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (OptionSpec o : leaf.matchedOptions()) {
            if (!GLOBAL.contains(o.longestName())) {
                options.put(o.longestName(), List.copyOf(o.stringValues()));
            }
        }
        List<String> words = new ArrayList<>();
        for (PositionalParamSpec p : leaf.matchedPositionals()) {
            words.addAll(p.stringValues());
        }
        if (command.equals(List.of("help"))) {
            List<String> about = resolve(words);
            return new Invocation(Invocation.Request.HELP, about, Map.of(), List.of(), globals);
        }
        if (command.isEmpty()) {
            return new Invocation(Invocation.Request.HELP, command, Map.of(), List.of(), globals);
        }
        CommandLine at = leaf.commandSpec().commandLine();
        if (!at.getSubcommands().isEmpty()) {
            throw new UsageException(command, String.join(" ", command) + " needs a command: " + String.join(", ", at.getSubcommands().keySet()));
        }
        return new Invocation(Invocation.Request.RUN, command, options, words, globals);
    }

    /**
     * The help of a command: what it does, its synopsis, options and arguments, and examples.
     *
     * @param command the command's path ({@code []} for {@code factdesk} itself, {@code ["case", "propose"]})
     * @throws IllegalArgumentException for a path that is no command
     */
    public static String help(List<String> command) {
        CommandLine at = build();
        for (String name : command) {
            at = at.getSubcommands().get(name);
            if (at == null) {
                throw new IllegalArgumentException("no command " + String.join(" ", command));
            }
        }
        return at.getUsageMessage(CommandLine.Help.Ansi.OFF);
    }

    /** Every command path, parents before their subcommands (for tests and documentation). */
    public static List<List<String>> commands() {
        List<List<String>> all = new ArrayList<>();
        collect(build(), all);
        return all;
    }

    /**
     * A completion script for {@code bash} or {@code zsh} (the same script: zsh runs it through
     * bashcompinit), generated from this model.
     */
    public static String completion(String shell) {
        if (!shell.equals("bash") && !shell.equals("zsh")) {
            throw new IllegalArgumentException("bash or zsh, not \"" + shell + "\"");
        }
        return AutoComplete.bash("factdesk", build());
    }

    /**
     * Completions for the interactive Gogo shell (gogo.jline's {@code complete} command), generated from
     * this model: each command of {@code functions} in {@code scope}, its description, its options and
     * its subcommands; arguments complete as file names. Global options are left out: the shell's
     * session already has its workspace and user.
     */
    public static String gogoCompletion(String scope, Set<String> functions) {
        StringBuilder out = new StringBuilder();
        for (CommandLine c : build().getSubcommands().values()) {
            CommandSpec spec = c.getCommandSpec();
            if (!functions.contains(spec.name())) {
                continue;
            }
            String name = scope + ":" + spec.name();
            out.append("complete -c ").append(name).append(" -e\n");
            out.append("complete -c ").append(name).append(" -d ").append(gogoQuoted(firstSentence(spec))).append("\n");
            List<OptionSpec> options = new ArrayList<>(spec.options());
            if (c.getSubcommands().isEmpty()) {
                out.append("complete -c ").append(name).append(" -a '__files'\n");
            } else {
                List<String> subs = visible(c);
                out.append("complete -c ").append(name).append(" -a '[").append(String.join(" ", subs))
                        .append("]' -n '__option_not_present ").append(String.join(" ", subs)).append("'\n");
                c.getSubcommands().values().forEach(sub -> options.addAll(sub.getCommandSpec().options()));
            }
            Set<String> seen = new java.util.HashSet<>();
            for (OptionSpec o : options) {
                if (o.hidden() || GLOBAL.contains(o.longestName()) || !seen.add(o.longestName())) {
                    continue;
                }
                out.append("complete -c ").append(name);
                for (String n : o.names()) {
                    out.append(n.startsWith("--") ? " -l " + n.substring(2) : " -s " + n.substring(1));
                }
                String d = o.description().length == 0 ? "" : o.description()[0];
                out.append(" --description ").append(gogoQuoted(d)).append("\n");
            }
        }
        return out.toString();
    }

    private static String firstSentence(CommandSpec spec) {
        String[] d = spec.usageMessage().description();
        String text = d.length == 0 ? "" : d[0];
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    /** Single quotes: Gogo expands nothing inside them; a quote in the text becomes a typographic one. */
    private static String gogoQuoted(String text) {
        return "'" + text.replace("%%", "%").replace('\'', '\u2019').replace('\n', ' ') + "'";
    }

    // --- reading

    private static void collect(CommandLine at, List<List<String>> all) {
        all.add(path(at.getCommandSpec()));
        for (CommandLine sub : at.getSubcommands().values()) {
            collect(sub, all);
        }
    }

    /** The words of {@code help WORDS}, checked to name a command. */
    private static List<String> resolve(List<String> words) throws UsageException {
        CommandLine at = build();
        for (String w : words) {
            CommandLine next = at.getSubcommands().get(w);
            if (next == null) {
                throw new UsageException(List.of("help"), "no command \"" + String.join(" ", words) + "\""
                        + (at.getSubcommands().isEmpty() ? "" : " (commands: " + String.join(", ", visible(at)) + ")"));
            }
            at = next;
        }
        return path(at.getCommandSpec());
    }

    private static List<String> visible(CommandLine at) {
        return at.getSubcommands().entrySet().stream().filter(e -> !e.getValue().getCommandSpec().usageMessage().hidden()).map(Map.Entry::getKey).toList();
    }

    private static Globals globals(List<ParseResult> chain) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ParseResult r : chain) {
            for (OptionSpec o : r.matchedOptions()) {
                if (GLOBAL.contains(o.longestName())) {
                    values.put(o.longestName(), o.stringValues().isEmpty() ? "true" : o.stringValues().get(o.stringValues().size() - 1));
                }
            }
        }
        return new Globals(values.get("--plugins"), values.get("--workspace"), values.get("--keys"), values.get("--as"), values.get("--config"),
                values.containsKey("--verbose"), values.containsKey("--quiet"));
    }

    private static List<String> path(CommandSpec spec) {
        List<String> names = new ArrayList<>();
        for (CommandSpec s = spec; s.parent() != null; s = s.parent()) {
            names.add(0, s.name());
        }
        return List.copyOf(names);
    }

    /** picocli's message, in the form the rest of FactDesk's messages take. */
    private static String message(CommandLine.ParameterException e) {
        String m = e.getMessage();
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            List<String> suggestions = u.getSuggestions();
            String hint = suggestions.isEmpty() ? "" : " (did you mean " + String.join(" or ", suggestions.subList(0, Math.min(2, suggestions.size()))) + "?)";
            if (first.startsWith("-") && !first.equals("-")) {
                return "unknown option \"" + first + "\"" + hint;
            }
            return (e.getCommandLine().getSubcommands().isEmpty() ? "unexpected argument \"" : "unknown command \"") + first + "\"" + hint;
        }
        m = m.replaceFirst("^Missing required parameter for option '([^']+)' \\((.*)\\)$", "$1 needs a value ($2)")
                .replaceFirst("^Expected parameter for option '([^']+)' but found '(.*)'$", "$1 needs a value, not \"$2\"")
                .replaceFirst("^Missing required parameters?: ", "missing ")
                .replaceFirst("^Missing required options?: ", "missing ")
                .replaceFirst("^option '([^']+)' should be specified only once$", "$1 given more than once");
        return Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }

    // --- the model

    static CommandLine build() {
        CommandSpec root = FactDeskCommands.root();
        return new CommandLine(root).setOverwrittenOptionsAllowed(false).setCaseInsensitiveEnumValuesAllowed(true)
                .setUsageHelpWidth(100).setAbbreviatedSubcommandsAllowed(false);
    }

    /** A file or folder argument or option value: completed with file names. */
    static final Class<?> FILE = File.class;
}

package org.factdesk.commandline;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** A command of the model, written as it reads in the help: what it does, its options, arguments and examples. */
final class Cmd {

    /** The options every command takes: name, value label (null for a switch), description. */
    static final String[][] GLOBALS = {
            {"--workspace", "DIR", "the desk's workspace (default: FACTDESK_WORKSPACE, else ./factdesk-workspace)"},
            {"--as", "USER", "who is working (default: FACTDESK_USER)"},
            {"--keys", "DIR", "private signing keys (default: FACTDESK_KEYS, else ~/.factdesk/keys)"},
            {"--config", "DIR", "the desk's configuration folder (default: FACTDESK_CONFIG, else WORKSPACE/config)"},
            {"--plugins", "DIR", "the plugins folder watched for checkers and other bundles (default: FACTDESK_PLUGINS, else plugins/ of the installation)"},
            {"--verbose", null, "diagnostics on standard error (also FACTDESK_VERBOSE=1)"},
            {"--quiet", null, "no progress bar on standard error, only problems (also FACTDESK_QUIET=1)"}};

    final CommandSpec spec;
    private final List<String> examples = new ArrayList<>();
    private final List<String> footer = new ArrayList<>();
    private int positionals;

    /** {@code factdesk} itself: it shows the global options. */
    static Cmd root(String... description) {
        Cmd root = new Cmd("factdesk", false, description);
        for (String[] g : GLOBALS) {
            root.spec.addOption(global(g).build());
        }
        return root;
    }

    Cmd(String name, String... description) {
        this(name, true, description);
        // taken here as well, so they can follow the command; listed once, in factdesk --help
        for (String[] g : GLOBALS) {
            spec.addOption(global(g).hidden(true).build());
        }
        footer.add("");
        footer.add("global options, before or after the command: --workspace DIR, --as USER, --keys DIR, --config DIR, --plugins DIR, "
                + "--verbose, --quiet (see factdesk --help)");
    }

    private static OptionSpec.Builder global(String[] g) {
        OptionSpec.Builder b = OptionSpec.builder(g[0]).description(escape(g[2]));
        return g[1] == null ? b.arity("0").type(boolean.class) : b.paramLabel(g[1]).arity("1").type(type(g[1]));
    }

    private Cmd(String name, boolean sub, String... description) {
        spec = CommandSpec.create().name(name);
        spec.usageMessage().description(escape(description)).sortOptions(false).abbreviateSynopsis(false)
                .headerHeading("").synopsisHeading("usage: ").descriptionHeading("%n").parameterListHeading("%narguments:%n")
                .optionListHeading("%noptions:%n").commandListHeading("%ncommands:%n");
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("show this help and exit").build());
    }

    /** A switch: present or not. */
    Cmd flag(String name, String description) {
        return flag(new String[] {name}, description);
    }

    Cmd flag(String[] names, String description) {
        spec.addOption(OptionSpec.builder(names).arity("0").type(boolean.class).description(escape(description)).build());
        return this;
    }

    /** An option with one value. */
    Cmd option(String name, String label, String description, String... candidates) {
        return add(OptionSpec.builder(name).paramLabel(label).arity("1").type(type(label)), description, false, candidates);
    }

    /** An option that must be given. */
    Cmd required(String name, String label, String description, String... candidates) {
        return add(OptionSpec.builder(name).paramLabel(label).arity("1").type(type(label)).required(true), description, false, candidates);
    }

    /** An option that may be given several times. */
    Cmd repeated(String name, String label, String description) {
        return add(OptionSpec.builder(name).paramLabel(label).arity("1").type(String[].class).auxiliaryTypes(type(label)), description, true);
    }

    private Cmd add(OptionSpec.Builder b, String description, boolean repeated, String... candidates) {
        if (candidates.length > 0) {
            b.completionCandidates(List.of(candidates));
        }
        spec.addOption(b.description(escape(description)).build());
        return this;
    }

    /**
     * An argument; {@code arity} as picocli writes it ({@code 1}, {@code 0..1}, {@code 1..*}, {@code 0..*}).
     * Candidates, if any, are offered by completion.
     */
    Cmd argument(String label, String arity, String description, String... candidates) {
        PositionalParamSpec.Builder b = PositionalParamSpec.builder().index(String.valueOf(positionals)).paramLabel(label).arity(arity)
                .required(!arity.startsWith("0")).description(escape(description));
        boolean many = arity.endsWith("*");
        b.type(many ? String[].class : type(label));
        if (many) {
            b.auxiliaryTypes(type(label));
            b.index(positionals + "..*");
        }
        if (candidates.length > 0) {
            b.completionCandidates(List.of(candidates));
        }
        spec.addPositional(b.build());
        positionals++;
        return this;
    }

    /** An example command (lines after the first continue it) and what it does, if the command does not say it. */
    Cmd example(String command, String what) {
        String[] lines = command.split("\n");
        for (int i = 0; i < lines.length; i++) {
            examples.add((i == 0 ? "  " : "      ") + escape(lines[i]) + (i < lines.length - 1 ? " \\" : ""));
        }
        if (!what.isEmpty()) {
            examples.add("      " + escape(what));
        }
        return this;
    }

    Cmd footer(String... lines) {
        for (String l : lines) {
            footer.add(escape(l));
        }
        return this;
    }

    Cmd sub(Cmd... subs) {
        for (Cmd s : subs) {
            spec.addSubcommand(s.spec.name(), s.done());
        }
        return this;
    }

    CommandSpec done() {
        List<String> all = new ArrayList<>(examples);
        all.addAll(footer);
        spec.usageMessage().footerHeading(examples.isEmpty() ? "" : "%nexamples:%n").footer(all.toArray(new String[0]));
        return spec;
    }

    /** Files and folders are completed with file names; the rest stays a string. */
    private static Class<?> type(String label) {
        return label.matches("(FILE|DIR|JAR|SCRIPT|STATE|INPUT|PATH)(\\b.*)?") || label.endsWith("_DIR") || label.endsWith("FILE") ? CommandModel.FILE : String.class;
    }

    /** picocli reads descriptions as format strings. */
    private static String[] escape(String... text) {
        String[] out = new String[text.length];
        for (int i = 0; i < text.length; i++) {
            out[i] = escape(text[i]);
        }
        return out;
    }

    private static String escape(String text) {
        return text.replace("%", "%%");
    }
}

package org.factdesk.shell.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.factdesk.api.article.Article;
import org.factdesk.api.check.Finding;
import org.factdesk.api.config.DeskConfiguration;
import org.factdesk.api.desk.CaseDesk;
import org.factdesk.api.export.ExportService;
import org.factdesk.api.intake.DeskImport;
import org.factdesk.api.intake.InputProblem;
import org.factdesk.api.intake.Intake;
import org.factdesk.api.intake.Receiver;
import org.factdesk.api.intake.Request;
import org.factdesk.api.intake.Summary;
import org.factdesk.api.job.CancelledException;
import org.factdesk.api.pipeline.ArticleReport;
import org.factdesk.api.pipeline.CheckerFailure;
import org.factdesk.api.pipeline.CheckerInfo;
import org.factdesk.api.pipeline.ClaimReport;
import org.factdesk.api.pipeline.Importers;
import org.factdesk.api.pipeline.Pipeline;
import org.factdesk.api.plugins.Plugin;
import org.factdesk.api.plugins.PluginShelf;

/**
 * The FactDesk commands, shared by the headless launcher and the Gogo shell. Results go to
 * {@code out}; problems go to {@code err}, one line each, naming the input.
 */
final class Commands {

    static final int OK = 0;
    /** Some inputs failed; the others were processed. */
    static final int INPUT_FAILED = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;
    /** Stopped from outside (SIGTERM, Ctrl-C) before the command was done: 128 + SIGTERM. */
    static final int STOPPED = 143;

    /** Standard output cannot be written any more (a closed pipe, a full disk): the run ends at once. */
    static final class OutputGone extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutputGone() {
            super("standard output cannot be written", null, false, false);
        }
    }

    private volatile boolean stopping;

    static final String USAGE_TEXT = """
            usage: factdesk [--plugins DIR] [--workspace DIR] [--keys DIR] [--as USER] [--config DIR] [--verbose] COMMAND [ARGS]

            commands:
              check [--json] [--pretty] [--min-score S] FILE|DIR|URL|- ...
                                  find the check-worthy claims in articles and run every active
                                  checker on them; --json prints one JSON document per article
                                  (one per line unless --pretty); - reads standard input; a
                                  directory is read recursively, hidden files and folders skipped
              checkers [--json]   list the checkers with their versions and state
              enable ID | disable ID [REASON]
                                  switch a checker on or off, lastingly (quarantined checkers come back with enable)
              plugins [--json]    list the plugins directory: files, bundles, versions, state
              install JAR...      copy bundles into the plugins directory (update: the same, replacing)
              remove NAME...      take a plugin out (file name or symbolic name)
              formats [--json]    list the article formats that can be imported
              --version           FactDesk's, Felix's and Java's versions (answered without starting the framework)
              gui                 the desktop workbench (a window; --workspace DIR and --as USER as for every command)
              shell               interactive Gogo shell (commands: factdesk:check, factdesk:checkers, ...)
              run SCRIPT.gosh     run a Gogo script, then stop; the first failing line ends it (named, exit code not 0)
              config list | config show PID | config set PID KEY=VALUE... | config unset PID KEY... | config delete PID
                                  the desk's configuration (--json for list and show); values are checked
                                  against each component's settings; FACTORY~NAME makes one more instance
              train CLAIMBUSTER_DIR [MODEL_FILE]
                                  retrain the check-worthiness model from ClaimBuster (rebuild to ship it)
              evaluate DATA_DIR [REPORT_FILE]
                                  measure the extractor and rewrite its part of docs/accuracy.md
              help                this text

            the fact-check workflow (workspace: --workspace DIR, FACTDESK_WORKSPACE, else ./factdesk-workspace;
            acting user: --as USER or FACTDESK_USER; private signing keys: --keys DIR, FACTDESK_KEYS, else ~/.factdesk/keys):
              user add ID --name NAME --role fact-checker|editor|admin | user list [--json]
                                  people at the desk (the first one is an admin adding themselves)
              import [--min-score S] [--url URL] [--publisher NAME] [--published DATE] FILE|DIR|URL|- ...
                                  check articles and open a case for each check-worthy claim (default score 0.5)
              case list [--state S] [--json] | case show ID [--json] | case history ID
              case select ID | case assign ID [--to USER] | case attach ID N
              case propose ID --rating R --rationale TEXT --source "URL-OR-DOCUMENT|what it shows|YYYY-MM-DD" ...
              case reject ID --comment TEXT | case signoff ID | case publish ID --url URL | case correct ID --reason TEXT
              desk show [--json] | desk configure [--four-eyes on|off] [--organization NAME] [--organization-url URL] [--scale FILE.json]
              exporters [--json]  list the export formats
              export FORMAT [ID...] [--out FILE|DIR]
                                  ClaimReview JSON-LD (claimreview), reports (report-html, report-md), csv ...
              audit verify [--json]
                                  check the journal's hash chain, the sign-off signatures and the stored articles

            the desk's configuration: --config DIR or FACTDESK_CONFIG, else WORKSPACE/config (its *.json files are
            OSGi Configurator files applied at every start; configurations set here are kept in its configadmin/)

            exit codes: 0 done, 1 some inputs failed (the rest were processed) or the audit found a problem,
                        2 bad usage, 3 internal error, 4 refused by a workflow rule or the workspace is in use
            """;

    private final Pipeline pipeline;
    private final Importers importers;
    private final Intake intake;
    private final Optional<PluginShelf> plugins;
    private final Path cwd;
    private final InputStream stdin;
    private final JsonReport json = new JsonReport();
    private final DeskCommands desk;
    private final Map<String, String> env;

    private final ConfigCommands config;

    Commands(Pipeline pipeline, Importers importers, Intake intake, DeskImport imports, ExportService exports, Optional<PluginShelf> plugins, Path cwd, InputStream stdin,
            Supplier<Optional<CaseDesk>> caseDesk, Map<String, String> env, Supplier<Optional<DeskConfiguration>> configuration) {
        this.pipeline = pipeline;
        this.importers = importers;
        this.intake = intake;
        this.plugins = plugins;
        this.cwd = cwd;
        this.stdin = stdin;
        this.env = env;
        this.desk = new DeskCommands(caseDesk, exports, imports, this, cwd);
        this.config = new ConfigCommands(configuration);
    }

    int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            out.print(USAGE_TEXT);
            return OK;
        }
        DeskCommands.Context where;
        try {
            Args global = new Args(args);
            where = context(global.option("--workspace"), global.option("--keys"), global.option("--as"));
            args = global.remaining();
        } catch (DeskCommands.Stop e) {
            return usage(err, e.getMessage());
        }
        if (args.isEmpty()) {
            return usage(err, "no command");
        }
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (args.get(0)) {
                case "import", "user", "case", "desk", "export", "exporters", "audit" -> desk.run(args.get(0), new Args(rest), where, out, err);
                case "check" -> check(rest, out, err);
                case "config" -> config.run(new Args(rest), out, err);
                case "checkers" -> checkers(rest, out, err);
                case "enable" -> toggle(rest, true, out, err);
                case "disable" -> toggle(rest, false, out, err);
                case "plugins" -> listPlugins(rest, out, err);
                case "install", "update" -> install(rest, out, err);
                case "remove" -> remove(rest, out, err);
                case "formats" -> {
                    if (!onlyJson(rest)) {
                        yield usage(err, "formats takes only --json");
                    }
                    out.println(rest.isEmpty() ? String.join("\n", importers.formats()) : json.value(importers.formats()));
                    yield OK;
                }
                case "help", "--help", "-h" -> {
                    out.print(USAGE_TEXT);
                    yield OK;
                }
                default -> usage(err, "unknown command \"" + args.get(0) + "\"");
            };
        } catch (java.io.IOException e) {
            err.println("factdesk: " + e.getMessage());
            return INPUT_FAILED;
        } catch (OutputGone e) {
            return StandardOutput.WRITE_FAILED; // the command line tells which (it holds the stream)
        } catch (RuntimeException e) {
            if (stopping) {
                err.println("factdesk: stopped before the end");
                return STOPPED;
            }
            err.println("factdesk: internal error: " + e);
            return INTERNAL;
        }
    }

    /** The workspace, keys and user: options first, then FACTDESK_WORKSPACE, FACTDESK_KEYS, FACTDESK_USER, then defaults. */
    private DeskCommands.Context context(String workspace, String keys, String actor) {
        String ws = workspace != null ? workspace : env.get("FACTDESK_WORKSPACE");
        String k = keys != null ? keys : env.get("FACTDESK_KEYS");
        return new DeskCommands.Context(cwd.resolve(ws != null ? ws : "factdesk-workspace").normalize(),
                k != null ? cwd.resolve(k).normalize() : Path.of(System.getProperty("user.home"), ".factdesk", "keys"),
                actor != null ? actor : env.get("FACTDESK_USER"));
    }

    private int toggle(List<String> args, boolean on, PrintStream out, PrintStream err) {
        if (args.isEmpty() || (on && args.size() != 1)) {
            return usage(err, on ? "enable needs a checker id" : "disable needs a checker id (and optionally a reason)");
        }
        String id = args.get(0);
        boolean known;
        try {
            known = on ? pipeline.enable(id) : pipeline.disable(id, String.join(" ", args.subList(1, args.size())));
        } catch (IllegalStateException refused) {
            err.println("factdesk: refused: " + refused.getMessage());
            return DeskCommands.REFUSED;
        }
        if (!known) {
            err.println("factdesk: no checker \"" + id + "\" (active checkers: "
                    + pipeline.checkers().stream().map(CheckerInfo::id).collect(Collectors.joining(", ")) + ")");
            return INPUT_FAILED;
        }
        out.println(id + (on ? " enabled" : " disabled"));
        return OK;
    }

    private int listPlugins(List<String> args, PrintStream out, PrintStream err) throws java.io.IOException {
        if (!onlyJson(args)) {
            return usage(err, "plugins takes only --json");
        }
        if (plugins.isEmpty()) {
            return noShelf(err);
        }
        List<Plugin> all = plugins.get().plugins();
        if (!args.isEmpty()) {
            out.println(json.value(java.util.Map.of("directory", plugins.get().directory().toString(), "plugins", all)));
            return OK;
        }
        out.println("plugins directory: " + plugins.get().directory());
        if (all.isEmpty()) {
            out.println("no plugins");
        }
        for (Plugin p : all) {
            out.printf("%-40s %-34s %-16s %s%n", p.file(), p.symbolicName(), p.version(), p.state());
        }
        return OK;
    }

    private static int noShelf(PrintStream err) {
        err.println("factdesk: the plugins directory is not watched now (bundle org.factdesk.plugins is not running)");
        return INPUT_FAILED;
    }

    private int install(List<String> args, PrintStream out, PrintStream err) throws java.io.IOException {
        if (args.isEmpty()) {
            return usage(err, "install needs one or more bundle jars");
        }
        if (plugins.isEmpty()) {
            return noShelf(err);
        }
        int code = OK;
        for (String a : args) {
            Path jar = cwd.resolve(a);
            if (!Files.isRegularFile(jar)) {
                err.println("factdesk: " + a + ": no such file");
                code = INPUT_FAILED;
                continue;
            }
            try {
                out.println("installed " + a + " as " + plugins.get().install(jar));
            } catch (IllegalArgumentException e) {
                err.println("factdesk: " + e.getMessage());
                code = INPUT_FAILED;
            }
        }
        return code;
    }

    private int remove(List<String> args, PrintStream out, PrintStream err) throws java.io.IOException {
        if (args.isEmpty()) {
            return usage(err, "remove needs a plugin file name or symbolic name");
        }
        if (plugins.isEmpty()) {
            return noShelf(err);
        }
        int code = OK;
        for (String name : args) {
            if (plugins.get().remove(name)) {
                out.println("removed " + name);
            } else {
                err.println("factdesk: no plugin \"" + name + "\" in " + plugins.get().directory());
                code = INPUT_FAILED;
            }
        }
        return code;
    }

    int check(List<String> args, PrintStream out, PrintStream err) {
        boolean asJson;
        boolean pretty;
        double minScore;
        List<String> inputs;
        try {
            Args given = new Args(args);
            asJson = given.flag("--json");
            pretty = given.flag("--pretty");
            minScore = given.score("--min-score", 0);
            inputs = given.rest();
        } catch (DeskCommands.Stop e) {
            return usage(err, e.getMessage());
        }
        if (inputs.isEmpty()) {
            return usage(err, "check needs at least one FILE, DIR or -");
        }
        return eachArticle(inputs, err, (location, article) -> {
            ArticleReport report = pipeline.check(article);
            if (asJson) {
                out.println(json.write(report, minScore, pretty));
            } else {
                printText(report, minScore, out);
            }
            out.flush();
            if (out.checkError()) {
                throw new OutputGone();
            }
        });
    }

    /** The framework is stopping (SIGTERM, Ctrl-C): what fails from now on is the stop, not a bug. */
    void stopping() {
        stopping = true;
    }

    InputStream stdin() {
        return stdin;
    }

    /** Receives each article read from the inputs. */
    interface ArticleSink<X extends Exception> {
        void accept(String location, Article article) throws X;
    }

    /**
     * Reads every input (file, directory, URL, -) through the intake service and passes each article
     * to {@code sink}; an input that cannot be read gets one line on {@code err} and the others are
     * still read. On a terminal, a progress line on standard error shows how far it got.
     *
     * @return {@link #OK}, or {@link #INPUT_FAILED} if some input failed
     */
    <X extends Exception> int eachArticle(List<String> inputs, PrintStream err, ArticleSink<X> sink) throws X {
        Progress progress = Progress.onTerminal(err);
        try {
            Summary read = intake.read(new Request(inputs, cwd, stdin), new Receiver<X>() {
                @Override
                public void article(String location, Article article) throws X {
                    progress.clear();
                    sink.accept(location, article);
                }

                @Override
                public void problem(InputProblem problem) {
                    progress.clear();
                    err.println("factdesk: " + problem.line());
                }
            }, progress);
            return read.ok() ? OK : INPUT_FAILED;
        } catch (CancelledException e) {
            if (stopping) {
                err.println("factdesk: stopped before the end");
                return STOPPED;
            }
            err.println("factdesk: " + e.getMessage());
            return INPUT_FAILED;
        } finally {
            progress.clear();
        }
    }

    int checkers(List<String> args, PrintStream out, PrintStream err) {
        boolean asJson = args.contains("--json");
        if (args.stream().anyMatch(a -> !a.equals("--json"))) {
            return usage(err, "checkers takes only --json");
        }
        List<CheckerInfo> all = pipeline.checkers();
        if (asJson) {
            out.println(json.checkers(all));
        } else if (all.isEmpty()) {
            out.println("no active checkers");
        } else {
            for (CheckerInfo c : all) {
                out.printf("%-34s %-16s %-11s %-7s %s%s%n", c.id(), c.version(), c.state(), c.cost(),
                        c.types().isEmpty() ? "all claims" : c.types().stream().map(Enum::name).collect(Collectors.joining(",")),
                        c.reason().isEmpty() ? "" : "  (" + c.reason() + ")");
            }
        }
        return OK;
    }

    private static void printText(ArticleReport r, double minScore, PrintStream out) {
        Article a = r.article();
        List<ClaimReport> shown = r.claims().stream().filter(c -> c.claim().score() >= minScore).toList();
        out.println("== " + a.source() + (a.headline() != null ? "  \"" + a.headline() + "\"" : ""));
        out.println("   " + a.format() + ", " + a.text().length() + " characters, " + a.paragraphs().size() + " paragraphs, "
                + shown.size() + " claims (extractor: " + r.extractor() + ")");
        for (ClaimReport c : shown) {
            out.println();
            out.printf(Locale.ROOT, "[%.2f] %s  @%d-%d%s%n", c.claim().score(),
                    c.claim().types().stream().map(Enum::name).collect(Collectors.joining(" ")), c.claim().start(), c.claim().end(),
                    c.claim().speaker() != null ? "  speaker: " + c.claim().speaker() : "");
            out.println("  " + c.claim().text().replace('\n', ' '));
            out.println("  why: " + c.claim().reason());
            for (Finding f : c.findings()) {
                out.printf(Locale.ROOT, "  - %-13s %.2f  %s  [%s %s]%n", f.stance(), f.confidence(), f.summary(), f.checker(), f.version());
            }
            for (CheckerFailure f : c.failures()) {
                out.printf("  ! %s %s failed: %s (%s)%n", f.checker(), f.version(), f.problem(), f.message());
            }
        }
        out.println();
        out.println("checkers: " + (r.checkers().isEmpty() ? "none active"
                : r.checkers().stream().map(c -> c.id() + " " + c.version()).collect(Collectors.joining(", "))));
    }

    /** @return whether {@code args} is empty or just {@code --json} */
    private static boolean onlyJson(List<String> args) {
        return args.isEmpty() || args.equals(List.of("--json"));
    }

    private static int usage(PrintStream err, String problem) {
        err.println("factdesk: " + problem + " (see factdesk help)");
        return USAGE;
    }
}

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
import org.factdesk.commandline.CommandModel;
import org.factdesk.commandline.Globals;
import org.factdesk.commandline.Invocation;
import org.factdesk.commandline.UsageException;

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

    /** The process's standard output, when the command line's runner writes to it. */
    private volatile PrintStream processOutput;

    /** Says that {@code out} is the process's standard output (a file there can be measured, for --resume). */
    void writesToProcessOutput(PrintStream out) {
        processOutput = out;
    }

    /** Runs a command line (the words after {@code factdesk}), read with the command model the launcher reads. */
    int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            return run(CommandModel.parse(args), out, err);
        } catch (UsageException e) {
            err.println(e.line());
            return USAGE;
        }
    }

    /** Runs a command line the command model has read. */
    int run(Invocation call, PrintStream out, PrintStream err) {
        if (call.request() == Invocation.Request.HELP) {
            out.print(CommandModel.help(call.command()));
            return OK;
        }
        if (call.request() == Invocation.Request.VERSION) {
            err.println("factdesk: the version is told by the launcher: factdesk --version");
            return USAGE;
        }
        Globals g = call.globals();
        DeskCommands.Context where = context(g.workspace(), g.keys(), g.as());
        String command = call.command().get(0);
        Args given = new Args(call);
        try {
            return switch (command) {
                case "import", "user", "case", "desk", "export", "exporters", "audit", "gate" -> desk.run(call, given, where, out, err);
                case "check" -> check(given, quiet(g), out, err);
                case "config" -> config.run(given, out, err);
                case "checkers" -> checkers(given, out);
                case "enable" -> toggle(given, true, out, err);
                case "disable" -> toggle(given, false, out, err);
                case "plugins" -> listPlugins(given, out, err);
                case "install", "update" -> install(given, out, err);
                case "remove" -> remove(given, out, err);
                case "formats" -> {
                    out.println(given.flag("--json") ? json.value(importers.formats()) : String.join("\n", importers.formats()));
                    yield OK;
                }
                default -> {
                    err.println("factdesk: " + command + " is run by the factdesk launcher, not from here (see factdesk " + command + " --help)");
                    yield USAGE;
                }
            };
        } catch (DeskCommands.Stop e) {
            err.println("factdesk " + call.name() + ": " + e.getMessage() + (e.code == USAGE ? " (see factdesk " + call.name() + " --help)" : ""));
            return e.code;
        } catch (java.io.IOException e) {
            err.println("factdesk: " + e.getMessage());
            return INPUT_FAILED;
        } catch (java.io.UncheckedIOException e) {
            err.println("factdesk: " + e.getCause().getMessage());
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
        } catch (OutOfMemoryError e) {
            // a workspace or an input larger than the heap: said in one line, and what was saved stays saved
            err.println(String.format(Locale.ROOT, "factdesk %s: ran out of memory (the desk has %d MiB; FACTDESK_JAVA_OPTS=-Xmx... gives it more);"
                    + " nothing half-written: every change recorded before is in the workspace", call.name(), Runtime.getRuntime().maxMemory() >> 20));
            return INTERNAL;
        }
    }

    /** No progress bar: --quiet, or FACTDESK_QUIET=1. */
    boolean quiet(Globals g) {
        return g.quiet() || "1".equals(env.get("FACTDESK_QUIET"));
    }

    /** The workspace, keys and user: options first, then FACTDESK_WORKSPACE, FACTDESK_KEYS, FACTDESK_USER, then defaults. */
    private DeskCommands.Context context(String workspace, String keys, String actor) {
        String ws = workspace != null ? workspace : env.get("FACTDESK_WORKSPACE");
        String k = keys != null ? keys : env.get("FACTDESK_KEYS");
        return new DeskCommands.Context(cwd.resolve(ws != null ? ws : "factdesk-workspace").normalize(),
                k != null ? cwd.resolve(k).normalize() : Path.of(System.getProperty("user.home"), ".factdesk", "keys"),
                actor != null ? actor : env.get("FACTDESK_USER"));
    }

    private int toggle(Args args, boolean on, PrintStream out, PrintStream err) throws DeskCommands.Stop {
        String id = args.next("a checker id is needed");
        boolean known;
        try {
            known = on ? pipeline.enable(id) : pipeline.disable(id, String.join(" ", args.rest()));
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

    private int listPlugins(Args args, PrintStream out, PrintStream err) throws java.io.IOException {
        boolean asJson = args.flag("--json");
        if (plugins.isEmpty()) {
            return noShelf(err);
        }
        List<Plugin> all = plugins.get().plugins();
        if (asJson) {
            out.println(json.value(java.util.Map.of("directory", plugins.get().directory().toString(), "plugins", all)));
            return OK;
        }
        out.println("plugins directory: " + plugins.get().directory());
        if (all.isEmpty()) {
            out.println("no plugins");
        }
        for (Plugin p : all) {
            out.printf("%-40s %-34s %-16s %s%s%n", p.file(), p.symbolicName(), p.version(), p.state(),
                    p.problem().isEmpty() ? "" : ": " + p.problem());
        }
        return OK;
    }

    private static int noShelf(PrintStream err) {
        err.println("factdesk: the plugins directory is not watched now (bundle org.factdesk.plugins is not running)");
        return INPUT_FAILED;
    }

    private int install(Args args, PrintStream out, PrintStream err) throws java.io.IOException {
        if (plugins.isEmpty()) {
            return noShelf(err);
        }
        int code = OK;
        for (String a : args.rest()) {
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

    private int remove(Args args, PrintStream out, PrintStream err) throws java.io.IOException {
        if (plugins.isEmpty()) {
            return noShelf(err);
        }
        int code = OK;
        for (String name : args.rest()) {
            if (plugins.get().remove(name)) {
                out.println("removed " + name);
            } else {
                err.println("factdesk: no plugin \"" + name + "\" in " + plugins.get().directory());
                code = INPUT_FAILED;
            }
        }
        return code;
    }

    /** The threads a batch uses unless --threads says otherwise: one per core. */
    static final int CORES = Runtime.getRuntime().availableProcessors();

    int check(Args args, boolean quiet, PrintStream out, PrintStream err) throws DeskCommands.Stop, java.io.IOException {
        boolean asJson = args.flag("--json");
        boolean pretty = args.flag("--pretty");
        double minScore = args.score("--min-score", 0);
        int threads = args.count("--threads", CORES, 256);
        String resume = args.option("--resume");
        Request request = request(args);
        java.util.concurrent.atomic.AtomicBoolean refused = new java.util.concurrent.atomic.AtomicBoolean();
        Quarantines quarantines = new Quarantines(pipeline, err);
        try (ResumeState state = resume == null ? null : ResumeState.open(cwd.resolve(resume), resume, out == processOutput);
                // each article is checked and written out on a batch thread: only the printing is in order
                OrderedBatch<Checked> batch = new OrderedBatch<>(threads, checked -> {
                    if (checked.problem() != null) {
                        err.println("factdesk: " + checked.problem());
                        refused.set(true);
                        return; // not recorded as done: a resumed run tries it again
                    }
                    checked.output().forEach(out::print);
                    flushed(out);
                    quarantines.newOnes();
                    if (state != null) {
                        state.record(checked.id()); // after its output: a kill may repeat it, never lose it
                    }
                })) {
            if (state != null && state.size() > 0 && !quiet) {
                err.println("factdesk check: resuming: skipping the " + state.size() + " articles done before"
                        + (state.takenBack() > 0 ? "; took back the last " + state.takenBack() + " bytes of the output, written "
                                + "after the last of them" : ""));
            }
            int code = eachArticle(request, quiet, err, (location, article) -> {
                if (state == null || !state.done(article.id())) {
                    batch.submit(() -> {
                        try {
                            ArticleReport report = pipeline.check(article);
                            return new Checked(article.id(), asJson ? json.write(report, minScore, pretty)
                                    : List.of(text(report, minScore)), null);
                        } catch (OutOfMemoryError e) {
                            // what this article took is garbage once we return: the next inputs are checked as usual
                            return new Checked(article.id(), List.of(), tooLarge(location, article));
                        }
                    });
                }
            });
            batch.finish();
            return refused.get() ? INPUT_FAILED : code;
        }
    }

    /** The inputs of a reading command, with --hidden, --follow-links and --strict. */
    Request request(Args args) {
        return new Request(args.rest(), cwd, stdin).withHidden(args.flag("--hidden")).withFollowLinks(args.flag("--follow-links"))
                .withStrict(args.flag("--strict"));
    }

    /** Flushes what was printed; a reader gone or a full disk ends the run. */
    static void flushed(PrintStream out) {
        out.flush();
        if (out.checkError()) {
            throw new OutputGone();
        }
    }

    /** The framework is stopping (SIGTERM, Ctrl-C): what fails from now on is the stop, not a bug. */
    void stopping() {
        stopping = true;
    }

    Pipeline pipeline() {
        return pipeline;
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
    <X extends Exception> int eachArticle(Request request, boolean quiet, PrintStream err, ArticleSink<X> sink) throws X {
        Progress progress = Progress.onTerminal(err, quiet);
        try {
            Summary read = intake.read(request, new Receiver<X>() {
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

    int checkers(Args args, PrintStream out) {
        boolean asJson = args.flag("--json");
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

    /** An article's report as printed, in pieces, or why it was not checked. */
    private record Checked(String id, List<String> output, String problem) {
    }

    /** The line for an article whose check ran out of memory: its size, the memory there was, how to give more. */
    static String tooLarge(String location, Article article) {
        return String.format(Locale.ROOT, "%s: article of %,d characters is too large to check in the memory the desk has "
                + "(%d MiB; FACTDESK_JAVA_OPTS=-Xmx... gives it more); skipped", location, article.text().length(),
                Runtime.getRuntime().maxMemory() >> 20);
    }

    private static String text(ArticleReport r, double minScore) {
        java.io.StringWriter buffer = new java.io.StringWriter();
        printText(r, minScore, new java.io.PrintWriter(buffer));
        return buffer.toString();
    }

    private static void printText(ArticleReport r, double minScore, java.io.PrintWriter out) {
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
                : r.checkers().stream().map(c -> c.id() + " " + c.version() + (CheckerInfo.ACTIVE.equals(c.state()) ? "" : " (" + c.state() + ")"))
                        .collect(Collectors.joining(", "))));
    }

}

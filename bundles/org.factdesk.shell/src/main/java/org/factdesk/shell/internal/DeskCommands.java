package org.factdesk.shell.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.factdesk.api.article.Article;
import org.factdesk.api.check.Finding;
import org.factdesk.api.desk.Case;
import org.factdesk.api.desk.CaseDesk;
import org.factdesk.api.desk.CaseEvent;
import org.factdesk.api.desk.DeskRules;
import org.factdesk.api.desk.DeskSession;
import org.factdesk.api.desk.Person;
import org.factdesk.api.desk.RatingScale;
import org.factdesk.api.desk.Role;
import org.factdesk.api.desk.Source;
import org.factdesk.api.desk.WorkflowException;
import org.factdesk.api.export.ExportException;
import org.factdesk.api.export.ExportOutcome;
import org.factdesk.api.export.ExportService;
import org.factdesk.api.desk.CaseState;
import org.factdesk.api.export.Exporter;
import org.factdesk.api.export.FactCheck;
import org.factdesk.api.export.UnknownFormatException;
import org.factdesk.api.intake.DeskImport;
import org.factdesk.commandline.Invocation;
import org.factdesk.api.intake.InputProblem;
import org.factdesk.api.intake.Request;
import org.factdesk.api.intake.Summary;
import org.factdesk.api.job.CancelledException;
import org.factdesk.api.store.AuditReport;
import org.factdesk.api.store.StoreException;
import org.factdesk.api.store.WorkspaceStore.Access;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The newsroom workflow from the command line: import articles into a workspace, take a case
 * through propose, reject, sign-off, publish and correct, export it, audit the journal.
 * Every command opens the workspace, does one thing and closes it; reading commands open it
 * read-only, so they work while a desk is writing.
 */
final class DeskCommands {

    /** A workflow rule refused the change, or the workspace is in use by another writer. */
    static final int REFUSED = 4;
    /** How long a writing command waits for another writer to finish before it refuses. */
    static final long LOCK_WAIT_NANOS = 5_000_000_000L;

    /** Where, as whom, with which keys: from options, else the environment, else defaults. */
    record Context(Path workspace, Path keys, String actor) {
    }

    private final Supplier<Optional<CaseDesk>> desk;
    private final ExportService exports;
    private final DeskImport imports;
    private final Commands articles;
    private final Path cwd;
    private ObjectMapper mapper;

    /** @param articles the commands, whose standard input {@code import -} reads */
    DeskCommands(Supplier<Optional<CaseDesk>> desk, ExportService exports, DeskImport imports, Commands articles, Path cwd) {
        this.desk = desk;
        this.exports = exports;
        this.imports = imports;
        this.articles = articles;
        this.cwd = cwd;
    }

    /** A refusal or usage problem, with its exit code. */
    static final class Stop extends Exception {
        private static final long serialVersionUID = 1L;
        final int code;

        Stop(int code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }

    /** The gate failed: check-worthy claims without a signed-off verdict. */
    static final int GATE_FAILED = 5;

    int run(Invocation call, Args args, Context ctx, PrintStream out, PrintStream err) {
        String command = call.command().get(0);
        boolean quiet = articles.quiet(call.globals());
        try {
            return switch (command) {
                case "import" -> importArticles(args, quiet, ctx, out, err);
                case "gate" -> gate(args, quiet, ctx, out, err);
                case "user" -> user(args, ctx, out, err);
                case "case" -> kase(args, ctx, out, err);
                case "desk" -> desk(args, ctx, out, err);
                case "export" -> export(args, ctx, out, err);
                case "exporters" -> {
                    boolean json = args.flag("--json");
                    args.done();
                    if (json) {
                        out.println(mapper().writeValueAsString(exports.exporters().stream().map(e -> Map.of("format", e.format(),
                                "extension", e.extension(), "perCase", e.perCase(), "description", e.description())).toList()));
                        yield Commands.OK;
                    }
                    for (Exporter e : exports.exporters()) {
                        out.printf("%-14s %-6s %-9s %s%n", e.format(), e.extension(), e.perCase() ? "per case" : "all cases", e.description());
                    }
                    yield Commands.OK;
                }
                case "audit" -> audit(args, ctx, out, err);
                default -> throw new Stop(Commands.USAGE, "unknown command \"" + command + "\"");
            };
        } catch (Stop s) {
            err.println("factdesk " + call.name() + ": " + s.getMessage() + (s.code == Commands.USAGE ? " (see factdesk " + call.name() + " --help)" : ""));
            return s.code;
        } catch (WorkflowException e) {
            if (e.getCause() instanceof StoreException se && se.reason() == StoreException.Reason.IO || e.getCause() instanceof IOException) {
                // the disk, not a rule: an input or I/O failure, said as what happened
                err.println("factdesk " + call.name() + ": " + e.getMessage());
                return Commands.INPUT_FAILED;
            }
            err.println("factdesk: refused: " + e.getMessage());
            return REFUSED;
        } catch (IOException e) {
            err.println("factdesk: " + e.getMessage());
            return Commands.INPUT_FAILED;
        }
    }

    // --- sessions

    private interface Work {
        int run(DeskSession s) throws WorkflowException, Stop, IOException;
    }

    private int withDesk(Context ctx, Access access, boolean mustExist, PrintStream err, Work work) throws WorkflowException, Stop, IOException {
        CaseDesk d = desk.get().orElseThrow(() -> new Stop(Commands.INTERNAL, "the workflow is not running (bundle org.factdesk.workflow)"));
        if (mustExist && !Files.isDirectory(ctx.workspace())) {
            throw new Stop(Commands.INPUT_FAILED, "no workspace at " + ctx.workspace() + " (import an article first, or give --workspace DIR)");
        }
        DeskSession s = null;
        // Commands hold the workspace only while they run: wait a moment for another command to finish.
        long giveUp = System.nanoTime() + LOCK_WAIT_NANOS;
        while (s == null) {
            try {
                s = d.open(ctx.workspace(), ctx.keys(), access);
            } catch (WorkflowException e) {
                boolean locked = e.getCause() instanceof StoreException se && se.reason() == StoreException.Reason.LOCKED;
                if (!locked || System.nanoTime() > giveUp) {
                    throw new Stop(locked ? REFUSED : Commands.INPUT_FAILED, e.getMessage());
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    throw new Stop(REFUSED, e.getMessage());
                }
            }
        }
        int told = s.notices().size();
        try {
            s.notices().forEach(n -> err.println("factdesk: note: " + n));
            return work.run(s);
        } finally {
            s.close();
            // what closing noticed (a snapshot a full disk refused): the work is done, and said so
            s.notices().stream().skip(told).forEach(n -> err.println("factdesk: note: " + n));
        }
    }

    private static String actor(Context ctx) throws Stop {
        if (ctx.actor() == null || ctx.actor().isBlank()) {
            throw new Stop(Commands.USAGE, "who is doing this? give --as USER (or set FACTDESK_USER)");
        }
        return ctx.actor();
    }

    // --- import

    private int importArticles(Args args, boolean quiet, Context ctx, PrintStream out, PrintStream err) throws WorkflowException, Stop, IOException {
        double minScore = args.score("--min-score", 0.5);
        String url = args.option("--url");
        String publisher = args.option("--publisher");
        String published = args.option("--published");
        if (published != null) {
            try {
                java.time.LocalDate.parse(published.length() > 10 ? published.substring(0, 10) : published);
            } catch (DateTimeParseException e) {
                throw new Stop(Commands.USAGE, "--published needs an ISO-8601 date (YYYY-MM-DD), not \"" + published + "\"");
            }
        }
        int threads = args.count("--threads", Commands.CORES, 256);
        boolean json = args.flag("--json");
        Request request = articles.request(args);
        if ((url != null || published != null) && request.inputs().size() > 1) {
            throw new Stop(Commands.USAGE, "--url and --published describe one article; import one input with them");
        }
        String actor = actor(ctx);
        DeskImport.Options options = new DeskImport.Options(minScore, url, publisher, published, threads);
        return withDesk(ctx, Access.WRITE, false, err, s -> {
            Progress progress = Progress.onTerminal(err, quiet);
            Quarantines quarantines = new Quarantines(articles.pipeline(), err);
            try {
                Summary read = imports.importInto(s, actor, request, options, new DeskImport.Listener() {
                    @Override
                    public void imported(String location, Article a, List<Case> opened, List<Case> joined) {
                        progress.clear();
                        quarantines.newOnes();
                        if (json) {
                            Map<String, Object> doc = new LinkedHashMap<>();
                            doc.put("location", location);
                            doc.put("article", a.id());
                            doc.put("already_imported", opened.isEmpty() && joined.isEmpty());
                            doc.put("opened", opened.stream().map(DeskCommands::brief).toList());
                            doc.put("joined", joined.stream().map(DeskCommands::brief).toList());
                            written(out, json(doc));
                            return;
                        }
                        out.println(location + ": article " + a.id() + (opened.isEmpty() && joined.isEmpty() ? " is already in the workspace"
                                : ", " + opened.size() + " cases opened" + (joined.isEmpty() ? "" : ", " + joined.size() + " claims already in a case")));
                        for (Case c : opened) {
                            out.printf(Locale.ROOT, "  %-6s [%.2f] %s%n", c.id(), c.claims().get(0).score(), oneLine(c.claimReviewed(), 100));
                        }
                        for (Case c : joined) {
                            out.printf(Locale.ROOT, "  %-6s [%.2f] %s  (same claim, now also in this article)%n", c.id(), c.claims().get(0).score(),
                                    oneLine(c.claimReviewed(), 100));
                        }
                    }

                    @Override
                    public void problem(InputProblem problem) {
                        progress.clear();
                        err.println("factdesk: " + problem.line());
                    }
                }, progress);
                return read.ok() ? Commands.OK : Commands.INPUT_FAILED;
            } catch (CancelledException e) {
                err.println("factdesk: " + e.getMessage());
                return Commands.INPUT_FAILED;
            } finally {
                progress.clear();
            }
        });
    }

    /** A case in a line of JSON: id, state, the claim and its score. */
    private static Map<String, Object> brief(Case c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("state", state(c));
        m.put("score", c.claims().get(0).score());
        m.put("claim", c.claimReviewed());
        return m;
    }

    private String json(Object doc) {
        try {
            return mapper().writeValueAsString(doc);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A line of output, flushed; a reader gone or a full disk ends the run. */
    private static void written(PrintStream out, String line) {
        out.println(line);
        Commands.flushed(out);
    }

    // --- the publication gate

    /** A check-worthy claim that holds the gate: no case has signed it off. */
    private record Held(String location, String articleId, org.factdesk.api.claim.Claim claim, Case kase) {
    }

    private int gate(Args args, boolean quiet, Context ctx, PrintStream out, PrintStream err) throws WorkflowException, Stop, IOException {
        double minScore = args.score("--min-score", 0.5);
        boolean json = args.flag("--json");
        int threads = args.count("--threads", Commands.CORES, 256);
        Request request = articles.request(args);
        return withDesk(ctx, Access.READ_ONLY, true, err, s -> {
            // a claim is the case's by its id (the article was imported) or by its text (the same claim elsewhere), as import groups them
            Map<String, Case> byClaim = new java.util.HashMap<>();
            Map<String, Case> byText = new java.util.HashMap<>();
            for (Case c : s.cases()) {
                for (var claim : c.claims()) {
                    byClaim.put(claim.id(), c);
                    byText.putIfAbsent(sameClaim(claim.text()), c);
                }
            }
            List<Held> held = new ArrayList<>();
            int[] counted = new int[2]; // articles, check-worthy claims
            int read;
            try (OrderedBatch<Map.Entry<String, org.factdesk.api.pipeline.ArticleReport>> batch = new OrderedBatch<>(threads, done -> {
                counted[0]++;
                for (var report : done.getValue().claims()) {
                    var claim = report.claim();
                    if (claim.score() < minScore) {
                        continue;
                    }
                    counted[1]++;
                    Case c = byClaim.getOrDefault(claim.id(), byText.get(sameClaim(claim.text())));
                    if (c == null || !(c.state() == CaseState.SIGNED_OFF || c.state() == CaseState.PUBLISHED)) {
                        Held h = new Held(done.getKey(), done.getValue().article().id(), claim, c);
                        held.add(h);
                        if (!json) {
                            written(out, String.format(Locale.ROOT, "%s: %-6s %-17s [%.2f] %s", h.location(), c == null ? "-" : c.id(),
                                    c == null ? "not in workspace" : state(c), claim.score(), oneLine(claim.text(), 90)));
                        }
                    }
                }
            })) {
                read = articles.eachArticle(request, quiet, err, (location, article) -> batch.submit(() -> Map.entry(location, articles.pipeline().check(article))));
                batch.finish();
            }
            boolean passed = held.isEmpty();
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("passed", passed);
                doc.put("inputs_ok", read == Commands.OK);
                doc.put("articles", counted[0]);
                doc.put("claims", counted[1]);
                doc.put("min_score", minScore);
                doc.put("unreviewed", held.stream().map(h -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("location", h.location());
                    m.put("article", h.articleId());
                    m.put("claim_id", h.claim().id());
                    m.put("text", h.claim().text());
                    m.put("score", h.claim().score());
                    m.put("case", h.kase() == null ? null : h.kase().id());
                    m.put("state", h.kase() == null ? null : state(h.kase()));
                    return m;
                }).toList());
                written(out, json(doc));
            } else {
                err.println(passed ? "factdesk gate: passed: " + count(counted[1], "check-worthy claim") + " in " + count(counted[0], "article")
                        + (counted[1] == 0 ? "" : ", each with a signed-off verdict")
                        : "factdesk gate: failed: " + held.size() + " of " + count(counted[1], "check-worthy claim") + " in "
                                + count(counted[0], "article") + " have no signed-off verdict");
            }
            return passed ? read : GATE_FAILED;
        });
    }

    /** The key import groups claims by: case and spacing do not matter (as the workflow's). */
    private static String sameClaim(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    // --- people

    private int user(Args args, Context ctx, PrintStream out, PrintStream err) throws WorkflowException, Stop, IOException {
        String sub = args.next("user needs add or list");
        return switch (sub) {
            case "add" -> {
                String id = args.next("user add needs a user name");
                String name = args.required("--name", "user add needs --name \"Full Name\"");
                String roleText = args.required("--role", "user add needs --role fact-checker|editor|admin");
                Role role = parseRole(roleText);
                String publicKey = publicKey(args.option("--public-key"));
                args.done();
                String actor = ctx.actor() != null ? ctx.actor() : id;
                yield withDesk(ctx, Access.WRITE, false, err, s -> {
                    Person p = s.addPerson(actor, id, name, role, publicKey);
                    out.println("added " + p.id() + " (" + p.name() + ", " + roleName(p.role()) + "); key " + p.keyFingerprint()
                            + (publicKey == null ? ", its private half in " + ctx.keys() : ", registered from their public key"));
                    return Commands.OK;
                });
            }
            case "role" -> {
                String id = args.next("user role needs a user name and a role");
                Role role = parseRole(args.next("user role needs the new role: fact-checker, editor or admin"));
                args.done();
                yield withDesk(ctx, Access.WRITE, true, err, s -> {
                    Person p = s.changeRole(actor(ctx), id, role);
                    out.println(p.id() + " is now " + roleName(p.role()));
                    return Commands.OK;
                });
            }
            case "key" -> {
                String what = args.next("user key needs new, set or revoke");
                String id = args.next("user key " + what + " needs a user name");
                yield switch (what) {
                    case "new" -> {
                        args.done();
                        // the person's own machine: the private key stays in their key folder, the public key goes to an admin
                        CaseDesk d = desk.get().orElseThrow(() -> new Stop(Commands.INTERNAL, "the workflow is not running (bundle org.factdesk.workflow)"));
                        String key = d.makeKey(ctx.keys(), id);
                        out.println(key);
                        err.println("a key pair for " + id + " (key " + Person.fingerprint(key) + "): the private key is in " + ctx.keys()
                                + "; give the public key above to an admin (factdesk user add " + id + " --public-key FILE ...)");
                        yield Commands.OK;
                    }
                    case "set" -> {
                        String publicKey = publicKey(args.required("--public-key", "user key set needs --public-key FILE (from factdesk user key new)"));
                        args.done();
                        yield withDesk(ctx, Access.WRITE, true, err, s -> {
                            Person p = s.changeKey(actor(ctx), id, publicKey);
                            out.println(p.id() + "'s key is now " + p.keyFingerprint() + "; entries they sign from now on verify with it");
                            return Commands.OK;
                        });
                    }
                    case "revoke" -> {
                        args.done();
                        yield withDesk(ctx, Access.WRITE, true, err, s -> {
                            Person p = s.changeKey(actor(ctx), id, null);
                            out.println(p.id() + "'s key is revoked: they cannot act until an admin registers a new one (factdesk user key set " + p.id() + ")");
                            return Commands.OK;
                        });
                    }
                    default -> throw new Stop(Commands.USAGE, "unknown user key command \"" + what + "\" (new, set, revoke)");
                };
            }
            case "list" -> {
                boolean json = args.flag("--json");
                args.done();
                yield withDesk(ctx, Access.READ_ONLY, true, err, s -> {
                    if (json) {
                        out.println(mapper().writeValueAsString(s.people().stream().map(p -> Map.of("id", p.id(), "name", p.name(),
                                "role", roleName(p.role()), "key", p.keyFingerprint())).toList()));
                        return Commands.OK;
                    }
                    for (Person p : s.people()) {
                        out.printf("%-12s %-14s %-17s %s%n", p.id(), roleName(p.role()), "key " + p.keyFingerprint(), p.name());
                    }
                    return Commands.OK;
                });
            }
            default -> throw new Stop(Commands.USAGE, "unknown user command \"" + sub + "\" (add, list, role, key)");
        };
    }

    /** A public key given as a file (what {@code user key new} printed) or as the key itself. */
    private String publicKey(String option) throws Stop {
        if (option == null) {
            return null;
        }
        Path file = cwd.resolve(option);
        try {
            String text = java.nio.file.Files.isRegularFile(file) ? java.nio.file.Files.readString(file).strip() : option.strip();
            if (!text.matches("[A-Za-z0-9+/=]{40,100}")) {
                throw new Stop(Commands.USAGE, "--public-key " + option + ": not an Ed25519 public key (the line factdesk user key new prints)");
            }
            return text;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new Stop(Commands.USAGE, "--public-key " + option + ": cannot read it (" + e.getMessage() + ")");
        }
    }

    private static Role parseRole(String text) throws Stop {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "fact-checker", "factchecker", "checker" -> Role.FACT_CHECKER;
            case "editor" -> Role.EDITOR;
            case "admin" -> Role.ADMIN;
            default -> throw new Stop(Commands.USAGE, "no role \"" + text + "\" (fact-checker, editor, admin)");
        };
    }

    private static String roleName(Role r) {
        return r.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    // --- cases

    private int kase(Args args, Context ctx, PrintStream out, PrintStream err) throws WorkflowException, Stop, IOException {
        String sub = args.next("case needs a command: list, show, select, assign, attach, propose, reject, signoff, publish, correct, history");
        switch (sub) {
            case "list" -> {
                String state = args.option("--state");
                boolean json = args.flag("--json");
                args.done();
                if (state != null && java.util.Arrays.stream(CaseState.values())
                        .noneMatch(x -> x.name().equalsIgnoreCase(state.replace('-', '_')))) {
                    throw new Stop(Commands.USAGE, "no case state \"" + state + "\" ("
                            + java.util.Arrays.stream(CaseState.values()).map(x -> x.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                                    .collect(java.util.stream.Collectors.joining(", ")) + ")");
                }
                return withDesk(ctx, Access.READ_ONLY, true, err, s -> {
                    List<Case> all = s.cases().stream().filter(c -> state == null || c.state().name().equalsIgnoreCase(state.replace('-', '_'))).toList();
                    if (json) {
                        out.println(mapper().writeValueAsString(all));
                    } else {
                        for (Case c : all) {
                            out.printf("%-6s %-17s %-14s %-10s %s%n", c.id(), state(c), c.verdict() == null ? "-" : c.verdict().rating(),
                                    c.assignee() == null ? "-" : c.assignee(), oneLine(c.claimReviewed(), 90));
                        }
                    }
                    return Commands.OK;
                });
            }
            case "show", "history" -> {
                String id = args.next(sub + " needs a case id");
                boolean json = args.flag("--json");
                args.done();
                return withDesk(ctx, Access.READ_ONLY, true, err, s -> {
                    Case c = s.find(id);
                    List<CaseEvent> history = s.history(c.id());
                    if (json) {
                        Map<String, Object> doc = new LinkedHashMap<>();
                        doc.put("case", c);
                        doc.put("history", history);
                        out.println(mapper().writeValueAsString(doc));
                    } else {
                        if (sub.equals("show")) {
                            printCase(c, out);
                        }
                        out.println("history:");
                        for (CaseEvent e : history) {
                            out.printf("  #%-6d %s  %-8s %s%n", e.seq(), e.at().toString().substring(0, 19).replace('T', ' '), e.actor(), e.summary());
                        }
                    }
                    return Commands.OK;
                });
            }
            default -> {
                // the changes
            }
        }
        String id = args.next("case " + sub + " needs a case id");
        String actor = actor(ctx);
        Work change = switch (sub) {
            case "select" -> {
                args.done();
                yield s -> done(out, s.select(actor, id));
            }
            case "assign", "take" -> {
                String to = Optional.ofNullable(args.option("--to")).orElse(actor);
                args.done();
                yield s -> done(out, s.assign(actor, id, to));
            }
            case "attach" -> {
                String n = args.next("case attach needs the number of a suggestion (see case show)");
                args.done();
                int index;
                try {
                    index = Integer.parseInt(n);
                } catch (NumberFormatException e) {
                    throw new Stop(Commands.USAGE, "case attach needs the number of a suggestion, not \"" + n + "\"");
                }
                yield s -> done(out, s.attach(actor, id, index));
            }
            case "propose" -> {
                String rating = args.required("--rating", "case propose needs --rating (see factdesk desk show for the scale)");
                String rationale = args.required("--rationale", "case propose needs --rationale \"why\"");
                List<Source> sources = new ArrayList<>();
                for (String s : args.all("--source")) {
                    sources.add(source(s));
                }
                args.done();
                yield s -> done(out, s.propose(actor, id, rating, rationale, sources));
            }
            case "reject" -> {
                String comment = args.option("--comment");
                args.done();
                yield s -> done(out, s.reject(actor, id, comment));
            }
            case "signoff", "sign-off" -> {
                args.done();
                yield s -> done(out, s.signOff(actor, id));
            }
            case "publish" -> {
                String url = args.option("--url");
                args.done();
                yield s -> done(out, s.publish(actor, id, url));
            }
            case "correct", "reopen" -> {
                String reason = args.option("--reason");
                args.done();
                yield s -> done(out, s.reopen(actor, id, reason));
            }
            default -> throw new Stop(Commands.USAGE, "unknown case command \"" + sub + "\"");
        };
        return withDesk(ctx, Access.WRITE, true, err, change);
    }

    private static int done(PrintStream out, Case c) {
        out.println(c.id() + " " + state(c) + (c.verdict() != null ? " (" + c.verdict().rating() + ")" : "")
                + (c.assignee() != null ? ", assignee " + c.assignee() : ""));
        return Commands.OK;
    }

    /** {@code LOCATION|WHAT IT SHOWS|YYYY-MM-DD}; the date defaults to today. */
    static Source source(String text) throws Stop {
        String[] p = text.split("\\|", -1);
        if (p.length < 2 || p.length > 3 || p[0].isBlank() || p[1].isBlank()) {
            throw new Stop(Commands.USAGE, "--source needs \"URL-OR-DOCUMENT|what it shows|YYYY-MM-DD\" (date optional), not \"" + text + "\"");
        }
        LocalDate accessed;
        try {
            accessed = p.length == 3 && !p[2].isBlank() ? LocalDate.parse(p[2].strip()) : LocalDate.now();
        } catch (DateTimeParseException e) {
            throw new Stop(Commands.USAGE, "--source date \"" + p[2] + "\" is not YYYY-MM-DD");
        }
        return new Source(p[0].strip(), p[1].strip(), accessed);
    }

    private static void printCase(Case c, PrintStream out) {
        out.println(c.id() + "  " + state(c) + (c.assignee() != null ? ", assignee " + c.assignee() : ""));
        out.println("claim: " + oneLine(c.claimReviewed(), 300));
        if (c.claims().size() > 1) {
            out.println("       (" + c.claims().size() + " claims with this text)");
        }
        var a = c.appearance();
        for (var w : java.util.stream.Stream.concat(java.util.stream.Stream.of(a), c.alsoIn().stream()).toList()) {
            out.println((w == a ? "where: " : "also:  ") + (w.headline() != null ? "\"" + w.headline() + "\" " : "") + (w.url() != null ? w.url() : "(no URL)")
                    + (w.author() != null ? ", by " + w.author() : "") + (w.published() != null ? ", " + w.published() : ""));
        }
        if (!c.suggestions().isEmpty()) {
            out.println("suggestions (attach with: factdesk case attach " + c.id() + " N):");
            int i = 1;
            for (Finding f : c.suggestions()) {
                out.printf(Locale.ROOT, "  %d. %-13s %.2f %s [%s %s]%n", i++, f.stance(), f.confidence(), oneLine(f.summary(), 90), f.checker(), f.version());
            }
        }
        for (Finding f : c.evidence()) {
            out.printf("evidence: %s [%s %s]%n", oneLine(f.summary(), 90), f.checker(), f.version());
        }
        if (c.verdict() != null) {
            out.println("verdict: " + c.verdict().rating() + " by " + c.verdict().proposedBy() + ": " + c.verdict().rationale());
            for (Source s : c.verdict().sources()) {
                out.println("  source: " + s.location() + " | " + s.shows() + " | accessed " + s.accessed());
            }
        }
        c.rejections().forEach(r -> out.println("rejected by " + r.by() + ": " + r.comment()));
        if (c.signOff() != null) {
            out.println("signed off by " + c.signOff().editor() + " at " + c.signOff().at());
        }
        if (c.publication() != null) {
            out.println("published at " + c.publication().url() + " (" + c.publication().at() + ")");
        }
        c.corrections().forEach(k -> out.println("correction by " + k.by() + ": " + k.reason()
                + (k.republishedAt() != null ? " (" + k.previousRating() + " -> " + k.newRating() + ")" : " (open)")));
    }

    // --- the desk's rules

    private int desk(Args args, Context ctx, PrintStream out, PrintStream err) throws WorkflowException, Stop, IOException {
        String sub = args.next("desk needs show or configure");
        if (sub.equals("show")) {
            boolean json = args.flag("--json");
            args.done();
            return withDesk(ctx, Access.READ_ONLY, true, err, s -> {
                DeskRules r = s.rules();
                if (json) {
                    out.println(mapper().writeValueAsString(r));
                    return Commands.OK;
                }
                out.println("organization: " + (r.organization().isBlank() ? "(not set: desk configure --organization NAME --organization-url URL)"
                        : r.organization() + " <" + r.organizationUrl() + ">"));
                out.println("four eyes: " + (r.fourEyes() ? "on (the editor who signs off is not the proposer)" : "off"));
                out.println("rating scale (best " + r.scale().best() + ", worst " + r.scale().worst() + "):");
                r.scale().ratings().forEach(x -> out.printf("  %-14s %-14s %s%n", x.id(), x.ratingValue() == null ? "(no value)" : x.ratingValue(), x.label()));
                return Commands.OK;
            });
        }
        if (!sub.equals("configure")) {
            throw new Stop(Commands.USAGE, "unknown desk command \"" + sub + "\" (show, configure)");
        }
        String fourEyes = args.option("--four-eyes");
        String org = args.option("--organization");
        String orgUrl = args.option("--organization-url");
        String scaleFile = args.option("--scale");
        args.done();
        if (fourEyes != null && !fourEyes.equals("on") && !fourEyes.equals("off")) {
            throw new Stop(Commands.USAGE, "--four-eyes is on or off, not \"" + fourEyes + "\"");
        }
        RatingScale scale = null;
        if (scaleFile != null) {
            scale = scale(scaleFile);
        }
        String actor = actor(ctx);
        RatingScale newScale = scale;
        return withDesk(ctx, Access.WRITE, true, err, s -> {
            DeskRules r = s.rules();
            DeskRules next = new DeskRules(fourEyes == null ? r.fourEyes() : fourEyes.equals("on"), newScale == null ? r.scale() : newScale,
                    org == null ? r.organization() : org, orgUrl == null ? r.organizationUrl() : orgUrl);
            s.configure(actor, next);
            out.println("desk configured");
            return Commands.OK;
        });
    }

    /**
     * A rating scale file, each field checked so that a mistake is named where it is:
     * {@code {"ratings":[{"id":"false","label":"False","ratingValue":1,"alternateName":"False"}, ...]}};
     * {@code ratingValue} may be null (a rating outside the numeric scale, such as "unverifiable").
     */
    private RatingScale scale(String file) throws Stop {
        com.fasterxml.jackson.databind.JsonNode doc;
        try {
            doc = mapper().readTree(cwd.resolve(file).toFile());
        } catch (IOException e) {
            throw new Stop(Commands.INPUT_FAILED, file + ": not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        String shape = " (a rating scale is {\"ratings\":[{\"id\",\"label\",\"ratingValue\",\"alternateName\"}, ...]}; see README)";
        if (doc == null || !doc.path("ratings").isArray() || doc.path("ratings").isEmpty()) {
            throw new Stop(Commands.INPUT_FAILED, file + ": no \"ratings\" list" + shape);
        }
        List<org.factdesk.api.desk.Rating> ratings = new ArrayList<>();
        for (int i = 0; i < doc.path("ratings").size(); i++) {
            com.fasterxml.jackson.databind.JsonNode r = doc.path("ratings").get(i);
            String where = file + ": ratings[" + i + "]";
            for (String field : List.of("id", "label", "alternateName")) {
                if (!r.path(field).isTextual() || r.path(field).asText().isBlank()) {
                    throw new Stop(Commands.INPUT_FAILED, where + "." + field + ": " + (r.has(field) ? "must be a non-empty string" : "missing") + shape);
                }
            }
            com.fasterxml.jackson.databind.JsonNode value = r.path("ratingValue");
            if (!value.isMissingNode() && !value.isNull() && !value.canConvertToExactIntegral()) {
                throw new Stop(Commands.INPUT_FAILED, where + ".ratingValue: must be a whole number or null, not " + value);
            }
            ratings.add(new org.factdesk.api.desk.Rating(r.get("id").asText(), r.get("label").asText(),
                    value.isMissingNode() || value.isNull() ? null : value.intValue(), r.get("alternateName").asText()));
        }
        try {
            return new RatingScale(ratings);
        } catch (IllegalArgumentException e) {
            throw new Stop(Commands.INPUT_FAILED, file + ": " + e.getMessage());
        }
    }

    // --- export

    private int export(Args args, Context ctx, PrintStream out, PrintStream err) throws WorkflowException, Stop, IOException {
        String format = args.next("export needs a format (factdesk exporters lists them)");
        String outOption = args.option("--out");
        List<String> ids = args.rest();
        Exporter exporter;
        try {
            exporter = exports.exporter(format);
        } catch (UnknownFormatException e) {
            throw new Stop(Commands.USAGE, e.getMessage());
        }
        Path target = outOption == null ? null : cwd.resolve(outOption);
        // --out DIR/ names a folder even before it exists (the path itself forgets the slash)
        boolean folder = outOption != null && (outOption.endsWith("/") || outOption.endsWith(java.io.File.separator));
        return withDesk(ctx, Access.READ_ONLY, true, err, s -> {
            if (folder) {
                Files.createDirectories(target);
            }
            List<FactCheck> checks = exports.factChecks(s, ids);
            if (exporter.perCase() && target == null && checks.size() != 1) {
                throw new Stop(Commands.USAGE, "export " + exporter.format() + " writes one file per case: give one case, or --out DIR");
            }
            ExportOutcome done;
            try {
                done = target == null ? exports.export(exporter, checks, out) : exports.export(exporter, checks, target);
            } catch (ExportException e) {
                throw new Stop(Commands.INPUT_FAILED, e.getMessage());
            }
            if (exporter.perCase()) {
                done.files().forEach(f -> out.println("wrote " + cwd.relativize(f.toAbsolutePath())));
            }
            if (ids.isEmpty()) {
                if (done.skipped() > 0) {
                    err.println("factdesk: " + done.skipped() + " of " + checks.size() + " cases cannot be exported as " + exporter.format()
                            + " (for ClaimReview: not published)");
                }
                return Commands.OK;
            }
            done.problems().forEach(p -> err.println("factdesk: " + p.message()));
            return done.problems().isEmpty() ? Commands.OK : Commands.INPUT_FAILED;
        });
    }

    // --- audit

    private int audit(Args args, Context ctx, PrintStream out, PrintStream err) throws WorkflowException, Stop, IOException {
        String sub = args.next("audit needs verify");
        if (!sub.equals("verify")) {
            throw new Stop(Commands.USAGE, "unknown audit command \"" + sub + "\" (verify)");
        }
        boolean json = args.flag("--json");
        args.done();
        return withDesk(ctx, Access.READ_ONLY, true, err, s -> {
            AuditReport r = s.audit();
            if (json) {
                out.println(mapper().writeValueAsString(r));
            } else {
                r.checks().forEach(c -> out.println("  " + c));
                out.println(r.intact() ? "workspace " + s.workspace() + " verifies: " + r.entries() + " entries, head " + r.head()
                        : "DOES NOT VERIFY: " + r.problem());
            }
            return r.intact() ? Commands.OK : Commands.INPUT_FAILED;
        });
    }

    // --- helpers

    private static String state(Case c) {
        return c.state().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String oneLine(String s, int max) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= max ? t : t.substring(0, max - 3) + "...";
    }

    private ObjectMapper mapper() {
        if (mapper == null) {
            mapper = new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        }
        return mapper;
    }
}

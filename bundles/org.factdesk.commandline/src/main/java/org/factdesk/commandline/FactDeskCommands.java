package org.factdesk.commandline;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Every FactDesk command, as the help shows it. */
final class FactDeskCommands {

    private FactDeskCommands() {
    }

    private static final String FOLLOW_LINKS = "read the files that links in folders lead to outside them (skipped by default, "
            + "so that a link planted in an inbox cannot make the desk read another file)";
    private static final String STRICT = "refuse articles an importer read with a warning (a ninjs item that breaks its "
            + "schema in properties FactDesk does not read, a page that declares the wrong encoding ...) instead of taking them";
    private static final String INPUTS = "articles to read: files, folders (read recursively; hidden files and folders are skipped "
            + "unless --hidden), http(s) URLs, - for standard input, or a quoted glob ('copy/**/*.html') that FactDesk expands";
    private static final String MIN_SCORE = "leave out claims scoring below S (0 to 1)";
    private static final String THREADS = "articles checked at once (default: the machine's cores); output keeps the input order";
    private static final String[] STATES = {"detected", "selected", "in-review", "verdict-proposed", "signed-off", "published"};
    private static final String[] ROLES = {"fact-checker", "editor", "admin"};

    static CommandSpec root() {
        Cmd root = Cmd.root("FactDesk: find the check-worthy claims in articles, check them, and take each fact-check "
                + "through review and sign-off to ClaimReview.", "Run 'factdesk COMMAND --help' for a command's options and examples.");
        root.spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("FactDesk's, Felix's and Java's versions (answered without starting the framework)").build());
        root.sub(check(), gate(), importer(), caseCommand(), user(), desk(), export(), exporters(), audit(),
                checkers(), new Cmd("enable", "Switch a checker on again, lastingly (also brings a quarantined checker back).")
                        .argument("ID", "1", "the checker's id (see factdesk checkers)").example("factdesk enable org.factdesk.checker.figures", ""),
                new Cmd("disable", "Switch a checker off, lastingly.").argument("ID", "1", "the checker's id (see factdesk checkers)")
                        .argument("REASON", "0..*", "why, shown to users").example("factdesk disable org.factdesk.checker.priors too slow for the live desk", ""),
                plugins(), new Cmd("install", "Copy bundles into the plugins folder; a newer version of a plugin replaces the old one.")
                        .argument("JAR", "1..*", "bundle jars").example("factdesk install superlatives-checker-1.0.0.jar", ""),
                new Cmd("update", "Replace plugins by newer jars (as install does).").argument("JAR", "1..*", "bundle jars"),
                new Cmd("remove", "Take plugins out of the plugins folder.").argument("NAME", "1..*", "plugin file names or symbolic names")
                        .example("factdesk remove org.example.checker.template", ""),
                formats(), config(), run(), new Cmd("shell", "An interactive Gogo shell with every command (factdesk:check, case, ...); "
                        + "'help' lists them, 'exit' leaves.").example("factdesk --workspace desk shell", ""),
                new Cmd("gui", "The desktop workbench: import, triage, check, review and export in one window.")
                        .example("factdesk gui --workspace desk --as ana", "open the workbench on the workspace desk, working as ana"),
                new Cmd("train", "Retrain the check-worthiness model from the ClaimBuster data (then rebuild to ship it).")
                        .argument("CLAIMBUSTER_DIR", "1", "the ClaimBuster data folder").argument("MODEL_FILE", "0..1", "where the model goes (default: the claims bundle's model source)"),
                new Cmd("evaluate", "Measure the claim extractor on labelled data and rewrite its part of docs/accuracy.md.")
                        .argument("DATA_DIR", "1", "the data folder").argument("REPORT_FILE", "0..1", "the report to rewrite (default: docs/accuracy.md)"),
                new Cmd("completion", "A completion script for bash or zsh, generated from this command model.")
                        .argument("SHELL", "1", "bash or zsh", "bash", "zsh")
                        .example("source <(factdesk completion bash)", "completion in this bash session (add it to ~/.bashrc to keep it)")
                        .example("factdesk completion zsh > ~/.zfunc/factdesk.zsh", "for zsh: source the file from ~/.zshrc"),
                new Cmd("help", "The help of a command.").argument("COMMAND", "0..*", "the command, e.g. case propose").example("factdesk help case propose", ""));
        root.footer("", "exit codes:", "  0    done", "  1    some inputs failed (the others were processed), or the audit found a problem",
                "  2    bad usage: unknown command or option, a missing or malformed value", "  3    internal error",
                "  4    refused by a workflow rule, or the workspace is in use", "  5    the gate failed: check-worthy claims without a signed-off verdict",
                "  74   standard output cannot be written (a full disk)", "  141  standard output was closed (a pipe whose reader left)",
                "  143  stopped by SIGTERM or Ctrl-C before the end");
        return root.done();
    }

    private static Cmd check() {
        return new Cmd("check", "Find the check-worthy claims in articles and run every active checker on them. "
                + "Nothing is saved: see import for the workspace.")
                .flag("--json", "one JSON document per article, one per line (JSON lines); see docs/json.md")
                .flag("--pretty", "indented JSON (with --json)")
                .option("--min-score", "S", MIN_SCORE)
                .option("--threads", "N", THREADS)
                .option("--resume", "STATE", "record each article done in STATE and skip those already there (after a kill, run the same command again)")
                .flag("--hidden", "read hidden files and folders too")
                .flag("--follow-links", FOLLOW_LINKS)
                .flag("--strict", STRICT)
                .argument("INPUT", "1..*", INPUTS)
                .example("factdesk check samples/000_1f3bc55f528ba35c.txt", "the claims and findings of one article, as text")
                .example("factdesk check --json --min-score 0.5 copy/ | jq -r '.claims[].text'", "the check-worthy sentences of a folder of articles")
                .example("curl -s https://example.org/feed.xml | factdesk check --json -", "an RSS or Atom feed from standard input")
                .example("factdesk check --json --resume day.state 'copy/**/*.html' >> day.jsonl", "a batch that can be killed and run again");
    }

    private static Cmd gate() {
        return new Cmd("gate", "The publication gate: exits 5 and lists the check-worthy claims of these articles that have no signed-off "
                + "verdict in the workspace; exits 0 when every one has.")
                .option("--min-score", "S", "the claims that count: score at least S (default: 0.5, as import)")
                .flag("--json", "one JSON document: passed, and each claim that holds the gate")
                .option("--threads", "N", THREADS)
                .flag("--hidden", "read hidden files and folders too")
                .flag("--follow-links", FOLLOW_LINKS)
                .flag("--strict", STRICT)
                .argument("INPUT", "1..*", INPUTS)
                .example("factdesk gate --workspace desk story.html && publish story.html", "publish only when every check-worthy claim is signed off")
                .example("factdesk gate --json copy/ | jq '.unreviewed[] | .case'", "the cases still open, for a CI report");
    }

    private static Cmd importer() {
        return new Cmd("import", "Check articles and open a case in the workspace for each check-worthy claim. An article already in the "
                + "workspace (the same content) is skipped, so an interrupted import is finished by running it again.")
                .option("--min-score", "S", "open cases for claims scoring at least S (default: 0.5)")
                .option("--url", "URL", "where the article was published (one input)")
                .option("--publisher", "NAME", "who published it")
                .option("--published", "DATE", "when: YYYY-MM-DD (one input)")
                .option("--threads", "N", "articles checked at once (default: the machine's cores); they are written into the "
                        + "workspace in input order")
                .flag("--json", "one JSON document per article (JSON lines): its id, location and the cases opened")
                .flag("--hidden", "read hidden files and folders too")
                .flag("--follow-links", FOLLOW_LINKS)
                .flag("--strict", STRICT)
                .argument("INPUT", "1..*", INPUTS)
                .example("factdesk --as ana import --url https://example.org/story story.html", "import one article with its address")
                .example("factdesk --as ana import --json copy/ | jq -r '.opened[].id'", "the cases opened for a folder");
    }

    private static Cmd caseCommand() {
        return new Cmd("case", "The fact-check workflow: a case for each check-worthy claim, from selection to publication.")
                .sub(new Cmd("list", "The cases, with state, rating, assignee and claim.")
                        .option("--state", "STATE", "only cases in this state: " + String.join(", ", STATES), STATES)
                        .flag("--json", "a JSON array of the cases")
                        .example("factdesk case list --state verdict-proposed", "what waits for an editor"),
                        new Cmd("show", "One case: claim, where it appeared, suggestions, evidence, verdict, sign-off and history.")
                                .argument("ID", "1", "the case id (C-1 ...)").flag("--json", "the case and its history as JSON"),
                        new Cmd("history", "The journal entries of one case.").argument("ID", "1", "the case id").flag("--json", "the case and its history as JSON"),
                        new Cmd("select", "Select a detected case for checking.").argument("ID", "1", "the case id"),
                        new Cmd("assign", "Give a case to a fact-checker.").argument("ID", "1", "the case id").option("--to", "USER", "who (default: yourself)"),
                        new Cmd("attach", "Attach a checker's suggestion to the case's evidence.").argument("ID", "1", "the case id")
                                .argument("N", "1", "the suggestion's number (see case show)"),
                        new Cmd("propose", "Propose a verdict, with its rationale and sources.").argument("ID", "1", "the case id")
                                .required("--rating", "RATING", "a rating of the desk's scale (see desk show)")
                                .required("--rationale", "TEXT", "why")
                                .repeated("--source", "SOURCE", "URL-OR-DOCUMENT|what it shows|YYYY-MM-DD (date optional); repeat for more")
                                .example("factdesk --as ana case propose C-3 --rating false --rationale 'ONS: 4.1 percent, not 3'\n"
                                        + "--source 'https://ons.gov.uk/lms|4.1 percent in October|2026-11-02'", ""),
                        new Cmd("reject", "Send a proposed verdict back (editor).").argument("ID", "1", "the case id").option("--comment", "TEXT", "what to change"),
                        new Cmd("signoff", "Sign off a proposed verdict (editor; not your own when the desk has four eyes).").argument("ID", "1", "the case id")
                                .example("factdesk --as ben case signoff C-3", ""),
                        new Cmd("publish", "Record where the fact-check was published.").argument("ID", "1", "the case id").option("--url", "URL", "the fact-check's address"),
                        new Cmd("correct", "Reopen a published fact-check for a correction.").argument("ID", "1", "the case id").option("--reason", "TEXT", "what was wrong"));
    }

    private static Cmd user() {
        return new Cmd("user", "The people at the desk.")
                .sub(new Cmd("add", "Add a person (the first one is an admin adding themselves).").argument("ID", "1", "their user name")
                        .required("--name", "NAME", "their full name").required("--role", "ROLE", String.join(", ", ROLES), ROLES)
                        .option("--public-key", "FILE", "the public key they made with 'user key new' on their own machine (without it, "
                                + "their key pair is made here, in --keys: for a desk on one machine)")
                        .example("factdesk --as ana user add ana --name 'Ana Ruiz' --role admin", "the first person, adding herself")
                        .example("factdesk --as ana user add ben --name 'Ben Okafor' --role editor --public-key ben.pub", "Ben's key stays on his machine"),
                        new Cmd("list", "The people, their roles and key fingerprints.").flag("--json", "a JSON array"),
                        new Cmd("role", "Change a person's role (admins only; the desk keeps at least one admin).").argument("ID", "1", "their user name")
                                .argument("ROLE", "1", String.join(", ", ROLES), ROLES).example("factdesk --as ana user role ben admin", ""),
                        new Cmd("key", "A person's signing key.").sub(
                                new Cmd("new", "Make your key pair in your key folder (--keys) and print the public key, for an admin to register.")
                                        .argument("ID", "1", "your user name").example("factdesk --keys ~/.factdesk/keys user key new ben > ben.pub", ""),
                                new Cmd("set", "Register a new public key (yourself, signed with your old key, or an admin for anyone).")
                                        .argument("ID", "1", "whose key").required("--public-key", "FILE", "the new public key (from 'user key new')"),
                                new Cmd("revoke", "Revoke a key (lost or stolen): its holder cannot act until an admin sets a new one.")
                                        .argument("ID", "1", "whose key")));
    }

    private static Cmd desk() {
        return new Cmd("desk", "The desk's rules: four eyes, organization, rating scale.")
                .sub(new Cmd("show", "The desk's rules and rating scale.").flag("--json", "as JSON"),
                        new Cmd("configure", "Change the desk's rules (admin).").option("--four-eyes", "on|off", "sign-off by someone other than the proposer", "on", "off")
                                .option("--organization", "NAME", "the fact-checking organization (ClaimReview author)")
                                .option("--organization-url", "URL", "its address").option("--scale", "FILE", "a rating scale (JSON)")
                                .example("factdesk --as ana desk configure --four-eyes on --organization 'Example Checks'", ""));
    }

    private static Cmd export() {
        return new Cmd("export", "Export fact-checks: ClaimReview JSON-LD, reports, CSV ...")
                .argument("FORMAT", "1", "the format (see factdesk exporters)").argument("ID", "0..*", "case ids (default: every case the format takes)")
                .option("--out", "PATH", "a file or folder (default: standard output); PATH/ is a folder, made if need be")
                .example("factdesk export claimreview C-3", "the ClaimReview of a published case")
                .example("factdesk export report-html --out report.html", "");
    }

    private static Cmd exporters() {
        return new Cmd("exporters", "The export formats.").flag("--json", "a JSON array");
    }

    private static Cmd audit() {
        return new Cmd("audit", "Check the workspace can be trusted.")
                .sub(new Cmd("verify", "Check the journal's hash chain, the sign-off signatures and the stored articles; exits 1 on a problem.")
                        .flag("--json", "the findings as JSON").example("factdesk audit verify --json | jq .ok", ""));
    }

    private static Cmd checkers() {
        return new Cmd("checkers", "The checkers with their versions, state and the claims they take.").flag("--json", "a JSON array");
    }

    private static Cmd plugins() {
        return new Cmd("plugins", "The plugins folder: files, bundles, versions, state.").flag("--json", "as JSON");
    }

    private static Cmd formats() {
        return new Cmd("formats", "The article formats that can be imported.").flag("--json", "a JSON array");
    }

    private static Cmd config() {
        String pid = "the configuration's PID (see config list)";
        return new Cmd("config", "The desk's configuration, checked against each component's settings; kept in the configuration folder.")
                .sub(new Cmd("list", "The configurations and what can be configured.").flag("--json", "as JSON"),
                        new Cmd("show", "One configuration with its settings.").argument("PID", "1", pid).flag("--json", "as JSON"),
                        new Cmd("set", "Set values; FACTORY~NAME makes one more instance of a factory.").argument("PID", "1", pid)
                                .argument("KEY=VALUE", "1..*", "the settings").example("factdesk config set org.factdesk.intake url.timeout.seconds=10", ""),
                        new Cmd("unset", "Remove settings (back to their defaults).").argument("PID", "1", pid).argument("KEY", "1..*", "the settings"),
                        new Cmd("delete", "Delete a configuration.").argument("PID", "1", pid));
    }

    private static Cmd run() {
        return new Cmd("run", "Run a Gogo script, then stop. Only what the commands print is printed; the first failing line ends "
                + "the run with its line number and exit code, unless --keep-going.")
                .flag("--keep-going", "run the other lines after a failing one; the exit code is the first failure's")
                .argument("SCRIPT", "1", "the script (.gosh)")
                .example("factdesk --as ana run morning.gosh", "a script of factdesk:import, case ... lines");
    }
}

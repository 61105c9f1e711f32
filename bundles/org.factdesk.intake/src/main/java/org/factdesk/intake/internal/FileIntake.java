package org.factdesk.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.factdesk.api.article.Article;
import org.factdesk.api.article.ImportException;
import org.factdesk.api.article.ImportSource;
import org.factdesk.api.intake.InputProblem;
import org.factdesk.api.intake.Intake;
import org.factdesk.api.intake.Receiver;
import org.factdesk.api.intake.Request;
import org.factdesk.api.intake.Summary;
import org.factdesk.api.job.CancelledException;
import org.factdesk.api.job.Monitor;
import org.factdesk.api.pipeline.Importers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Lists the inputs into sources (a directory into its files), then reads each source with the
 * importers, in order. Listing first gives the monitor its total; a failed listing keeps its place
 * in the order, so problems are reported where the shell always reported them.
 */
@Component(configurationPid = FileIntake.PID)
@Designate(ocd = FileIntake.Config.class)
public class FileIntake implements Intake {

    static final String PID = "org.factdesk.intake";

    @ObjectClassDefinition(name = "FactDesk intake", description = "How inputs named by URL are fetched.")
    public @interface Config {
        @AttributeDefinition(name = "URL time limit (seconds)", description = "Time limit, in seconds, to connect to a URL and to get its response.", min = "1")
        int url_timeout_seconds() default 30;

        @AttributeDefinition(name = "URL size limit (bytes)", description = "The largest content a URL may have, in bytes (64 MiB by default).", min = "1")
        long url_max_bytes() default 64L << 20;
    }

    private final Importers importers;
    private final UrlFetcher urls;

    @Activate
    public FileIntake(@Reference(name = "importers") Importers importers, Config config) {
        this(importers, Duration.ofSeconds(config.url_timeout_seconds()), config.url_max_bytes());
    }

    FileIntake(Importers importers, Duration urlTimeout, long urlMaxBytes) {
        this.importers = Objects.requireNonNull(importers, "importers");
        this.urls = new UrlFetcher(urlTimeout, urlMaxBytes);
    }

    /** One thing to read, or an input that could not even be listed. */
    private interface Step {
        String input();
    }

    private record FileStep(String input, String location, Path file) implements Step {
    }

    private record UrlStep(String input) implements Step {
    }

    private record StdinStep(String input) implements Step {
    }

    private record Failed(InputProblem problem) implements Step {
        @Override
        public String input() {
            return problem.input();
        }
    }

    @Override
    public <X extends Exception> Summary read(Request request, Receiver<X> receiver, Monitor monitor) throws X, CancelledException {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(monitor, "monitor");
        List<String> inputs = request.inputs();
        monitor.begin("Listing " + count(inputs.size(), "input"), -1);
        List<Step> steps = new ArrayList<>();
        for (String input : inputs) {
            monitor.checkCancelled();
            monitor.message(input);
            list(input, request.workingDirectory(), monitor, steps);
        }
        monitor.begin("Reading " + count(steps.size(), "source"), steps.size());
        int articles = 0;
        List<InputProblem> problems = new ArrayList<>();
        for (Step step : steps) {
            monitor.checkCancelled();
            InputProblem problem = step instanceof Failed f ? f.problem() : null;
            if (problem == null) {
                ImportSource source = null;
                List<Article> read = List.of();
                monitor.message(step instanceof FileStep f ? f.location() : step.input());
                try {
                    source = open(step, request, monitor);
                    read = importers.read(source);
                } catch (Unreadable e) {
                    problem = e.problem;
                } catch (ImportException e) {
                    monitor.checkCancelled(); // a read cut short by the interrupt is a cancel, not a bad file
                    problem = new InputProblem(step.input(), e.location(), e.describe());
                }
                for (Article a : read) {
                    monitor.checkCancelled();
                    receiver.article(source.location(), a);
                    articles++;
                }
            }
            if (problem != null) {
                problems.add(problem);
                receiver.problem(problem);
            }
            monitor.worked(1);
        }
        return new Summary(steps.size(), articles, problems);
    }

    /** Appends the sources of one input: itself, or every file under a directory, or why it has none. */
    private static void list(String input, Path cwd, Monitor monitor, List<Step> steps) throws CancelledException {
        if (input.equals("-")) {
            steps.add(new StdinStep(input));
            return;
        }
        if (UrlFetcher.isUrl(input)) {
            steps.add(new UrlStep(input));
            return;
        }
        Path path;
        try {
            path = cwd.resolve(input);
        } catch (java.nio.file.InvalidPathException e) {
            steps.add(new Failed(new InputProblem(input, input, input + ": not a valid path: " + e.getReason())));
            return;
        }
        if (!Files.isDirectory(path)) {
            steps.add(new FileStep(input, input, path));
            return;
        }
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(path) && dir.getFileName().toString().startsWith(".")) {
                        return FileVisitResult.SKIP_SUBTREE; // .git, .cache: never articles; a hidden folder named is read
                    }
                    return cancelled(monitor) ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    // as Files.isRegularFile does: a link to a file counts, a link to a directory is not followed
                    if (!file.getFileName().toString().startsWith(".") && Files.isRegularFile(file)) {
                        files.add(file);
                    }
                    return cancelled(monitor) ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    // the wording Files.walk gave: the start's own message, a subdirectory's wrapped (exception class first)
                    throw file.equals(path) ? e : new IOException(e.toString(), e);
                }
            });
        } catch (IOException e) {
            monitor.checkCancelled();
            steps.add(new Failed(new InputProblem(input, input, input + ": cannot list directory: " + e.getMessage())));
            return;
        }
        java.util.Collections.sort(files);
        monitor.checkCancelled();
        if (files.isEmpty()) {
            steps.add(new Failed(new InputProblem(input, input, input + ": directory has no files")));
            return;
        }
        Path typed = Path.of(input);
        for (Path f : files) {
            steps.add(new FileStep(input, typed.resolve(path.relativize(f)).toString(), f));
        }
    }

    private static boolean cancelled(Monitor monitor) {
        return monitor.isCancelled() || Thread.currentThread().isInterrupted();
    }

    /** Why a source could not be opened (standard input, a URL). */
    private static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        final transient InputProblem problem;

        Unreadable(InputProblem problem) {
            super(problem.line(), null, false, false);
            this.problem = problem;
        }
    }

    private ImportSource open(Step step, Request request, Monitor monitor) throws Unreadable, CancelledException {
        if (step instanceof FileStep f) {
            return named(f.location(), f.file());
        }
        if (step instanceof UrlStep u) {
            try {
                return urls.fetch(u.input(), monitor);
            } catch (IOException e) {
                monitor.checkCancelled();
                throw new Unreadable(new InputProblem(u.input(), u.input(), u.input() + ": " + e.getMessage()));
            }
        }
        InputStream in = request.standardInput();
        if (in == null) {
            throw new Unreadable(new InputProblem(step.input(), "-", "-: cannot read standard input: there is none"));
        }
        try {
            return ImportSource.of("-", in.readAllBytes());
        } catch (IOException e) {
            monitor.checkCancelled();
            throw new Unreadable(new InputProblem(step.input(), "-", "-: cannot read standard input: " + e.getMessage()));
        }
    }

    /** A file source that reports the name the user typed, and reads the file resolved against the working directory. */
    private static ImportSource named(String name, Path file) {
        ImportSource real = ImportSource.of(file);
        return new ImportSource() {
            @Override
            public String location() {
                return name;
            }

            @Override
            public long size() {
                return real.size();
            }

            @Override
            public InputStream open() throws IOException {
                return real.open();
            }
        };
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}

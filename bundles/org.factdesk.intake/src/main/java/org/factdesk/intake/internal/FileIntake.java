package org.factdesk.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

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
 * Lists the inputs into sources (a directory or a pattern into its files), then reads each source with the
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
            list(input, request, monitor, steps);
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

    /** Appends the sources of one input: itself, every file under a directory or matched by a pattern, or why it has none. */
    private static void list(String input, Request request, Monitor monitor, List<Step> steps) throws CancelledException {
        if (input.equals("-")) {
            steps.add(new StdinStep(input));
            return;
        }
        if (UrlFetcher.isUrl(input)) {
            steps.add(new UrlStep(input));
            return;
        }
        Path cwd = request.workingDirectory();
        if (isGlob(input) && !exists(cwd, input)) {
            glob(input, cwd, request.hidden(), monitor, steps); // quoted, so the shell left it to us (scripts, Windows)
            return;
        }
        Path path;
        try {
            path = cwd.resolve(input);
        } catch (InvalidPathException e) {
            steps.add(new Failed(new InputProblem(input, input, input + ": not a valid path: " + e.getReason())));
            return;
        }
        if (!Files.isDirectory(path)) {
            steps.add(new FileStep(input, input, path));
            return;
        }
        List<Path> files;
        try {
            files = directory(path, request.hidden(), monitor);
        } catch (IOException e) {
            monitor.checkCancelled();
            steps.add(new Failed(new InputProblem(input, input, input + ": cannot list directory: " + e.getMessage())));
            return;
        }
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

    /**
     * Every regular file under {@code dir}, in sorted path order. Hidden files and folders (.git,
     * .cache) are never articles, so they are skipped unless asked for; {@code dir} itself is read
     * even if hidden: it was named. A walk cut short by a cancel returns what it had.
     */
    private static List<Path> directory(Path dir, boolean hidden, Monitor monitor) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                if (!hidden && !d.equals(dir) && isHidden(d)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return onward(monitor);
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                // as Files.isRegularFile does: a link to a file counts, a link to a directory is not followed
                if ((hidden || !isHidden(file)) && Files.isRegularFile(file)) {
                    files.add(file);
                }
                return onward(monitor);
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                // the wording Files.walk gave: the start's own message, a subdirectory's wrapped (exception class first)
                throw file.equals(dir) ? e : new IOException(e.toString(), e);
            }
        });
        Collections.sort(files);
        return files;
    }

    /** What makes an input a pattern, as in the shell (a backslash only escapes within one). */
    private static final String GLOB = "*?[{";

    private static boolean isGlob(String input) {
        return input.chars().anyMatch(c -> GLOB.indexOf(c) >= 0);
    }

    /** Whether something is there by that name: then {@code a[1].txt} is that file, not a pattern. */
    private static boolean exists(Path cwd, String input) {
        try {
            return Files.exists(cwd.resolve(input), LinkOption.NOFOLLOW_LINKS);
        } catch (InvalidPathException e) {
            return false; // '*' is not a valid name on Windows: surely a pattern
        }
    }

    /**
     * Appends the files a pattern matches, in sorted path order, as java's glob syntax has it:
     * {@code *} within one folder, {@code **} across folders (and {@code **}{@code /} across none too). A directory matched is read as a
     * directory input is. The walk starts at the pattern's literal folders ({@code articles/} of
     * {@code articles/**}{@code /*.html}) and goes no deeper than the pattern can reach, so that
     * {@code *.txt} does not walk a whole home directory. Hidden names are matched only if asked
     * for, or if the pattern spells them ({@code .drafts/*.txt}, {@code docs/.*}).
     */
    private static void glob(String input, Path cwd, boolean hidden, Monitor monitor, List<Step> steps) throws CancelledException {
        FileSystem fs = cwd.getFileSystem();
        String separators = "/" + fs.getSeparator();
        int cut = 0; // just after the last separator before the first glob character
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (GLOB.indexOf(c) >= 0 || (c == '\\' && separators.indexOf(c) < 0)) { // a backslash escape starts the pattern too
                break;
            }
            if (separators.indexOf(c) >= 0) {
                cut = i + 1;
            }
        }
        String prefix = input.substring(0, cut);
        String pattern = input.substring(cut);
        Path base;
        PathMatcher matcher;
        try {
            base = cwd.resolve(prefix);
            PathMatcher java = fs.getPathMatcher("glob:" + pattern);
            // **/ also stands for no folder at all, as in bash's globstar and git: copy/**/*.html takes copy/a.html
            PathMatcher none = pattern.contains("**/") ? fs.getPathMatcher("glob:" + pattern.replace("**/", "")) : java;
            matcher = p -> java.matches(p) || none.matches(p);
        } catch (InvalidPathException e) {
            steps.add(new Failed(new InputProblem(input, input, input + ": not a valid path: " + e.getReason())));
            return;
        } catch (PatternSyntaxException e) {
            steps.add(new Failed(new InputProblem(input, input, "'" + input + "': not a valid pattern: " + e.getDescription())));
            return;
        }
        // the parts of the pattern that spell a hidden name: .drafts, .*
        List<PathMatcher> spelled = new ArrayList<>();
        for (String part : pattern.replace(fs.getSeparator(), "/").split("/")) {
            if (part.startsWith(".")) {
                try {
                    spelled.add(fs.getPathMatcher("glob:" + part));
                } catch (PatternSyntaxException e) {
                    // a brace that spans folders ({.a/x,b}): the whole pattern still matches, this part alone names nothing
                }
            }
        }
        int depth = pattern.contains("**") ? Integer.MAX_VALUE : (int) pattern.chars().filter(c -> separators.indexOf(c) >= 0).count() + 1;
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(base)) {
            try {
                Files.walkFileTree(base, Set.of(), depth, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                        return dir.equals(base) ? onward(monitor) : visit(dir, attrs);
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        return visit(file, attrs); // directories at the depth limit come here too
                    }

                    private FileVisitResult visit(Path p, BasicFileAttributes attrs) throws IOException {
                        Path name = p.getFileName();
                        if (!hidden && isHidden(name) && spelled.stream().noneMatch(m -> m.matches(name))) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        if (!matcher.matches(base.relativize(p))) {
                            return onward(monitor);
                        }
                        if (attrs.isDirectory()) {
                            files.addAll(directory(p, hidden, monitor));
                            return cancelled(monitor) ? FileVisitResult.TERMINATE : FileVisitResult.SKIP_SUBTREE;
                        }
                        if (Files.isRegularFile(p)) { // as in a directory: a link to a file counts
                            files.add(p);
                        }
                        return onward(monitor);
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                        throw e;
                    }
                });
            } catch (IOException e) {
                monitor.checkCancelled();
                IOException cause = e.getCause() instanceof IOException c ? c : e; // unwrapped from a directory's wording
                steps.add(new Failed(new InputProblem(input, input, "'" + input + "': cannot list " + why(cause, prefix, base))));
                return;
            }
        }
        monitor.checkCancelled();
        if (files.isEmpty()) {
            steps.add(new Failed(new InputProblem(input, input, "'" + input + "': no file matches this pattern")));
            return;
        }
        Collections.sort(files);
        for (Path f : files) {
            steps.add(new FileStep(input, prefix + base.relativize(f), f)); // as typed: articles/a.html, /abs/a.txt
        }
    }

    private static boolean isHidden(Path p) {
        return p.getFileName().toString().startsWith(".");
    }

    /** Which file could not be listed, named as typed, and why, in words rather than an exception's name. */
    private static String why(IOException e, String prefix, Path base) {
        if (!(e instanceof FileSystemException f) || f.getFile() == null) {
            return e.getMessage();
        }
        Path file = base.getFileSystem().getPath(f.getFile());
        String where = file.startsWith(base) ? prefix + base.relativize(file) : f.getFile();
        String reason = e instanceof AccessDeniedException ? "permission denied" : f.getReason() != null ? f.getReason() : "cannot read";
        return where + ": " + reason;
    }

    /** Walks on, unless cancelled. */
    private static FileVisitResult onward(Monitor monitor) {
        return cancelled(monitor) ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
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

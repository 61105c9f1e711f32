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
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
import org.osgi.service.component.annotations.Deactivate;
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

        @AttributeDefinition(name = "URL size limit (bytes)", description = "The largest content a URL or standard input may have, in bytes (64 MiB by default).", min = "1")
        long url_max_bytes() default 64L << 20;

        @AttributeDefinition(name = "Input time budget (seconds)", description = "How long reading one input may take, whatever it is (a file, a pipe, standard input, a URL); past it the input is skipped with a line and the next one is read.", min = "1")
        int input_timeout_seconds() default 120;
    }

    private final Importers importers;
    private final UrlFetcher urls;
    private final long maxBytes;
    private final Duration inputBudget;
    /** Reads one input at a time; a read stuck in a call that ignores interrupts (a FIFO, a stalled socket) is left behind on its thread. */
    private final ExecutorService readers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "factdesk-input");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public FileIntake(@Reference(name = "importers") Importers importers, Config config) {
        this(importers, Duration.ofSeconds(config.url_timeout_seconds()), config.url_max_bytes(), Duration.ofSeconds(config.input_timeout_seconds()));
    }

    FileIntake(Importers importers, Duration urlTimeout, long urlMaxBytes) {
        this(importers, urlTimeout, urlMaxBytes, Duration.ofSeconds(120));
    }

    FileIntake(Importers importers, Duration urlTimeout, long urlMaxBytes, Duration inputBudget) {
        this.importers = Objects.requireNonNull(importers, "importers");
        this.urls = new UrlFetcher(urlTimeout, urlMaxBytes);
        this.maxBytes = urlMaxBytes;
        this.inputBudget = inputBudget;
    }

    @Deactivate
    void deactivate() {
        readers.shutdownNow();
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
                monitor.message(where(step));
                try {
                    Map.Entry<ImportSource, List<Article>> done = withinBudget(step, request, monitor);
                    source = done.getKey();
                    read = done.getValue();
                } catch (Unreadable e) {
                    problem = e.problem;
                } catch (ImportException e) {
                    monitor.checkCancelled(); // a read cut short by the interrupt is a cancel, not a bad file
                    problem = new InputProblem(step.input(), e.location(), e.describe());
                }
                for (Article a : read) {
                    monitor.checkCancelled();
                    String warning = request.strict() ? a.metadata().get(Request.WARNING) : null;
                    if (warning != null) { // --strict: read with a warning is not read
                        InputProblem refused = new InputProblem(step.input(), a.source(),
                                a.source() + ": " + a.format() + ": " + warning + "; refused (--strict)");
                        problems.add(refused);
                        receiver.problem(refused);
                        continue;
                    }
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
        if (UrlFetcher.hasScheme(input) && !exists(cwd, input)) {
            steps.add(otherUrl(input));
            return;
        }
        if (isGlob(input) && !exists(cwd, input)) {
            glob(input, cwd, request.hidden(), request.followLinks(), monitor, steps); // quoted, so the shell left it to us (scripts, Windows)
            return;
        }
        Path path;
        try {
            path = cwd.resolve(input);
        } catch (InvalidPathException e) {
            steps.add(new Failed(new InputProblem(input, input, input + ": not a valid path: " + (e.getReason().startsWith("Malformed input")
                    ? "its name cannot be written in this system's file-name encoding (" + System.getProperty("sun.jnu.encoding")
                            + "); run FactDesk with a UTF-8 locale (LC_ALL=C.UTF-8)"
                    : e.getReason()))));
            return;
        }
        if (input.indexOf(UNDECODED) >= 0 && !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            try {
                path = undecoded(path);
            } catch (IOException e) {
                steps.add(new Failed(new InputProblem(input, input, input + ": " + e.getMessage())));
                return;
            }
        }
        if (!Files.isDirectory(path)) {
            steps.add(new FileStep(input, input, path));
            return;
        }
        List<Path> files;
        List<Path> outside = new ArrayList<>();
        try {
            files = directory(path, request.hidden(), monitor, outside);
        } catch (IOException e) {
            monitor.checkCancelled();
            steps.add(new Failed(new InputProblem(input, input, input + ": cannot list directory: " + e.getMessage())));
            return;
        }
        monitor.checkCancelled();
        followed(request.followLinks(), files, outside);
        if (files.isEmpty() && outside.isEmpty()) {
            steps.add(new Failed(new InputProblem(input, input, input + ": directory has no files")));
            return;
        }
        Path typed = Path.of(input);
        List<Step> found = new ArrayList<>();
        for (Path f : files) {
            found.add(new FileStep(input, typed.resolve(path.relativize(f)).toString(), f));
        }
        for (Path link : outside) {
            String where = typed.resolve(path.relativize(link)).toString();
            found.add(new Failed(new InputProblem(input, where, where + ": a link to a file outside " + input
                    + ", not followed (name the file, or use --follow-links, to read it)")));
        }
        found.sort(java.util.Comparator.comparing(st -> st instanceof FileStep f ? f.location() : ((Failed) st).problem().location()));
        steps.addAll(found);
    }

    private static final char UNDECODED = '\uFFFD';

    /**
     * The file a name with bytes that are not UTF-8 ({@code caf\xe9.txt}, Latin-1) means. The JVM
     * decoded the command line with U+FFFD for them, so that name matches no file; the directory's
     * own entries decode the same way and keep their real bytes, so the one entry whose decoded
     * name equals it is the file.
     */
    private static Path undecoded(Path path) throws IOException {
        Path found = path.getRoot();
        for (Path part : path) {
            String name = part.toString();
            if (name.indexOf(UNDECODED) < 0) {
                found = found == null ? part : found.resolve(name);
                continue;
            }
            Path dir = found == null ? Path.of("") : found;
            List<Path> matches = new ArrayList<>();
            try (var entries = Files.newDirectoryStream(dir)) {
                for (Path e : entries) {
                    if (e.getFileName().toString().equals(name)) {
                        matches.add(e);
                    }
                }
            } catch (IOException e) {
                return path; // the parent is not there either: "no such file", as before
            }
            if (matches.isEmpty()) {
                return path;
            }
            if (matches.size() > 1) {
                throw new IOException("its name is not UTF-8 and " + matches.size() + " files in " + dir
                        + " have names that read the same; rename them or name the folder");
            }
            found = matches.get(0);
        }
        return found;
    }

    /** The name an input's lines start with: a file found in a folder by its own path, anything else as typed. */
    private static String where(Step step) {
        return step instanceof FileStep f ? f.location() : step.input();
    }

    /** A {@code file:} URL is read as its file; other schemes (ftp, jar) are said to be unsupported, not "no such file". */
    private static Step otherUrl(String input) {
        String scheme = input.substring(0, input.indexOf(':')).toLowerCase(java.util.Locale.ROOT);
        if (scheme.equals("file")) {
            try {
                return new FileStep(input, input, Path.of(java.net.URI.create(java.net.URI.create(input).toASCIIString())));
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                return new Failed(new InputProblem(input, input, input + ": not a file URL FactDesk can read (file:///absolute/path)"));
            }
        }
        return new Failed(new InputProblem(input, input, input + ": " + scheme
                + ": URLs are not read; FactDesk fetches http and https URLs and reads file: URLs"));
    }

    /**
     * Every regular file under {@code dir}, in sorted path order. Hidden files and folders (.git,
     * .cache) are never articles, so they are skipped unless asked for; {@code dir} itself is read
     * even if hidden: it was named. A walk cut short by a cancel returns what it had.
     */
    private static List<Path> directory(Path dir, boolean hidden, Monitor monitor, List<Path> outside) throws IOException {
        List<Path> files = new ArrayList<>();
        Path real = dir.toRealPath();
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
                    if (attrs.isSymbolicLink() && !within(file, real)) {
                        outside.add(file); // /etc/shadow by way of a link planted in the folder
                    } else {
                        files.add(file);
                    }
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

    /** With --follow-links, the files that links lead to outside the folder are read like the others. */
    private static void followed(boolean followLinks, List<Path> files, List<Path> outside) {
        if (followLinks) {
            files.addAll(outside);
            outside.clear();
        }
        Collections.sort(files);
    }

    private static boolean within(Path link, Path realDir) {
        try {
            return link.toRealPath().startsWith(realDir);
        } catch (IOException e) {
            return false;
        }
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
    private static void glob(String input, Path cwd, boolean hidden, boolean followLinks, Monitor monitor, List<Step> steps)
            throws CancelledException {
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
        List<Path> outside = new ArrayList<>();
        if (Files.isDirectory(base)) {
            try {
                Path realBase = base.toRealPath();
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
                            files.addAll(directory(p, hidden, monitor, outside));
                            return cancelled(monitor) ? FileVisitResult.TERMINATE : FileVisitResult.SKIP_SUBTREE;
                        }
                        if (Files.isRegularFile(p)) { // as in a directory: a link to a file counts, if it stays in the folder
                            (attrs.isSymbolicLink() && !within(p, realBase) ? outside : files).add(p);
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
        if (files.isEmpty() && outside.isEmpty()) {
            steps.add(new Failed(new InputProblem(input, input, "'" + input + "': no file matches this pattern")));
            return;
        }
        followed(followLinks, files, outside);
        for (Path f : files) {
            steps.add(new FileStep(input, prefix + base.relativize(f), f)); // as typed: articles/a.html, /abs/a.txt
        }
        for (Path link : outside) {
            String where = prefix + base.relativize(link);
            steps.add(new Failed(new InputProblem(input, where, where + ": a link to a file outside " + (prefix.isEmpty() ? "." : prefix)
                    + ", not followed (name the file, or use --follow-links, to read it)")));
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

    /**
     * Opens and reads one source on a reader thread and waits for it no longer than the input budget: a
     * pipe or FIFO that never ends, a URL that drips a byte a second, a file that takes forever to parse
     * each get one line, and the inputs after them are still read.
     */
    private Map.Entry<ImportSource, List<Article>> withinBudget(Step step, Request request, Monitor monitor)
            throws Unreadable, ImportException, CancelledException {
        Future<Map.Entry<ImportSource, List<Article>>> reading = readers.submit(() -> {
            ImportSource source = open(step, request, monitor);
            return Map.entry(source, importers.read(source));
        });
        long until = System.nanoTime() + inputBudget.toNanos();
        try {
            while (true) {
                try {
                    return reading.get(Math.max(1, Math.min(100_000_000L, until - System.nanoTime())), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    if (cancelled(monitor)) {
                        reading.cancel(true);
                        monitor.checkCancelled();
                        throw new CancelledException();
                    }
                    if (System.nanoTime() >= until) {
                        reading.cancel(true);
                        String where = where(step);
                        throw new Unreadable(new InputProblem(step.input(), where, where + ": still not read after "
                                + inputBudget.toSeconds() + " s, the time budget for one input (intake input_timeout_seconds); skipped"));
                    }
                }
            }
        } catch (InterruptedException e) {
            reading.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Unreadable u) {
                throw u;
            }
            if (cause instanceof ImportException i) {
                throw i;
            }
            if (cause instanceof CancelledException c) {
                throw c;
            }
            if (cause instanceof OutOfMemoryError) {
                String where = where(step);
                throw new Unreadable(new InputProblem(step.input(), where, where + ": too large to read in the memory the desk has ("
                        + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB); skipped"));
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
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
            byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (data.length > maxBytes) { // /dev/zero, or a pipe that never ends: not read to its end
                throw new Unreadable(new InputProblem(step.input(), "-", "-: standard input is larger than the "
                        + UrlFetcher.limit(maxBytes) + " limit (intake url_max_bytes); not read further"));
            }
            return ImportSource.of("-", data);
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

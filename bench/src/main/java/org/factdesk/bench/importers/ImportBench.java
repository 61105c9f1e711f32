package org.factdesk.bench.importers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.factdesk.measure.ThroughputTable;

/**
 * What the import-throughput mains share: their arguments (a data directory is named, never
 * guessed; a missing one is a one-line error and exit status 2, not a stack trace), importers built
 * through their public component constructors with their default configuration, and the command
 * lines they write into docs/benchmarks.md.
 */
final class ImportBench {

    /** Builds the module and its class path (bench/target/classes, bench/target/lib), from the repository root. */
    static final String BUILD = "mvn -q -o -pl bench package";
    /** How a main is run, from the repository root, after {@link #BUILD}. */
    static final String JAVA = "java -cp 'bench/target/classes:bench/target/lib/*' org.factdesk.bench.importers.";
    /** The in-repository copy of IPTC's ninjs examples (the test kit's fixtures). */
    static final String NINJS_DIR = "bundles/org.factdesk.importer.testkit/src/main/resources/org/factdesk/importer/testkit/ninjs";

    /** The section both the HTML and the feed importer fill, each with its own rows. */
    static final ThroughputTable HTML_FEEDS = new ThroughputTable("import-html-feeds", "## Import throughput: HTML and feeds", 10,
            "bundles/org.factdesk.importer.support,bundles/org.factdesk.importer.html,bundles/org.factdesk.importer.feeds,bench");
    /** The section the ninjs and the PDF benchmarks share, each writing its own block. */
    static final String NINJS_PDF = "import-ninjs-pdf";
    static final String NINJS_PDF_SKELETON = "\n## Import throughput: ninjs and PDF\n\n<!-- ninjs -->\n<!-- /ninjs -->\n\n<!-- pdf -->\n<!-- /pdf -->\n";

    /** A wrong command line: said in one line, exit status 2. */
    static final class UsageError extends Exception {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message);
        }
    }

    /** The body of a main. */
    interface Main {
        void run(String[] args) throws Exception;
    }

    private ImportBench() {
    }

    /** Runs a main; a {@link UsageError} ends it with its message and exit status 2. */
    static void run(String name, String usage, String[] args, Main main) throws Exception {
        try {
            main.run(args);
        } catch (UsageError e) {
            System.err.println(name + ": " + e.getMessage());
            System.err.println("usage: " + JAVA + name + " " + usage);
            System.exit(2);
        }
    }

    /**
     * @param args  the arguments
     * @param count how many there must be
     * @param names what they are, for the message
     */
    static void expect(String[] args, int count, String names) throws UsageError {
        if (args.length != count) {
            throw new UsageError("expected " + count + " argument" + (count == 1 ? "" : "s") + " (" + names + "), got " + args.length);
        }
    }

    /**
     * @param arg  a directory argument
     * @param what what it should hold, for the message
     * @return it, if it is a directory
     */
    static Path directory(String arg, String what) throws UsageError {
        Path dir = Path.of(arg);
        if (!Files.isDirectory(dir)) {
            throw new UsageError(dir.toAbsolutePath().normalize() + " is not a directory (" + what + ")");
        }
        return dir;
    }

    /**
     * The Wikinews article texts: {@code dir/articles/*.txt} (the data set's layout) or {@code dir/*.txt}.
     *
     * @param arg the directory argument
     * @return the article files, sorted
     */
    static List<Path> wikinewsArticles(String arg) throws UsageError {
        Path dir = directory(arg, "the Wikinews articles, *.txt, or the folder whose articles/ holds them");
        Path articles = Files.isDirectory(dir.resolve("articles")) ? dir.resolve("articles") : dir;
        try (Stream<Path> files = Files.list(articles)) {
            List<Path> out = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            if (out.isEmpty()) {
                throw new UsageError("no Wikinews articles (*.txt) in " + articles.toAbsolutePath().normalize());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + articles, e);
        }
    }

    /**
     * @param arg the docs page argument
     * @return it, if its folder exists (the page itself is created if missing)
     */
    static Path docsPage(String arg) throws UsageError {
        Path page = Path.of(arg).toAbsolutePath().normalize();
        if (!Files.isDirectory(page.getParent())) {
            throw new UsageError("no folder " + page.getParent() + " for " + page.getFileName());
        }
        return page;
    }

    /**
     * A component configuration as the framework would pass it: each attribute its default unless
     * given in {@code values}.
     *
     * @param type   the configuration annotation
     * @param values attribute values that differ from the defaults
     * @return the configuration
     */
    static <A extends Annotation> A config(Class<A> type, Map<String, Object> values) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, a) -> switch (method.getName()) {
            case "annotationType" -> type;
            case "toString" -> type.getSimpleName() + values;
            case "hashCode" -> System.identityHashCode(self);
            case "equals" -> self == a[0];
            default -> values.containsKey(method.getName()) ? values.get(method.getName()) : method.getDefaultValue();
        });
        return type.cast(proxy);
    }

    /** {@link #config(Class, Map)} with every attribute its default. */
    static <A extends Annotation> A defaults(Class<A> type) {
        return config(type, Map.of());
    }
}

package org.factdesk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

import org.factdesk.api.article.Article;
import org.factdesk.api.article.Paragraph;
import org.factdesk.api.claim.Claim;
import org.factdesk.api.claim.ClaimExtractor;
import org.factdesk.claims.internal.ClaimFinder;

/**
 * Claim-extraction speed: FactDesk's {@link ClaimFinder} against an Apache OpenNLP pipeline (sentence
 * detection, tokenisation, POS tagging) over the same articles, single-threaded, on a plain class path.
 *
 * <p>The measurement runs in a child JVM ({@link #main}) so that its JIT profile and heap belong to it
 * alone; the harness ({@link #run}) starts it with the JVM options under test and parses the
 * {@code key=value} lines it prints.
 */
final class Extraction {

    /** Default corpus: 43 English Wikinews articles, paragraphs separated by blank lines. */
    static final String SENT_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String FACTDESK = "factdesk";
    static final String OPENNLP = "opennlp";

    /** Keeps results alive so the JIT cannot drop the work. */
    static volatile long sink;

    private Extraction() {
    }

    // ------------------------------------------------------------------------------------------------
    // The harness side

    /** What one child JVM measured. Throughput samples are MB/s (10^6 UTF-8 bytes per second). */
    record Result(List<String> jvmOptions, Map<String, String> facts, Samples factdeskWall, Samples opennlpWall,
                  Samples factdeskCpu, Samples opennlpCpu, Samples factdeskSeconds, Samples opennlpSeconds) {

        String fact(String key) {
            return facts.getOrDefault(key, "n/a");
        }

        long num(String key) {
            return Long.parseLong(facts.getOrDefault(key, "-1"));
        }

        double dbl(String key) {
            return Double.parseDouble(facts.getOrDefault(key, "NaN"));
        }
    }

    /** Starts a child JVM with {@code jvmOptions} that measures both extractors, and parses what it prints. */
    static Result run(Path java, String classPath, List<String> jvmOptions, Path corpus, int warmups, int reps,
                      double seconds, Path scratch) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", classPath, Extraction.class.getName(), "--corpus", corpus.toString(),
                "--warmups", String.valueOf(warmups), "--reps", String.valueOf(reps), "--seconds", String.valueOf(seconds)));
        Path out = scratch.resolve("extraction-stdout.txt");
        Path err = scratch.resolve("extraction-stderr.txt");
        Process child = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!child.waitFor(10, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            throw new IllegalStateException(cmd + " did not exit within 10 minutes");
        }
        String stdout = Files.readString(out);
        if (child.exitValue() != 0) {
            throw new IllegalStateException(cmd + " exited with " + child.exitValue() + "\n" + stdout + Files.readString(err));
        }
        Map<String, String> facts = new TreeMap<>();
        Samples fdWall = new Samples();
        Samples onWall = new Samples();
        Samples fdCpu = new Samples();
        Samples onCpu = new Samples();
        Samples fdSec = new Samples();
        Samples onSec = new Samples();
        for (String line : stdout.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 0 || f[0].isEmpty()) {
                continue;
            }
            if (f[0].equals("rep")) {
                // rep ENGINE passes seconds cpuSeconds mbPerSecond cpuMbPerSecond allocatedBytesPerInputByte
                boolean fd = f[1].equals(FACTDESK);
                (fd ? fdSec : onSec).add(Double.parseDouble(f[3]));
                (fd ? fdWall : onWall).add(Double.parseDouble(f[5]));
                (fd ? fdCpu : onCpu).add(Double.parseDouble(f[6]));
                facts.put("alloc." + f[1], f[7]);
            } else {
                for (int i = 1; i < f.length; i++) {
                    int eq = f[i].indexOf('=');
                    if (eq > 0) {
                        facts.put(f[0] + "." + f[i].substring(0, eq), f[i].substring(eq + 1));
                    }
                }
            }
        }
        if (fdWall.isEmpty() || onWall.isEmpty()) {
            throw new IllegalStateException(cmd + " printed no measurements:\n" + stdout + Files.readString(err));
        }
        return new Result(jvmOptions, facts, fdWall, onWall, fdCpu, onCpu, fdSec, onSec);
    }

    // ------------------------------------------------------------------------------------------------
    // The child JVM

    /** One pass over the corpus; returns a number derived from every result so nothing is dead code. */
    private interface Engine {
        long pass();
    }

    /** {@code Extraction --corpus DIR --warmups N --reps N --seconds S}: measures, prints key=value lines. */
    public static void main(String[] args) throws Exception {
        Path corpusDir = null;
        int warmups = 5;
        int reps = 5;
        double seconds = 3;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--corpus" -> corpusDir = Path.of(args[i + 1]);
                case "--warmups" -> warmups = Integer.parseInt(args[i + 1]);
                case "--reps" -> reps = Integer.parseInt(args[i + 1]);
                case "--seconds" -> seconds = Double.parseDouble(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (corpusDir == null) {
            throw new IllegalArgumentException("--corpus DIR is required"); // Bench always passes it
        }
        List<Article> corpus = load(corpusDir);
        long bytes = corpus.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum();
        long chars = corpus.stream().mapToLong(a -> a.text().length()).sum();
        long paragraphs = corpus.stream().mapToLong(a -> a.paragraphs().size()).sum();
        say("corpus files=%d bytes=%d chars=%d paragraphs=%d gold_sentences=%d", corpus.size(), bytes, chars, paragraphs,
                goldSentences(corpusDir, corpus));
        say("jvm version=%s opennlp=%s", System.getProperty("java.version"),
                String.valueOf(SentenceDetectorME.class.getPackage().getImplementationVersion()));

        // set-up: what each side loads before it can extract anything (FactDesk loads its model on first use)
        long t0 = System.nanoTime();
        ClaimFinder finder = new ClaimFinder(config(-1, true));
        ClaimExtractor extractor = finder;
        long t1 = System.nanoTime();
        SentenceDetectorME sentences;
        TokenizerME tokenizer;
        POSTaggerME tagger;
        try (InputStream s = resource(SENT_MODEL); InputStream t = resource(TOKEN_MODEL); InputStream p = resource(POS_MODEL)) {
            sentences = new SentenceDetectorME(new SentenceModel(s));
            tokenizer = new TokenizerME(new TokenizerModel(t));
            tagger = new POSTaggerME(new POSModel(p));
        }
        long t2 = System.nanoTime();
        say("setup factdesk_ms=%.1f opennlp_ms=%.1f", (t1 - t0) / 1e6, (t2 - t1) / 1e6);

        long[] claims = new long[1];
        Engine factdesk = () -> {
            long h = 0;
            long n = 0;
            for (Article a : corpus) {
                List<Claim> found = extractor.extract(a);
                n += found.size();
                for (Claim c : found) {
                    h = 31 * h + c.start() + c.types().size();
                }
            }
            claims[0] = n;
            return h;
        };
        long[] counts = new long[2];
        Engine opennlp = () -> {
            long h = 0;
            long s = 0;
            long t = 0;
            for (Article a : corpus) {
                String text = a.text();
                for (Paragraph p : a.paragraphs()) {
                    String para = p.in(text);
                    for (Span span : sentences.sentPosDetect(para)) {
                        String[] tokens = tokenizer.tokenize(span.getCoveredText(para).toString());
                        String[] tags = tagger.tag(tokens);
                        s++;
                        t += tokens.length;
                        h = 31 * h + tags.length + (tags.length > 0 ? tags[0].hashCode() : 0);
                    }
                }
            }
            counts[0] = s;
            counts[1] = t;
            return h;
        };

        // the first pass is cold: class loading, FactDesk's model load, interpreter and JIT
        long f0 = System.nanoTime();
        sink += factdesk.pass();
        long f1 = System.nanoTime();
        sink += opennlp.pass();
        long f2 = System.nanoTime();
        say("first factdesk_ms=%.1f opennlp_ms=%.1f", (f1 - f0) / 1e6, (f2 - f1) / 1e6);
        say("counts claims=%d factdesk_sentences=%d opennlp_sentences=%d opennlp_tokens=%d", claims[0],
                factdeskSentences(corpus), counts[0], counts[1]);

        for (int i = 0; i < warmups; i++) {
            sink += factdesk.pass();
            sink += opennlp.pass();
        }
        // passes per repetition: enough for `seconds` at the speed the last warm-up pass showed, plus a margin
        int fdPasses = passesFor(factdesk, seconds);
        int onPasses = passesFor(opennlp, seconds);
        say("passes factdesk=%d opennlp=%d warmups=%d reps=%d seconds=%s", fdPasses, onPasses, warmups, reps, seconds);

        long gcCount0 = gcCount();
        long gcMs0 = gcMillis();
        for (int r = 0; r < reps; r++) {
            // alternate which goes first, so a slow phase of the machine does not always hit the same one
            if (r % 2 == 0) {
                measure(FACTDESK, factdesk, fdPasses, bytes);
                measure(OPENNLP, opennlp, onPasses, bytes);
            } else {
                measure(OPENNLP, opennlp, onPasses, bytes);
                measure(FACTDESK, factdesk, fdPasses, bytes);
            }
        }
        say("gc collections=%d ms=%d", gcCount() - gcCount0, gcMillis() - gcMs0);
        say("end sink=%d", sink);
    }

    private static void measure(String name, Engine engine, int passes, long bytes) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long alloc0 = threads.getThreadAllocatedBytes(id);
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long h = 0;
        for (int i = 0; i < passes; i++) {
            h += engine.pass();
        }
        long t1 = System.nanoTime();
        long cpu1 = threads.getCurrentThreadCpuTime();
        long alloc1 = threads.getThreadAllocatedBytes(id);
        sink += h;
        double wall = (t1 - t0) / 1e9;
        double cpu = (cpu1 - cpu0) / 1e9;
        double mb = (double) bytes * passes / 1e6;
        say("rep %s %d %.4f %.4f %.4f %.4f %d", name, passes, wall, cpu, mb / wall, mb / cpu,
                (alloc1 - alloc0) / ((long) passes * bytes));
    }

    private static int passesFor(Engine engine, double seconds) {
        long t0 = System.nanoTime();
        sink += engine.pass();
        double one = (System.nanoTime() - t0) / 1e9;
        return (int) Math.max(1, Math.ceil(seconds * 1.2 / one));
    }

    /** Articles as FactDesk's text importer makes them: the whole file, paragraphs the blank-line-separated blocks. */
    static List<Article> load(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no *.txt articles in " + dir);
        }
        List<Article> out = new ArrayList<>();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            out.add(new Article(Article.contentId(text), f.toString(), "text", null, null, null, "en", text,
                    paragraphs(text), Map.of()));
        }
        return out;
    }

    /** Blocks of text between blank lines, trimmed; a text without blank lines gets one paragraph per line. */
    static List<Paragraph> paragraphs(String text) {
        String[] lines = text.split("\n", -1);
        boolean blankSeparated = text.contains("\n\n") || text.matches("(?s).*\n[ \t]*\n.*");
        List<Paragraph> out = new ArrayList<>();
        int offset = 0;
        int start = -1;
        int end = -1;
        for (String line : lines) {
            boolean blank = line.isBlank();
            if (!blank) {
                int s = offset + indexOfNonSpace(line);
                int e = offset + line.stripTrailing().length();
                if (start < 0) {
                    start = s;
                }
                end = e;
            }
            if (start >= 0 && (blank || !blankSeparated)) {
                out.add(new Paragraph(start, end));
                start = -1;
            }
            offset += line.length() + 1;
        }
        if (start >= 0) {
            out.add(new Paragraph(start, end));
        }
        return out;
    }

    private static int indexOfNonSpace(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The GUM annotators' sentences of these articles (sentences.tsv next to the articles folder), or -1. */
    private static long goldSentences(Path dir, List<Article> corpus) {
        Path tsv = dir.toAbsolutePath().getParent().resolve("sentences.tsv");
        if (!Files.isRegularFile(tsv)) {
            return -1;
        }
        Set<String> ids = new HashSet<>();
        for (Article a : corpus) {
            String name = Path.of(a.source()).getFileName().toString();
            ids.add(name.substring(0, name.length() - ".txt".length()));
        }
        try (Stream<String> lines = Files.lines(tsv)) {
            return lines.skip(1).filter(l -> ids.contains(l.split("\t", 2)[0])).count();
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * How many sentences ClaimFinder itself sees: its package-private splitter, called the way extract calls it.
     * -1 when that internal method is not there (it is not API).
     */
    private static long factdeskSentences(List<Article> corpus) {
        try {
            Class<?> c = Class.forName("org.factdesk.claims.internal.Sentences");
            Method split = c.getDeclaredMethod("split", String.class, int.class, int.class);
            split.setAccessible(true);
            long n = 0;
            for (Article a : corpus) {
                for (Paragraph p : a.paragraphs()) {
                    n += ((List<?>) split.invoke(null, a.text(), p.start(), p.end())).size();
                }
            }
            return n;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return -1;
        }
    }

    static ClaimFinder.Config config(double threshold, boolean alwaysReportCues) {
        return new ClaimFinder.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ClaimFinder.Config.class;
            }

            @Override
            public double threshold() {
                return threshold;
            }

            @Override
            public boolean alwaysReportCues() {
                return alwaysReportCues;
            }
        };
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = Extraction.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("model " + name + " is not on the class path (the opennlp-models-*-en jars)");
        }
        return in;
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static void say(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
        System.out.flush();
    }
}

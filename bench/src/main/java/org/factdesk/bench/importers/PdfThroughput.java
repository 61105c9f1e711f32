package org.factdesk.bench.importers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.factdesk.api.article.ImportException;
import org.factdesk.api.article.ImportSource;
import org.factdesk.importer.pdf.internal.PdfImporter;
import org.factdesk.importer.testkit.PdfLayout;
import org.factdesk.measure.DocsSection;

/**
 * PDF import throughput on one core (informative, no target): the Wikinews articles laid out as
 * PDF reports with PDFBox, read warm on a single thread, median of repetitions.
 *
 * <p>From the repository root, after {@code mvn -q -o -pl bench package}:
 * {@code java -cp 'bench/target/classes:bench/target/lib/*' org.factdesk.bench.importers.PdfThroughput WIKINEWS_DIR docs/benchmarks.md}
 * (WIKINEWS_DIR: the Wikinews data set, or its {@code articles} folder).
 */
public final class PdfThroughput {

    private PdfThroughput() {
    }

    public static void main(String[] args) throws Exception {
        ImportBench.run("PdfThroughput", "WIKINEWS_DIR BENCHMARKS_MD", args, PdfThroughput::run);
    }

    private static void run(String[] args) throws Exception {
        ImportBench.expect(args, 2, "the Wikinews articles, the benchmarks page");
        List<Path> texts = ImportBench.wikinewsArticles(args[0]);
        Path md = ImportBench.docsPage(args[1]);
        List<ImportSource> corpus = new ArrayList<>();
        long bytes = 0;
        int pages = 0;
        for (Path f : texts) {
            byte[] pdf = layout(Files.readString(f, StandardCharsets.UTF_8));
            corpus.add(ImportSource.of(f.getFileName() + ".pdf", pdf));
            bytes += pdf.length;
        }
        PdfImporter importer = new PdfImporter(ImportBench.defaults(PdfImporter.Config.class));
        for (ImportSource s : corpus) {
            pages += Integer.parseInt(importer.read(s).get(0).metadata().get("pages"));
        }
        long until = System.nanoTime() + 5_000_000_000L; // warm-up
        int rounds = 0;
        long t0 = System.nanoTime();
        while (System.nanoTime() < until) {
            round(importer, corpus);
            rounds++;
        }
        int perRep = Math.max(1, (int) Math.ceil(300 / ((System.nanoTime() - t0) / 1e6 / rounds)));
        int reps = 15;
        double[] ms = new double[reps];
        for (int r = 0; r < reps; r++) {
            long s = System.nanoTime();
            for (int i = 0; i < perRep; i++) {
                round(importer, corpus);
            }
            ms[r] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(ms);
        double median = ms[reps / 2];
        double mbs = bytes * (double) perRep / 1e6 / (median / 1000);
        double pps = pages * (double) perRep / (median / 1000);
        String when = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
        String table = "### PDF (informative, no target)\n\n"
                + "Generated " + when + " on " + Runtime.getRuntime().availableProcessors() + " CPUs, Java "
                + System.getProperty("java.version") + ". Input: the " + corpus.size() + " Wikinews articles laid out by PDFBox "
                + "as A4 reports (Helvetica 11 pt, compressed content streams), " + pages + " pages, "
                + String.format("%.1f", bytes / 1024.0) + " KiB, spooled to a temp file per import as in production. "
                + "One thread, 5 s warm-up, " + reps + " repetitions of " + perRep + " passes; MB = 10^6 bytes. Load average at start: "
                + String.format("%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
                + ".\n\n| Input | median ms / repetition | min–max ms | MB/s per core | pages/s per core |\n|---|--:|--:|--:|--:|\n"
                + String.format("| Wikinews PDFs | %.1f | %.1f–%.1f | %.2f | %.0f |%n", median, ms[0], ms[reps - 1], mbs, pps)
                + "\nPDF bytes are mostly fonts, images and compression, so MB/s says little across documents; pages/s is the"
                + " more portable number.\n\nReproduce (from the repository root; WIKINEWS_DIR: the Wikinews data set or its"
                + " `articles` folder):\n\n```sh\n"
                + "mvn -q -pl bundles/org.factdesk.importer.support,bundles/org.factdesk.importer.testkit,bundles/org.factdesk.importer.pdf install -DskipTests\n"
                + ImportBench.BUILD + " && " + ImportBench.JAVA + "PdfThroughput \\\n"
                + "    WIKINEWS_DIR docs/benchmarks.md\n```\n";
        System.out.println(table);
        DocsSection.writeBlock(md, ImportBench.NINJS_PDF, ImportBench.NINJS_PDF_SKELETON, "pdf", table);
        System.out.println("wrote " + md.toAbsolutePath().normalize());
    }

    private static int sink;

    private static void round(PdfImporter importer, List<ImportSource> corpus) throws ImportException {
        for (ImportSource s : corpus) {
            sink += importer.read(s).get(0).text().length();
        }
    }

    /** Blank-line-separated paragraphs as wrapped lines on A4 pages. */
    static byte[] layout(String text) throws IOException {
        List<String> paragraphs = Arrays.stream(text.split("\n\\s*\n")).map(p -> p.strip().replaceAll("\\s+", " "))
                .filter(p -> !p.isEmpty()).toList();
        try (PDDocument doc = PdfLayout.document(paragraphs); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.save(out);
            return out.toByteArray();
        }
    }
}

package org.factdesk.bench;

import java.awt.EventQueue;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import javax.swing.JFrame;
import javax.swing.JRootPane;

import org.factdesk.api.article.Article;
import org.factdesk.api.article.Paragraph;
import org.factdesk.api.claim.Claim;
import org.factdesk.api.claim.ClaimType;
import org.factdesk.api.desk.CaseDesk;
import org.factdesk.api.export.ExportService;
import org.factdesk.api.intake.DeskImport;
import org.factdesk.api.intake.Intake;
import org.factdesk.api.job.Job;
import org.factdesk.api.pipeline.ClaimReport;
import org.factdesk.api.pipeline.Pipeline;
import org.factdesk.api.plugins.PluginShelf;
import org.factdesk.claims.internal.ClaimFinder;
import org.factdesk.workbench.desk.internal.DeskModel;
import org.factdesk.workbench.desk.internal.OpenArticle;
import org.factdesk.workbench.desk.internal.Services;
import org.factdesk.workbench.desk.internal.Settings;
import org.factdesk.workbench.desk.internal.ui.ArticlePanel;
import org.factdesk.workbench.desk.internal.ui.ImportActions;

/**
 * {@code java -cp bench.jar:lib/* org.factdesk.bench.ArticleOpen SAMPLE WORDS WARMUPS REPS} (a child JVM of
 * bench/desktop, under a display): the desk's article editor ({@code ArticlePanel}, outside OSGi, FlatLaf light as
 * the workbench sets it) in a 1440x900 frame, opening an article of at least WORDS words with the claims the real
 * extractor ({@code ClaimFinder}) finds in it. Each iteration, on the EDT: show the demo article (untimed, so the
 * editor holds another text), then time {@code show(big)} alone ({@code lastOpenNanos()}), {@code show(big)} +
 * {@code validate()} (the text laid out), and that + painting the whole frame ({@code paintImmediately}: the first
 * complete picture of the text with its highlights). Prints one line per open and {@code key=value} facts.
 */
public final class ArticleOpen {

    private ArticleOpen() {
    }

    /** Sentences with figures, quotations, attributions, comparisons and predictions, varied by {@code i}. */
    static String generated(int i) {
        int a = 3 + i % 17;
        int b = 12 + (i * 7) % 80;
        return String.format(Locale.ROOT, "The ministry said spending on rail rose %d.%d%% to $%d.%d billion in %d, "
                + "according to figures released on Tuesday. \"We will double the number of trains by %d,\" said "
                + "Ana Silva, the transport minister, at a press conference in Lisbon. Unemployment in the region fell "
                + "to %d.%d percent, the lowest level since %d, a report by the national statistics office showed. "
                + "Critics say the programme costs more than %d times what the previous government spent, and one "
                + "official, who asked not to be named, said the budget would be cut by %d%% next year because "
                + "tax revenue is expected to fall.",
                a, i % 10, b / 10 + 1, b % 10, 2000 + i % 25, 2030 + i % 9, 4 + i % 5, i % 10, 1980 + i % 30, 2 + i % 4,
                5 + i % 20);
    }

    /** Demo text and generated paragraphs, alternately, until at least {@code words} words. */
    static String text(String demo, int words) {
        String[] lines = demo.strip().split("\n");
        String headline = lines[0].strip();
        String body = demo.strip().substring(lines[0].length()).strip();
        StringBuilder t = new StringBuilder("Ten thousand words on investment, transport and jobs\n\n");
        int i = 0;
        while (count(t) < words) {
            t.append(i == 0 ? headline + "\n\n" : "").append(body).append("\n\n");
            for (int k = 0; k < 4 && count(t) < words; k++) {
                t.append(generated(i * 4 + k)).append("\n\n");
            }
            i++;
        }
        return t.toString().strip() + "\n";
    }

    static int count(CharSequence s) {
        String t = s.toString().strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    static List<Paragraph> paragraphs(String text) {
        List<Paragraph> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf("\n\n", start);
            end = end < 0 ? text.length() : end;
            String p = text.substring(start, end);
            int lead = p.length() - p.stripLeading().length();
            if (!p.isBlank()) {
                out.add(new Paragraph(start + lead, start + p.stripTrailing().length()));
            }
            start = end + 2;
        }
        return out;
    }

    static Article article(String source, String text) {
        return new Article(Article.contentId(text), source, "text", text.substring(0, text.indexOf('\n')), null, null, "en",
                text, paragraphs(text), Map.of());
    }

    public static void main(String[] args) throws Exception {
        Path sample = Path.of(args[0]);
        int words = Integer.parseInt(args[1]);
        int warmups = Integer.parseInt(args[2]);
        int reps = Integer.parseInt(args[3]);
        String demo = Files.readString(sample, StandardCharsets.UTF_8);
        String bigText = text(demo, words);
        Article big = article("generated:" + words + "-words", bigText);
        Article small = article(sample.toString(), demo);

        ClaimFinder finder = new ClaimFinder(Extraction.config(-1, true));
        long e0 = System.nanoTime();
        List<Claim> bigClaims = finder.extract(big);
        long e1 = System.nanoTime();
        List<Claim> smallClaims = finder.extract(small);
        Map<ClaimType, Integer> types = new EnumMap<>(ClaimType.class);
        for (Claim c : bigClaims) {
            for (ClaimType t : c.types()) {
                types.merge(t, 1, Integer::sum);
            }
        }
        System.out.printf(Locale.ROOT, "article words=%d chars=%d paragraphs=%d claims=%d extract_ms=%.0f small_claims=%d%n",
                count(bigText), bigText.length(), big.paragraphs().size(), bigClaims.size(), (e1 - e0) / 1e6, smallClaims.size());
        StringBuilder ty = new StringBuilder("types");
        types.forEach((t, n) -> ty.append(' ').append(t.name()).append('=').append(n));
        System.out.println(ty);
        OpenArticle bigOpen = new OpenArticle(big, true, reports(bigClaims), true, false, Map.of(), null);
        OpenArticle smallOpen = new OpenArticle(small, true, reports(smallClaims), true, false, Map.of(), null);

        ArticlePanel[] panel = new ArticlePanel[1];
        JFrame[] frame = new JFrame[1];
        EventQueue.invokeAndWait(() -> {
            com.formdev.flatlaf.FlatLightLaf.setup();
            DeskModel model = new DeskModel(new NoServices(), Settings.memory());
            panel[0] = new ArticlePanel(model, new ImportActions(model));
            frame[0] = new JFrame("ArticleOpen");
            frame[0].setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
            frame[0].setContentPane(panel[0]);
            frame[0].setSize(1440, 900);
            frame[0].setVisible(true);
        });
        while (!frame[0].isShowing()) {
            Thread.sleep(10);
        }
        for (int i = 0; i < warmups + reps; i++) {
            EventQueue.invokeAndWait(() -> {
                panel[0].show(smallOpen);
                paint(frame[0]);
            });
            Thread.sleep(50); // let the queue drain: each open starts from an idle editor
            double[] r = new double[3];
            EventQueue.invokeAndWait(() -> {
                long t0 = System.nanoTime();
                panel[0].show(bigOpen);
                frame[0].validate();
                long t1 = System.nanoTime();
                JRootPane root = frame[0].getRootPane();
                root.paintImmediately(0, 0, root.getWidth(), root.getHeight());
                long t2 = System.nanoTime();
                r[0] = panel[0].lastOpenNanos() / 1e6;
                r[1] = (t2 - t0) / 1e6;
                r[2] = (t1 - t0) / 1e6;
            });
            if (panel[0].text().getDocument().getLength() != bigText.length()
                    || panel[0].text().getHighlighter().getHighlights().length < bigClaims.size()) {
                throw new IllegalStateException("the editor does not show the article with its " + bigClaims.size() + " claims");
            }
            System.out.printf(Locale.ROOT, "open%s show_ms=%.2f laid_out_ms=%.2f painted_ms=%.2f%n", i == 0 ? "_cold" : i < warmups ? "_warmup" : "",
                    r[0], r[2], r[1]);
        }
        System.out.printf(Locale.ROOT, "highlights count=%d plan_claims=%d plan_variants=%d%n",
                panel[0].text().getHighlighter().getHighlights().length, panel[0].plan().claims().size(),
                panel[0].plan().variants().size());
        EventQueue.invokeAndWait(() -> frame[0].dispose());
        System.exit(0);
    }

    /** Layout now and paint the whole frame now, as the next repaint would. */
    private static void paint(JFrame f) {
        f.validate();
        JRootPane root = f.getRootPane();
        root.paintImmediately(0, 0, root.getWidth(), root.getHeight());
    }

    private static List<ClaimReport> reports(List<Claim> claims) {
        return claims.stream().map(c -> new ClaimReport(c, List.of(), List.of())).toList();
    }

    /** No services: the editor alone, as in the desk's own view tests. */
    private static final class NoServices implements Services {
        @Override
        public Optional<CaseDesk> caseDesk() {
            return Optional.empty();
        }

        @Override
        public Optional<DeskImport> deskImport() {
            return Optional.empty();
        }

        @Override
        public Optional<Intake> intake() {
            return Optional.empty();
        }

        @Override
        public Optional<Pipeline> pipeline() {
            return Optional.empty();
        }

        @Override
        public Optional<ExportService> exports() {
            return Optional.empty();
        }

        @Override
        public Path workspace() {
            return Path.of("factdesk-workspace");
        }

        @Override
        public Path keys() {
            return Path.of("keys");
        }

        @Override
        public Path workingDirectory() {
            return Path.of("");
        }

        @Override
        public Optional<PluginShelf> plugins() {
            return Optional.empty();
        }

        @Override
        public Optional<String> givenUser() {
            return Optional.empty();
        }

        @Override
        public <T> CompletionStage<T> run(Job<T> job) {
            return CompletableFuture.failedFuture(new UnsupportedOperationException("no jobs in the benchmark"));
        }

        @Override
        public void status(String message) {
        }

        @Override
        public void error(String message, Throwable cause) {
        }

        @Override
        public void showView(String viewId) {
        }
    }
}

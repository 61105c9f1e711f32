package org.factdesk.importer.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.factdesk.api.article.Article;
import org.factdesk.api.article.ArticleImporter;
import org.factdesk.api.article.ImportException;
import org.factdesk.api.article.ImportSource;
import org.factdesk.api.article.Paragraph;

/**
 * What every import must give, whatever the input: well-formed articles or a clean
 * {@link ImportException} that names the input and says what is wrong, and soon (never another
 * exception, a hang or an out-of-memory error).
 */
public final class ImportChecks {

    /** Generous: build machines are shared and noisy; a real hang takes forever, not seconds. */
    public static final Duration BOUND = Duration.ofSeconds(5);

    /** Imports run here, so that a hang fails the test instead of blocking it; a hung thread is left behind. */
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "import-check");
        t.setDaemon(true);
        return t;
    });

    private ImportChecks() {
    }

    /**
     * Sniffs and imports {@code input} within {@code bound}.
     *
     * @param importer the importer
     * @param location the input's name
     * @param input    the bytes
     * @param bound    the longest the sniff and the import may take together
     * @return the articles, each checked with {@link #assertWellFormed}; empty if the input was refused
     *         with a clean {@link ImportException} (a message, and a location that starts with {@code location})
     * @throws AssertionError if the import took too long, gave no article, a malformed one, or threw
     *                        anything but an ImportException
     */
    public static List<Article> importOrRefuse(ArticleImporter importer, String location, byte[] input, Duration bound) {
        Future<List<Article>> f = POOL.submit(() -> {
            importer.sniff(input, location);
            try {
                return importer.read(ImportSource.of(location, input));
            } catch (ImportException refused) {
                assertThat(refused.getMessage()).as("message of %s", refused).isNotBlank();
                assertThat(refused.location()).as("location of %s", refused).startsWith(location);
                return List.of();
            }
        });
        List<Article> articles;
        try {
            articles = f.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new AssertionError("importing " + input.length + " bytes took longer than " + bound, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AssertionError a) {
                throw a;
            }
            throw new AssertionError("importing " + input.length + " bytes threw " + e.getCause()
                    + " instead of an ImportException", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        if (articles.isEmpty()) {
            return articles;
        }
        articles.forEach(ImportChecks::assertWellFormed);
        return articles;
    }

    /** {@link #importOrRefuse(ArticleImporter, String, byte[], Duration)} within {@link #BOUND}. */
    public static List<Article> importOrRefuse(ArticleImporter importer, String location, byte[] input) {
        return importOrRefuse(importer, location, input, BOUND);
    }

    /**
     * An article is well-formed when its paragraphs lie inside its text, in order, each with text,
     * it has paragraphs exactly when it has text, and its id is {@link Article#contentId} of its text.
     *
     * @param a the article
     */
    public static void assertWellFormed(Article a) {
        String text = a.text();
        int last = 0;
        for (Paragraph p : a.paragraphs()) {
            assertThat(p.start()).as("start of %s in %s", p, a.source()).isGreaterThanOrEqualTo(last);
            assertThat(p.end()).as("end of %s in %s", p, a.source()).isLessThanOrEqualTo(text.length());
            assertThat(p.in(text)).as("text of %s in %s", p, a.source()).isNotBlank();
            last = p.end();
        }
        if (a.paragraphs().isEmpty() != text.isBlank()) {
            fail("%s has %d paragraphs and %s text", a.source(), a.paragraphs().size(), text.isBlank() ? "no" : "some");
        }
        assertThat(a.id()).as("id of %s", a.source()).isEqualTo(Article.contentId(text));
    }
}

package org.factdesk.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.factdesk.api.article.Article;
import org.factdesk.api.article.ArticleImporter;
import org.factdesk.api.article.ImportException;
import org.factdesk.api.article.ImportSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceReference;

class ImporterRegistryTest {

    private final ImporterRegistry registry = new ImporterRegistry();
    private long ids = 1;

    @SuppressWarnings("unchecked")
    private ServiceReference<ArticleImporter> ref(String format, String... extensions) {
        long id = ids++;
        Map<String, Object> props = Map.of(ArticleImporter.FORMAT, format, ArticleImporter.EXTENSIONS, extensions, "service.id", id);
        return (ServiceReference<ArticleImporter>) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ServiceReference.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getProperty" -> props.get((String) args[0]);
                    case "compareTo" -> Long.compare((Long) ((ServiceReference<?>) args[0]).getProperty("service.id"), id);
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> (int) id;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    /** The registry takes importers as DS hands them over: wrapped, fetched on first use. */
    private void add(ServiceReference<ArticleImporter> ref, ArticleImporter importer) {
        registry.addImporter(ref, new org.osgi.service.component.ComponentServiceObjects<>() {
            @Override
            public ArticleImporter getService() {
                return importer;
            }

            @Override
            public void ungetService(ArticleImporter service) {
            }

            @Override
            public ServiceReference<ArticleImporter> getServiceReference() {
                return ref;
            }
        });
    }

    /** An importer that claims content starting with {@code prefix} with the given confidence. */
    private static ArticleImporter importer(String format, String prefix, int confidence) {
        return new ArticleImporter() {
            @Override
            public int sniff(byte[] head, String location) {
                return new String(head).startsWith(prefix) ? confidence : 0;
            }

            @Override
            public List<Article> read(ImportSource source) {
                return List.of(new Article("id", source.location(), format, null, null, null, null, "x", null, null));
            }
        };
    }

    @Test
    void contentDecidesBeforeTheExtension() throws Exception {
        add(ref("text", "txt"), importer("text", "", 10));
        add(ref("html", "html"), importer("html", "<html", 90));
        assertThat(registry.read(ImportSource.of("page.txt", "<html><p>x".getBytes())).get(0).format()).isEqualTo("html");
        assertThat(registry.read(ImportSource.of("page.html", "plain words".getBytes())).get(0).format()).isEqualTo("text");
        assertThat(registry.formats()).containsExactly("html", "text");
    }

    @Test
    void extensionDecidesWhenNoImporterRecognisesTheContent() throws Exception {
        add(ref("pdf", "pdf"), importer("pdf", "%PDF", 100));
        assertThat(registry.read(ImportSource.of("scan.pdf", "garbled".getBytes())).get(0).format()).isEqualTo("pdf");
    }

    @Test
    void problemsAreNamed(@TempDir Path dir) throws Exception {
        add(ref("text", "txt"), importer("text", "", 10));
        assertThatThrownBy(() -> registry.read(ImportSource.of(dir.resolve("nope.txt"))))
                .isInstanceOf(ImportException.class).hasMessage("no such file");
        assertThatThrownBy(() -> registry.read(ImportSource.of(dir))).hasMessage("is a directory, not a file");
        assertThatThrownBy(() -> registry.read(ImportSource.of("e.txt", new byte[0]))).hasMessage("file is empty");
        Path f = Files.writeString(dir.resolve("x.txt"), "x");
        assertThat(registry.read(ImportSource.of(f))).hasSize(1);
    }

    @Test
    void withNothingThatFitsTheErrorListsTheFormats() {
        add(ref("html", "html"), importer("html", "<html", 90));
        assertThatThrownBy(() -> registry.read(ImportSource.of("a.xyz", "words".getBytes())))
                .hasMessage("no importer recognises this input (formats available: [html])");
        assertThatThrownBy(() -> registry.read(ImportSource.of("a.bin", new byte[] {1, 0, 2})))
                .hasMessage("binary data, not an article (NUL byte at offset 1)");
    }

    @Test
    void aPluginThatThrowsIsReportedNotPropagated() {
        add(ref("bad", "bad"), new ArticleImporter() {
            @Override
            public int sniff(byte[] head, String location) {
                return 50;
            }

            @Override
            public List<Article> read(ImportSource source) {
                throw new IllegalStateException("bug in plugin");
            }
        });
        assertThatThrownBy(() -> registry.read(ImportSource.of("a.bad", "x".getBytes())))
                .isInstanceOf(ImportException.class).hasMessageContaining("importer failed").hasMessageContaining("bug in plugin");
    }

    @Test
    void controlCharactersInAnArticleAreShownAsSymbolsKeepingEveryOffset() {
        String text = "Mayor \u001b[2J said\u0007 \u009b31m$4 million.\n\nNext\tparagraph.";
        Article a = new Article("x", "evil\nname.txt", "text", "Head\rline", null, null, null, text,
                List.of(new org.factdesk.api.article.Paragraph(0, 35)), Map.of());
        Article shown = ImporterRegistry.visible(a);
        assertThat(shown.text()).isEqualTo("Mayor \u241b[2J said\u2407 \ufffd31m$4 million.\n\nNext\tparagraph.").hasSameSizeAs(text);
        assertThat(shown.source()).isEqualTo("evil\u240aname.txt");
        assertThat(shown.headline()).isEqualTo("Head\u240dline");
        assertThat(shown.paragraphs()).isEqualTo(a.paragraphs());
        Article plain = new Article("y", "a.txt", "text", "Head", null, null, null, "Plain text.\n\nTwo.", List.of(), Map.of());
        assertThat(ImporterRegistry.visible(plain)).isSameAs(plain);
    }
}

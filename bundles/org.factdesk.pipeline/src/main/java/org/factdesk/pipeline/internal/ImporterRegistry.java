package org.factdesk.pipeline.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

import org.factdesk.api.article.Article;
import org.factdesk.api.article.ArticleImporter;
import org.factdesk.api.article.ImportException;
import org.factdesk.api.article.ImportSource;
import org.factdesk.api.pipeline.Importers;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Offers each input to the importer that recognises its content best, then by file extension. */
@Component
public class ImporterRegistry implements Importers {

    static final int HEAD = 8192;

    /**
     * Keyed by service reference: highest ranking first, so ties go to the better-ranked importer.
     * Importers are obtained on first use, not when they register: a command that imports nothing
     * (listing checkers, say) does not pay for activating every format's importer.
     */
    private final Map<ServiceReference<ArticleImporter>, Lazy> importers = new ConcurrentSkipListMap<>(java.util.Collections.reverseOrder());

    /** An importer service, fetched once when first needed. */
    static final class Lazy {
        private final java.util.function.Supplier<ArticleImporter> get;
        private volatile ArticleImporter importer;

        Lazy(java.util.function.Supplier<ArticleImporter> get) {
            this.get = get;
        }

        ArticleImporter get() {
            ArticleImporter i = importer;
            if (i == null) {
                synchronized (this) {
                    if (importer == null) {
                        importer = get.get();
                    }
                    i = importer;
                }
            }
            return i;
        }
    }

    @Reference(policy = ReferencePolicy.DYNAMIC, cardinality = ReferenceCardinality.MULTIPLE)
    void addImporter(ServiceReference<ArticleImporter> ref, ComponentServiceObjects<ArticleImporter> objects) {
        importers.put(ref, new Lazy(objects::getService));
    }


    void removeImporter(ServiceReference<ArticleImporter> ref) {
        importers.remove(ref);
    }

    @Override
    public List<Article> read(ImportSource source) throws ImportException {
        String where = source.location();
        byte[] head;
        try {
            head = source.head(HEAD);
        } catch (NoSuchFileException e) {
            throw new ImportException(where, null, "no such file");
        } catch (AccessDeniedException e) {
            throw new ImportException(where, null, "permission denied");
        } catch (IOException e) {
            String m = String.valueOf(e.getMessage());
            throw new ImportException(where, null, m.contains("directory") ? "is a directory, not a file" : "cannot read: " + m,
                    -1, -1, e);
        }
        if (head.length == 0) {
            throw new ImportException(where, null, "file is empty");
        }
        Map.Entry<ServiceReference<ArticleImporter>, ArticleImporter> chosen = choose(head, where);
        if (chosen == null) {
            int nul = firstNul(head);
            throw new ImportException(where, null, nul >= 0
                    ? "binary data, not an article (NUL byte at offset " + nul + ")"
                    : "no importer recognises this input (formats available: " + formats() + ")");
        }
        String format = String.valueOf(chosen.getKey().getProperty(ArticleImporter.FORMAT));
        List<Article> articles;
        try {
            articles = chosen.getValue().read(source);
        } catch (ImportException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new ImportException(where, format, "importer failed: " + e, -1, -1, e);
        }
        if (articles == null || articles.isEmpty()) {
            throw new ImportException(where, format, "no article found in this input");
        }
        return articles.stream().map(ImporterRegistry::visible).toList();
    }

    /**
     * The article with its control characters (terminal escapes, OSC 52 clipboard writes, carriage
     * returns that overwrite a line), in its text, headline, byline and source name, shown as symbols instead: the same length, so every paragraph
     * and claim offset stays where the importer put it, and nothing an article says can drive a terminal.
     */
    static Article visible(Article a) {
        String text = visible(a.text(), false);
        String headline = a.headline() == null ? null : visible(a.headline(), true);
        String byline = a.byline() == null ? null : visible(a.byline(), true);
        String source = visible(a.source(), true); // a file name with a newline in it stays one line
        if (text == a.text() && headline == a.headline() && byline == a.byline() && source == a.source()) {
            return a;
        }
        return new Article(a.id(), source, a.format(), headline, byline, a.published(), a.language(), text, a.paragraphs(), a.metadata());
    }

    static String visible(String s, boolean oneLine) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 && (oneLine || c != '\n' && c != '\t') || c == 0x7f || c >= 0x80 && c <= 0x9f;
            if (control) {
                if (out == null) {
                    out = new StringBuilder(s);
                }
                // C0 controls and DEL have their own symbols (U+2400..U+2421); C1 controls the replacement character
                out.setCharAt(i, c < 0x20 ? (char) (0x2400 + c) : c == 0x7f ? '\u2421' : '\uFFFD');
            }
        }
        return out == null ? s : out.toString();
    }

    private Map.Entry<ServiceReference<ArticleImporter>, ArticleImporter> choose(byte[] head, String location) {
        Map.Entry<ServiceReference<ArticleImporter>, ArticleImporter> best = null;
        int bestScore = 0;
        for (Map.Entry<ServiceReference<ArticleImporter>, Lazy> e : new ArrayList<>(importers.entrySet())) {
            int score;
            ArticleImporter importer;
            try {
                importer = e.getValue().get();
                score = importer.sniff(head, location);
            } catch (RuntimeException ex) {
                continue; // a broken plugin must not stop imports in other formats
            }
            if (score > bestScore) {
                best = Map.entry(e.getKey(), importer);
                bestScore = score;
            }
        }
        if (best != null) {
            return best;
        }
        String ext = extension(location);
        for (Map.Entry<ServiceReference<ArticleImporter>, Lazy> e : new ArrayList<>(importers.entrySet())) {
            for (String x : strings(e.getKey().getProperty(ArticleImporter.EXTENSIONS))) {
                if (x.equalsIgnoreCase(ext)) {
                    try {
                        return Map.entry(e.getKey(), e.getValue().get());
                    } catch (RuntimeException broken) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    @Override
    public List<String> formats() {
        return importers.keySet().stream().map(r -> String.valueOf(r.getProperty(ArticleImporter.FORMAT))).distinct().sorted().toList();
    }

    static List<String> strings(Object property) {
        if (property instanceof String s) {
            return List.of(s);
        }
        if (property instanceof String[] a) {
            return List.of(a);
        }
        if (property instanceof java.util.Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    private static String extension(String location) {
        int slash = Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\'));
        int dot = location.lastIndexOf('.');
        return dot > slash ? location.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    private static int firstNul(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}

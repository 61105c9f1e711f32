package org.factdesk.checker.quotes.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads corpus documents from folders (recursively: {@code .txt} and {@code .md}, except
 * {@code README*}) or from the bundled sample. A file that cannot be read is reported in one
 * line naming it, and skipped; the rest still loads.
 */
final class CorpusLoader {

    /** The bundled sample: {@code index.txt} lists its files, because a folder inside a jar cannot be listed portably. */
    static final String SAMPLE = "sample-corpus/";

    /** What was loaded, and how many files were skipped. */
    record Loaded(List<CorpusDocument> documents, int skipped) {
        Loaded {
            documents = List.copyOf(documents);
        }
    }

    private CorpusLoader() {
    }

    /** Loads every corpus file under the given folders (or single files), in path order. */
    static Loaded load(List<Path> roots, Consumer<String> errors) {
        List<CorpusDocument> docs = new ArrayList<>();
        int skipped = 0;
        for (Path root : roots) {
            List<Path> files;
            if (Files.isRegularFile(root)) {
                files = List.of(root);
            } else if (!Files.isDirectory(root)) {
                errors.accept("factdesk: quotes corpus " + root + ": no such folder, skipped");
                skipped++;
                continue;
            } else {
                try (Stream<Path> walk = Files.walk(root)) {
                    files = walk.filter(Files::isRegularFile).filter(CorpusLoader::isCorpusFile).sorted().toList();
                } catch (IOException | RuntimeException e) {
                    errors.accept("factdesk: quotes corpus " + root + ": cannot list folder (" + e.getMessage() + "), skipped");
                    skipped++;
                    continue;
                }
            }
            for (Path file : files) {
                try {
                    docs.add(CorpusDocument.parse(file.toString(), decode(Files.readAllBytes(file))));
                } catch (IOException | RuntimeException e) {
                    errors.accept("factdesk: quotes corpus file " + file + ": " + reason(e) + ", skipped");
                    skipped++;
                }
            }
        }
        return new Loaded(docs, skipped);
    }

    /** Loads the bundled sample through this bundle's class loader. */
    static Loaded loadSample(Consumer<String> errors) {
        List<CorpusDocument> docs = new ArrayList<>();
        int skipped = 0;
        List<String> names = new ArrayList<>();
        try (InputStream in = CorpusLoader.class.getResourceAsStream(SAMPLE + "index.txt")) {
            if (in == null) {
                errors.accept("factdesk: quotes corpus: bundled sample index " + SAMPLE + "index.txt is missing");
                return new Loaded(List.of(), 1);
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(names::add);
        } catch (IOException e) {
            errors.accept("factdesk: quotes corpus: cannot read bundled sample index: " + e.getMessage());
            return new Loaded(List.of(), 1);
        }
        for (String name : names) {
            try (InputStream in = CorpusLoader.class.getResourceAsStream(SAMPLE + name)) {
                if (in == null) {
                    throw new IOException("listed in index.txt but not in the bundle");
                }
                docs.add(CorpusDocument.parse("sample:" + name, decode(in.readAllBytes())));
            } catch (IOException | RuntimeException e) {
                errors.accept("factdesk: quotes corpus file sample:" + name + ": " + reason(e) + ", skipped");
                skipped++;
            }
        }
        return new Loaded(docs, skipped);
    }

    static boolean isCorpusFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return (n.endsWith(".txt") || n.endsWith(".md")) && !n.startsWith("readme") && !n.startsWith(".");
    }

    /** Strict UTF-8: a binary or mis-encoded file is refused rather than indexed as noise. */
    static String decode(byte[] bytes) throws IOException {
        for (byte b : bytes) {
            if (b == 0) {
                throw new IOException("binary file (contains NUL bytes)"); // UTF-8 text never does
            }
        }
        String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        return s.startsWith("\ufeff") ? s.substring(1) : s;
    }

    private static String reason(Exception e) {
        if (e instanceof CharacterCodingException) {
            return "not UTF-8 text";
        }
        if (e.getMessage() != null && e.getMessage().startsWith("binary")) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}

package org.factdesk.api.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * Raw input handed to an {@link ArticleImporter}: a name to report it by and its bytes.
 * Implementations are provided by FactDesk; importers only read from them.
 */
@org.osgi.annotation.versioning.ProviderType
public interface ImportSource {

    /**
     * Where the input came from, as shown to users in messages: a path, a URL or {@code "-"}.
     *
     * @return never {@code null}
     */
    String location();

    /**
     * The size in bytes, or -1 if unknown (a stream).
     *
     * @return size in bytes or -1
     */
    long size();

    /**
     * Opens the content from its start. Each call returns a new stream the caller closes.
     *
     * @return a stream over the whole content
     * @throws IOException if the content cannot be read
     */
    InputStream open() throws IOException;

    /**
     * Up to {@code max} bytes from the start of the content, for format sniffing.
     *
     * @param max maximum number of bytes, at least 0
     * @return the first bytes, shorter than {@code max} only if the content is
     * @throws IOException if the content cannot be read
     */
    default byte[] head(int max) throws IOException {
        try (InputStream in = open()) {
            return in.readNBytes(max);
        }
    }

    /**
     * A source backed by a file.
     *
     * @param file the file; it is read when {@link #open()} is called
     * @return a source whose location is the file's path as given
     */
    static ImportSource of(Path file) {
        Objects.requireNonNull(file, "file");
        return new ImportSource() {
            @Override
            public String location() {
                return file.toString();
            }

            @Override
            public long size() {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    return -1;
                }
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }
        };
    }

    /**
     * A source backed by bytes in memory.
     *
     * @param location name to report the content by
     * @param content  the content; copied
     * @return a source over a copy of {@code content}
     */
    static ImportSource of(String location, byte[] content) {
        Objects.requireNonNull(location, "location");
        byte[] copy = Arrays.copyOf(content, content.length);
        return new ImportSource() {
            @Override
            public String location() {
                return location;
            }

            @Override
            public long size() {
                return copy.length;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(copy);
            }
        };
    }
}

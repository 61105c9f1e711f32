package org.factdesk.api.article;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Turns raw input of one format into articles. Register an implementation as an OSGi service;
 * FactDesk offers every input to the importers whose {@link #sniff} confidence is highest,
 * falling back to the file extensions in {@link #EXTENSIONS}.
 *
 * <p>Service properties:
 * <ul>
 * <li>{@link #FORMAT} (String, required): the format name, for example {@code "text"}</li>
 * <li>{@link #EXTENSIONS} (String[]): file extensions without the dot, for example {@code "txt"}</li>
 * </ul>
 * Implementations must be thread-safe: several imports may run at once.
 */
@ConsumerType
public interface ArticleImporter {

    /** Service property: the format name this importer reads. */
    String FORMAT = "factdesk.importer.format";

    /** Service property: file extensions (without dot) this importer reads. */
    String EXTENSIONS = "factdesk.importer.extensions";

    /**
     * How sure this importer is that content starting with {@code head} is its format.
     *
     * @param head     the first bytes of the content (up to 8 KiB; fewer if the content is shorter)
     * @param location the content's location, for its file extension; may be {@code "-"}
     * @return 0 (not mine) to 100 (certainly mine); 50 means "plausible"
     */
    int sniff(byte[] head, String location);

    /**
     * Reads the source into one or more articles (a feed gives several).
     *
     * @param source the input
     * @return the articles, at least one
     * @throws ImportException if the input cannot be imported; the message names the problem
     */
    List<Article> read(ImportSource source) throws ImportException;
}

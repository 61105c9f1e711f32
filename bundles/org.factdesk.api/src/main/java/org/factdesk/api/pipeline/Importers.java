package org.factdesk.api.pipeline;

import java.util.List;

import org.factdesk.api.article.Article;
import org.factdesk.api.article.ImportSource;
import org.factdesk.api.article.ImportException;
import org.osgi.annotation.versioning.ProviderType;

/** Reads input with whichever registered importer fits it best. Provided by FactDesk. */
@ProviderType
public interface Importers {

    /**
     * Picks an importer by content first, file extension second, and reads the source.
     *
     * @param source the input
     * @return the articles read, at least one
     * @throws ImportException if the input is missing, unreadable, empty, binary, of no known
     *                         format, or rejected by its importer
     */
    List<Article> read(ImportSource source) throws ImportException;

    /** @return the format names of the importers registered now */
    List<String> formats();
}

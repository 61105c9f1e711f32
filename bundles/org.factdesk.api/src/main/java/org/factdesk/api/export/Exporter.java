package org.factdesk.api.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Writes fact-checks in one format. Registered as a service; FactDesk finds exporters by
 * {@link #format()}.
 */
@ConsumerType
public interface Exporter {

    /** @return the name users type, for example {@code "claimreview"} */
    String format();

    /** @return one line saying what it writes */
    String description();

    /** @return the file name extension, without the dot, for example {@code "jsonld"} */
    String extension();

    /** @return true if it writes one document per fact-check; false if one for all of them */
    boolean perCase();

    /**
     * Writes the fact-checks. For a {@link #perCase()} exporter the list has one element.
     *
     * @param checks the fact-checks
     * @param out    where to write; not closed
     * @throws ExportException if a fact-check cannot be exported in this format (the message
     *                         names the case and what is missing)
     * @throws IOException     if writing fails
     */
    void export(List<FactCheck> checks, OutputStream out) throws ExportException, IOException;
}

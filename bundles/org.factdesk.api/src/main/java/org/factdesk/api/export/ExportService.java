package org.factdesk.api.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

import org.factdesk.api.desk.DeskSession;
import org.factdesk.api.desk.WorkflowException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Finds the registered {@link Exporter}s and writes their documents, for every face alike.
 * Provided by FactDesk; thread-safe.
 *
 * <p>Files are written atomically: the document goes to a temporary file beside the target, which
 * is then moved over it, so a reader never sees half a document and a failed export leaves an
 * existing file whole. The service has no working directory: callers resolve relative paths.
 *
 * @since 1.1
 */
@ProviderType
public interface ExportService {

    /** @return the exporters registered now, sorted by {@link Exporter#format()} */
    List<Exporter> exporters();

    /**
     * The exporter of a format.
     *
     * @param format a format name, in any case, for example {@code "ClaimReview"}
     * @return the exporter whose {@link Exporter#format()} equals {@code format}, ignoring case
     * @throws UnknownFormatException if no registered exporter has that format; the message lists
     *                                those that are registered
     */
    Exporter exporter(String format) throws UnknownFormatException;

    /**
     * The fact-checks of cases, as exporters take them: each case with the desk's rules and its history.
     *
     * @param session an open desk session
     * @param caseIds the cases, in the order wanted; every case of the workspace, in the order
     *                they were opened, when empty
     * @return one fact-check per case id (per case when none are given)
     * @throws WorkflowException if a case does not exist (the message says how to find one) or its
     *                           history cannot be read
     */
    List<FactCheck> factChecks(DeskSession session, List<String> caseIds) throws WorkflowException;

    /**
     * Writes one document to a stream (standard output, say). The document is made in memory
     * first: if the exporter fails, nothing is written.
     *
     * @param exporter the exporter
     * @param checks   the fact-checks; exactly one if the exporter is {@link Exporter#perCase()}
     * @param out      where to write; flushed, not closed
     * @return what was exported; for a per-case exporter that refuses the case, nothing was
     *         written and the refusal is the outcome's one problem
     * @throws ExportException          if an exporter of all cases refuses them; nothing was written
     * @throws IOException              if writing fails
     * @throws IllegalArgumentException if the exporter is per-case and {@code checks} does not hold
     *                                  exactly one fact-check (a stream holds one document)
     */
    ExportOutcome export(Exporter exporter, List<FactCheck> checks, OutputStream out) throws ExportException, IOException;

    /**
     * Writes to a file or a directory, atomically.
     *
     * <ul>
     * <li>An exporter of all cases writes one file, {@code target}.</li>
     * <li>A per-case exporter given several fact-checks creates the directory {@code target} (and
     * its parents) if missing and writes {@code ID.EXTENSION} into it for each case
     * ({@link Exporter#extension()}); given one, it writes {@code target/ID.EXTENSION} if
     * {@code target} is a directory, else the file {@code target}. A case the exporter refuses
     * (with {@link ExportException}) is one of the outcome's problems; the others are still written.</li>
     * </ul>
     *
     * @param exporter the exporter
     * @param checks   the fact-checks
     * @param target   the file or directory, resolved by the caller
     * @return the files written and the cases refused
     * @throws ExportException if an exporter of all cases refuses them; nothing was written
     * @throws IOException     if a file or the directory cannot be written (a {@code target}
     *                         that is a directory, for an exporter of all cases, among them);
     *                         files written before stay written, the one being written is left as it was
     */
    ExportOutcome export(Exporter exporter, List<FactCheck> checks, Path target) throws ExportException, IOException;
}

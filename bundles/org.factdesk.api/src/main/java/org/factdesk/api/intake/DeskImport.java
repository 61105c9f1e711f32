package org.factdesk.api.intake;

import java.util.List;

import org.factdesk.api.article.Article;
import org.factdesk.api.desk.Case;
import org.factdesk.api.desk.DeskSession;
import org.factdesk.api.desk.WorkflowException;
import org.factdesk.api.job.CancelledException;
import org.factdesk.api.job.Monitor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Imports articles into a workspace: reads the inputs (as {@link Intake} does), checks each article
 * with the pipeline, and opens a case for each check-worthy claim, or adds the article to the case
 * already open for the same claim. The command line's {@code import} and the workbench's import
 * both go through it.
 */
@ProviderType
public interface DeskImport {

    /**
     * What the importer knows about the articles that the inputs do not say.
     *
     * @param minScore  the check-worthiness score from which a claim gets a case, in [0, 1]
     * @param url       where the article was published, or null (only with a single input)
     * @param publisher who published it, or null
     * @param published when it was published (ISO-8601 date), or null to keep what the input says
     * @param threads   how many articles are checked at once, at least 1; the workspace is still
     *                  written one article at a time, in input order
     */
    record Options(double minScore, String url, String publisher, String published, int threads) {

        public Options {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, not " + threads);
            }
        }

        /** Options that check one article per core. */
        public Options(double minScore, String url, String publisher, String published) {
            this(minScore, url, publisher, published, Runtime.getRuntime().availableProcessors());
        }
    }

    /** What happens to each input, as it happens. */
    interface Listener {
        /**
         * One article is in the workspace.
         *
         * @param location where it came from, as the user named it
         * @param article  the article as stored
         * @param opened   the cases opened for its claims
         * @param joined   the cases it joined: the same claim was already in a case
         */
        void imported(String location, Article article, List<Case> opened, List<Case> joined);

        /**
         * An input could not be read; the others are still imported.
         *
         * @param problem what failed
         */
        void problem(InputProblem problem);
    }

    /**
     * Imports every input of the request.
     *
     * @param session  an open, writable desk session
     * @param actor    who imports (a person of the desk)
     * @param request  the inputs
     * @param options  score threshold and publication details
     * @param listener told of each article and problem, on the calling thread, in input order
     * @param monitor  progress and cancellation
     * @return what was read
     * @throws WorkflowException  if the workflow refuses the import (an unknown actor, say); the
     *                            articles imported before stay imported
     * @throws CancelledException if cancelled; the articles imported before stay imported
     */
    Summary importInto(DeskSession session, String actor, Request request, Options options, Listener listener, Monitor monitor)
            throws WorkflowException, CancelledException;
}

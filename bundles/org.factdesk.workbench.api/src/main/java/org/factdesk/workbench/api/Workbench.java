package org.factdesk.workbench.api;

import java.util.Optional;

import org.factdesk.api.job.Job;
import org.factdesk.api.job.JobHandle;
import org.osgi.annotation.versioning.ProviderType;

/** The open workbench, as its contributions see it. A service the workbench provides while its window is open. */
@ProviderType
public interface Workbench {

    /**
     * Shows a view, opening it where the perspective puts it if it is closed.
     *
     * @param viewId the view's id
     * @return false if no bundle provides that view now
     */
    boolean showView(String viewId);

    /**
     * Switches to a perspective: {@code check}, {@code review}, {@code plugins}, or one a bundle contributes.
     *
     * @param perspectiveId the perspective's id
     * @return false if there is no such perspective
     */
    boolean showPerspective(String perspectiveId);

    /**
     * Runs long work off the event dispatch thread, shown in the progress view and the status bar.
     *
     * @param <T> the result type
     * @param job the work
     * @return its handle: progress, cancel, result
     */
    <T> JobHandle<T> run(Job<T> job);

    /**
     * Shows a message in the status bar for a while.
     *
     * @param message one line
     */
    void status(String message);

    /**
     * Reports an error to the user (a dialog) and to the Error Log.
     *
     * @param message what failed, in the user's terms
     * @param cause   the cause, or null
     */
    void error(String message, Throwable cause);

    /** @return the workspace the workbench has open, if any: its directory as given to {@code factdesk gui --workspace} */
    Optional<java.nio.file.Path> workspace();

    /** @return the person working, as given by {@code --as} or chosen at start */
    Optional<String> user();
}

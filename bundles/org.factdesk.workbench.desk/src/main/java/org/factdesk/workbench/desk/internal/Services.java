package org.factdesk.workbench.desk.internal;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import org.factdesk.api.desk.CaseDesk;
import org.factdesk.api.export.ExportService;
import org.factdesk.api.intake.DeskImport;
import org.factdesk.api.intake.Intake;
import org.factdesk.api.job.Job;
import org.factdesk.api.pipeline.Pipeline;
import org.factdesk.api.plugins.PluginShelf;

/**
 * What the views need from the running FactDesk: the application services (any may be missing
 * while its bundle is away), where the workspace, keys and plugins are, who works, and a way to
 * run long work. The DS component gives the real ones; tests give their own.
 */
public interface Services {

    /** @return the workflow, if its bundle runs */
    Optional<CaseDesk> caseDesk();

    /** @return the workspace import (intake + pipeline + workflow) */
    Optional<DeskImport> deskImport();

    /** @return the intake (check without importing) */
    Optional<Intake> intake();

    /** @return the pipeline */
    Optional<Pipeline> pipeline();

    /** @return the export service */
    Optional<ExportService> exports();

    /** @return the workspace directory: the workbench's, else {@code factdesk.workspace}, else {@code ./factdesk-workspace} */
    Path workspace();

    /** @return the private keys directory: {@code factdesk.keys}, else {@code ~/.factdesk/keys} */
    Path keys();

    /** @return where relative inputs start */
    Path workingDirectory();

    /** @return the plugins directory, if its watcher runs */
    Optional<PluginShelf> plugins();

    /** @return who works, as given by {@code --as} (the workbench's user), if anyone */
    Optional<String> givenUser();

    /**
     * Runs long work off the event dispatch thread: through the workbench's jobs (progress view,
     * status bar, cancel) when the workbench is there.
     *
     * @param <T> the result type
     * @param job the work
     * @return its result, completed on the worker thread
     */
    <T> CompletionStage<T> run(Job<T> job);

    /** @param message one line for the status bar */
    void status(String message);

    /**
     * @param message what failed, in the user's terms
     * @param cause   the cause, or null
     */
    void error(String message, Throwable cause);

    /** @param viewId a view to bring to front; ignored without a workbench */
    void showView(String viewId);
}

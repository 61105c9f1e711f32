package org.factdesk.workbench.desk.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;

import javax.swing.SwingUtilities;
import javax.swing.Timer;

import org.factdesk.api.check.Checker;
import org.factdesk.api.desk.CaseDesk;
import org.factdesk.api.export.ExportService;
import org.factdesk.api.intake.DeskImport;
import org.factdesk.api.intake.Intake;
import org.factdesk.api.job.Job;
import org.factdesk.api.pipeline.CheckerInfo;
import org.factdesk.api.pipeline.Pipeline;
import org.factdesk.api.plugins.PluginShelf;
import org.factdesk.workbench.api.Selection;
import org.factdesk.workbench.api.Workbench;
import org.factdesk.workbench.desk.internal.ui.Dialogs;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The fact-check desk inside the open workbench: the one {@link DeskModel} the views and commands
 * share, on the application services the command line calls (each may come and go with its bundle).
 * Exists while the workbench does; checkers arriving, leaving or being updated reach the model as a
 * change of the checkers running, so open articles are checked again.
 */
@Component(service = Desk.class)
public final class Desk implements Services {

    private final Workbench workbench;
    private final Selection selection;
    private final BundleContext context;
    private final Selection.Listener selectionListener;
    private final Timer checkersChanged;
    private final DeskModel model;
    private final Settings settings;

    private volatile CaseDesk caseDesk;
    private volatile DeskImport deskImport;
    private volatile Intake intake;
    private volatile Pipeline pipeline;
    private volatile ExportService exports;
    private volatile PluginShelf shelf;
    private volatile boolean opened;

    @Activate
    public Desk(@Reference Workbench workbench, @Reference Selection selection, BundleContext context) {
        this.workbench = workbench;
        this.selection = selection;
        this.context = context;
        this.settings = Settings.file(settingsFile(context));
        this.model = new DeskModel(this, settings);
        this.selectionListener = model::selected;
        // a bundle update unregisters and registers its checker: one look once the burst is over
        this.checkersChanged = new Timer(250, e -> model.checkersChanged(runningCheckers()));
        this.checkersChanged.setRepeats(false);
        SwingUtilities.invokeLater(() -> {
            model.setSelection(selection);
            model.setUserChooser(people -> Dialogs.choosePerson(javax.swing.FocusManager.getCurrentManager().getActiveWindow(),
                    "Who is working?", "Choose who you are at this desk:", people));
            selection.addListener(selectionListener);
            model.checkersChanged(runningCheckers());
            model.refresh();
            model.startWatching();
            opened = true;
        });
    }

    /** Beside the workbench's layouts: {@code factdesk.workbench.dir}, per user when {@code --as} names one. */
    static Path settingsFile(BundleContext context) {
        String dir = context.getProperty("factdesk.workbench.dir");
        Path base = dir != null && !dir.isBlank() ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".factdesk", "workbench");
        String user = context.getProperty("factdesk.user");
        Path folder = user == null || user.isBlank() ? base : base.resolve("users").resolve(user.replaceAll("[^A-Za-z0-9._-]", "_"));
        return folder.resolve("desk.properties");
    }

    @Deactivate
    void deactivate() {
        SwingUtilities.invokeLater(() -> {
            selection.removeListener(selectionListener);
            checkersChanged.stop();
            model.dispose();
        });
    }

    /** @return the model the views share; use it on the event dispatch thread */
    public DeskModel model() {
        return model;
    }

    /** @return the desk bundle's context */
    public BundleContext context() {
        return context;
    }

    /** @return what the views remember between runs */
    public Settings settings() {
        return settings;
    }

    private Map<String, Set<String>> runningCheckers() {
        Pipeline p = pipeline;
        Map<String, Set<String>> now = new HashMap<>();
        if (p != null) {
            for (CheckerInfo c : p.checkers()) {
                now.computeIfAbsent(c.id(), k -> new HashSet<>()).add(c.version());
            }
        }
        return now;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindChecker(Checker c) {
        SwingUtilities.invokeLater(checkersChanged::restart);
    }

    void unbindChecker(Checker c) {
        SwingUtilities.invokeLater(checkersChanged::restart);
    }

    // ---- the application services, each optional and dynamic

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindCaseDesk(CaseDesk d) {
        caseDesk = d;
        if (opened) {
            SwingUtilities.invokeLater(model::refresh); // the workflow came after the desk opened
        }
    }

    void unbindCaseDesk(CaseDesk d) {
        if (caseDesk == d) {
            caseDesk = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindDeskImport(DeskImport d) {
        deskImport = d;
    }

    void unbindDeskImport(DeskImport d) {
        if (deskImport == d) {
            deskImport = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindIntake(Intake i) {
        intake = i;
    }

    void unbindIntake(Intake i) {
        if (intake == i) {
            intake = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindPipeline(Pipeline p) {
        pipeline = p;
        SwingUtilities.invokeLater(checkersChanged::restart);
    }

    void unbindPipeline(Pipeline p) {
        if (pipeline == p) {
            pipeline = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindExports(ExportService e) {
        exports = e;
    }

    void unbindExports(ExportService e) {
        if (exports == e) {
            exports = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindShelf(PluginShelf s) {
        shelf = s;
    }

    void unbindShelf(PluginShelf s) {
        if (shelf == s) {
            shelf = null;
        }
    }

    // ---- Services

    @Override
    public Optional<CaseDesk> caseDesk() {
        return Optional.ofNullable(caseDesk);
    }

    @Override
    public Optional<DeskImport> deskImport() {
        return Optional.ofNullable(deskImport);
    }

    @Override
    public Optional<Intake> intake() {
        return Optional.ofNullable(intake);
    }

    @Override
    public Optional<Pipeline> pipeline() {
        return Optional.ofNullable(pipeline);
    }

    @Override
    public Optional<ExportService> exports() {
        return Optional.ofNullable(exports);
    }

    @Override
    public Optional<PluginShelf> plugins() {
        return Optional.ofNullable(shelf);
    }

    @Override
    public Path workspace() {
        return workbench.workspace().orElseGet(() -> workingDirectory().resolve("factdesk-workspace")).toAbsolutePath().normalize();
    }

    @Override
    public Path keys() {
        String k = context.getProperty("factdesk.keys");
        return k != null && !k.isBlank() ? Path.of(k) : Path.of(System.getProperty("user.home"), ".factdesk", "keys");
    }

    @Override
    public Path workingDirectory() {
        return Path.of("").toAbsolutePath();
    }

    @Override
    public Optional<String> givenUser() {
        return workbench.user();
    }

    @Override
    public <T> CompletionStage<T> run(Job<T> job) {
        return workbench.run(job).result();
    }

    @Override
    public void status(String message) {
        workbench.status(message);
    }

    @Override
    public void error(String message, Throwable cause) {
        workbench.error(message, cause);
    }

    @Override
    public void showView(String viewId) {
        workbench.showView(viewId);
    }
}

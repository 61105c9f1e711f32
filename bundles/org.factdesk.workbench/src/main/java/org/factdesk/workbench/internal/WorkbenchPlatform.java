package org.factdesk.workbench.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

import javax.swing.SwingUtilities;

import org.factdesk.api.config.DeskConfiguration;
import org.factdesk.api.job.Job;
import org.factdesk.api.job.JobHandle;
import org.factdesk.api.job.Jobs;
import org.factdesk.workbench.api.Command;
import org.factdesk.workbench.api.PreferencePage;
import org.factdesk.workbench.api.QuickAccessProvider;
import org.factdesk.workbench.api.Selection;
import org.factdesk.workbench.api.StatusItem;
import org.factdesk.workbench.api.View;
import org.factdesk.workbench.api.Workbench;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * The workbench: opens the main window when it activates and closes it when it deactivates; takes
 * views, commands, status items, preference pages and Quick Access providers as they come and go
 * (whiteboard), handing each change to the event dispatch thread; provides the {@link Workbench}
 * service. When the user closes the window it tells the launcher ({@code factdesk gui}), which
 * stops the framework.
 */
@Component(service = Workbench.class, immediate = true)
public final class WorkbenchPlatform implements Workbench {

    /** Framework or system property: where layouts and workbench state are kept (default {@code ~/.factdesk/workbench}). */
    static final String DIR_PROPERTY = "factdesk.workbench.dir";

    final Logger log;
    final BundleContext context;
    final Selection selection;
    private final WorkbenchWindow window;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile Jobs jobs;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile DeskConfiguration configuration;
    /** Armed once the window is open: start-up work is not a freeze. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile org.factdesk.workbench.api.FreezeMonitor freezeMonitor;
    /** The launcher's {@code gui} command waits on this for the window to close. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, target = "(factdesk.launch=gui)")
    volatile IntConsumer launch;

    @Activate
    public WorkbenchPlatform(BundleContext context, @Reference(service = LoggerFactory.class) Logger log, @Reference Selection selection) {
        this.context = context;
        this.log = log;
        this.selection = selection;
        this.window = new WorkbenchWindow(this, new PerspectiveStore(storeDir(context), log::warn));
        SwingUtilities.invokeLater(window::open);
    }

    static Path storeDir(BundleContext context) {
        String dir = context.getProperty(DIR_PROPERTY);
        Path base = dir != null && !dir.isBlank() ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".factdesk", "workbench");
        String user = context.getProperty("factdesk.user");
        // several people may work at one machine under one account (--as): each keeps their own layouts
        return user == null || user.isBlank() ? base : base.resolve("users").resolve(user.replaceAll("[^A-Za-z0-9._-]", "_"));
    }

    @Deactivate
    void deactivate() {
        onEdt(window::close);
    }

    /** Runs on the event thread and waits a while for it; never waits when called there. */
    private void onEdt(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
            return;
        }
        CountDownLatch done = new CountDownLatch(1);
        SwingUtilities.invokeLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        try {
            if (!done.await(10, TimeUnit.SECONDS)) {
                log.warn("the workbench window did not close within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The window is open and laid out: from now on a long event is a freeze. */
    void windowSettled() {
        if (freezeMonitor instanceof FreezeWatch w) {
            w.arm();
        }
        String shots = context.getProperty(Screenshots.PROPERTY);
        if (shots != null && !shots.isBlank()) {
            new Screenshots(this, window, Path.of(shots), context.getProperty(Screenshots.OPEN)).start();
        }
    }

    /** The window is going: long events now are its closing, not freezes. */
    void windowClosing() {
        if (freezeMonitor instanceof FreezeWatch w) {
            w.disarm();
        }
    }

    /** The user closed the window: the launcher may stop the framework. */
    void windowClosed() {
        windowClosed(0);
    }

    /** The window closed: the launcher may stop the framework, {@code factdesk gui} exits with this code. */
    void windowClosed(int code) {
        IntConsumer l = launch;
        if (l != null) {
            // not on the event thread: stopping the framework waits for this component to deactivate
            Thread t = new Thread(() -> l.accept(code), "factdesk-workbench-closed");
            t.setDaemon(true);
            t.start();
        }
    }

    // ---- whiteboard

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindView(View view, Map<String, Object> props) {
        try {
            Contributions.ViewInfo info = Contributions.view(view, props);
            SwingUtilities.invokeLater(() -> window.addView(info));
        } catch (IllegalArgumentException e) {
            log.warn("ignoring a view: {}", e.getMessage());
        }
    }

    void unbindView(View view, Map<String, Object> props) {
        long id = Contributions.serviceId(props);
        SwingUtilities.invokeLater(() -> window.removeView(id));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindCommand(Command command, Map<String, Object> props) {
        try {
            Contributions.CommandInfo info = Contributions.command(command, props);
            SwingUtilities.invokeLater(() -> window.addCommand(info));
        } catch (IllegalArgumentException e) {
            log.warn("ignoring a command: {}", e.getMessage());
        }
    }

    void unbindCommand(Command command, Map<String, Object> props) {
        long id = Contributions.serviceId(props);
        SwingUtilities.invokeLater(() -> window.removeCommand(id));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindStatusItem(StatusItem item, Map<String, Object> props) {
        long id = Contributions.serviceId(props);
        int order = Contributions.integer(props, StatusItem.ORDER, 500);
        SwingUtilities.invokeLater(() -> window.addStatusItem(id, order, item));
    }

    void unbindStatusItem(StatusItem item, Map<String, Object> props) {
        long id = Contributions.serviceId(props);
        SwingUtilities.invokeLater(() -> window.removeStatusItem(id));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindPreferencePage(PreferencePage page, Map<String, Object> props) {
        long id = Contributions.serviceId(props);
        String title = Contributions.string(props, PreferencePage.TITLE, Contributions.string(props, PreferencePage.ID, "Page " + id));
        SwingUtilities.invokeLater(() -> window.pages.put(id, new PreferencesDialog.Contributed(title, page)));
    }

    void unbindPreferencePage(PreferencePage page, Map<String, Object> props) {
        long id = Contributions.serviceId(props);
        SwingUtilities.invokeLater(() -> window.pages.remove(id));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindQuickAccessProvider(QuickAccessProvider provider, Map<String, Object> props) {
        long id = Contributions.serviceId(props);
        String category = Contributions.string(props, QuickAccessProvider.CATEGORY, "More");
        window.providers.put(id, new QuickAccess.Provider(category, provider));
    }

    void unbindQuickAccessProvider(QuickAccessProvider provider, Map<String, Object> props) {
        window.providers.remove(Contributions.serviceId(props));
    }

    // ---- the Workbench service

    @Override
    public boolean showView(String viewId) {
        if (SwingUtilities.isEventDispatchThread()) {
            return window.showView(viewId);
        }
        SwingUtilities.invokeLater(() -> window.showView(viewId));
        return window.isProvided(viewId);
    }

    @Override
    public boolean showPerspective(String perspectiveId) {
        if (!PerspectiveStore.STOCK.contains(perspectiveId)) {
            return false;
        }
        if (SwingUtilities.isEventDispatchThread()) {
            return window.showPerspective(perspectiveId);
        }
        SwingUtilities.invokeLater(() -> window.showPerspective(perspectiveId));
        return true;
    }

    @Override
    public <T> JobHandle<T> run(Job<T> job) {
        Jobs j = jobs;
        if (j == null) {
            throw new IllegalStateException("no Jobs service: long work cannot run now");
        }
        return j.schedule(job);
    }

    @Override
    public void status(String message) {
        SwingUtilities.invokeLater(() -> window.status(message));
    }

    @Override
    public void error(String message, Throwable cause) {
        if (cause != null) {
            log.error(message, cause);
        } else {
            log.error(message);
        }
        SwingUtilities.invokeLater(() -> window.showError(message, cause));
    }

    @Override
    public Optional<Path> workspace() {
        String w = context.getProperty("factdesk.workspace");
        return w == null || w.isBlank() ? Optional.empty() : Optional.of(Path.of(w));
    }

    @Override
    public Optional<String> user() {
        String u = context.getProperty("factdesk.user");
        return u == null || u.isBlank() ? Optional.empty() : Optional.of(u);
    }
}

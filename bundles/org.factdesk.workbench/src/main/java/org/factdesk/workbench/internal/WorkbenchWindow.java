package org.factdesk.workbench.internal;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.datatransfer.StringSelection;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.swing.AbstractAction;
import javax.swing.AbstractButton;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import javax.swing.JToolBar;
import javax.swing.KeyStroke;
import javax.swing.SwingConstants;
import javax.swing.Timer;
import javax.swing.UIManager;
import javax.swing.event.MenuEvent;
import javax.swing.event.MenuListener;

import org.factdesk.workbench.api.Command;
import org.factdesk.workbench.api.CommandContext;
import org.factdesk.workbench.api.Selection;
import org.factdesk.workbench.api.StatusItem;
import org.factdesk.workbench.api.ViewSite;
import org.factdesk.workbench.api.Workbench;

import io.github.andrewauclair.moderndocking.DockableTabPreference;
import io.github.andrewauclair.moderndocking.app.Docking;
import io.github.andrewauclair.moderndocking.app.RootDockingPanel;
import io.github.andrewauclair.moderndocking.event.DockingListener;
import io.github.andrewauclair.moderndocking.settings.Settings;

/**
 * The main window and everything in it. Every method runs on the event dispatch thread except where
 * a field says otherwise ({@link #providers}).
 */
final class WorkbenchWindow {

    /** The frame's name, for tests and accessibility tools to find it. */
    static final String FRAME_NAME = "factdesk.workbench";

    private final WorkbenchPlatform platform;
    private final PerspectiveStore store;
    private PerspectiveStore.State state;

    private JFrame frame;
    private RootDockingPanel root;
    private DockingDesk desk;
    private JToolBar toolbar;
    private StatusBar statusBar;
    private QuickAccess quickAccess;
    private Perspective current;
    private boolean applying;
    private boolean closed;
    private Timer saveTimer;
    private final DockingListener dockingListener = e -> layoutChanged();
    private final Selection.Listener selectionListener = (source, selection) -> updateEnablement();
    /**
     * A command's enablement can change with no selection change (the case just taken, another
     * user's verdict read from the workspace): before a key that may be an accelerator reaches the
     * window, the menus are brought up to date, so the key works the moment the command may run.
     */
    private final java.awt.KeyEventDispatcher freshAccelerators = e -> {
        if (e.getID() == java.awt.event.KeyEvent.KEY_PRESSED && frame != null && frame.isActive()
                && ((e.getModifiersEx() & (java.awt.event.InputEvent.CTRL_DOWN_MASK | java.awt.event.InputEvent.ALT_DOWN_MASK
                        | java.awt.event.InputEvent.META_DOWN_MASK)) != 0
                    || (e.getKeyCode() >= java.awt.event.KeyEvent.VK_F1 && e.getKeyCode() <= java.awt.event.KeyEvent.VK_F12))) {
            updateEnablement();
        }
        return false;
    };
    /** The toolbar shows the same: enablement looked at again while the window is in front. */
    private final Timer enablementTimer = new Timer(1000, e -> {
        if (frame != null && frame.isActive()) {
            updateEnablement();
        }
    });

    /** View id to its slot: its provider (if any), its dockable (once laid out or shown). */
    private final Map<String, Slot> slots = new LinkedHashMap<>();
    /** View services in arrival order; the first with an id provides it. */
    private final List<Contributions.ViewInfo> viewServices = new ArrayList<>();
    private final Map<Long, Contributions.CommandInfo> commands = new LinkedHashMap<>();
    private final List<Contributions.CommandInfo> builtins = new ArrayList<>();
    private final Map<String, List<AbstractButton>> controls = new HashMap<>();
    private final List<KeyStroke> keyBindings = new ArrayList<>();
    /** Keys given out in this menu build: a later command asking for a taken key gets none. */
    private final Map<KeyStroke, String> taken = new HashMap<>();
    private final Map<Long, StatusBar.Entry> statusItems = new LinkedHashMap<>();
    final Map<Long, PreferencesDialog.Contributed> pages = new LinkedHashMap<>();
    /** Quick Access providers; written from SCR threads, read by the Quick Access worker. */
    final Map<Long, QuickAccess.Provider> providers = new ConcurrentHashMap<>();

    private static final class Slot {
        final String id;
        String title;
        Contributions.ViewInfo info;
        JComponent content;
        ViewDockable dockable;

        Slot(String id) {
            this.id = id;
            this.title = defaultTitle(id);
        }
    }

    WorkbenchWindow(WorkbenchPlatform platform, PerspectiveStore store) {
        this.platform = platform;
        this.store = store;
    }

    JFrame frame() {
        return frame;
    }

    // ---- opening and closing

    void open() {
        if (frame != null || closed) {
            return;
        }
        if (GraphicsEnvironment.isHeadless()) {
            platform.log.warn("no display (headless Java): the workbench window cannot open");
            return;
        }
        state = store.loadState();
        Theme.install(state.theme());
        Settings.setDefaultTabPreference(DockableTabPreference.TOP_ALWAYS);
        Settings.setActiveHighlighterEnabled(true);

        frame = new JFrame(title());
        frame.setName(FRAME_NAME);
        frame.getAccessibleContext().setAccessibleName("FactDesk workbench");
        frame.setDefaultCloseOperation(JFrame.DO_NOTHING_ON_CLOSE);
        frame.setIconImages(Icons.appImages());
        Docking.initialize(frame);
        root = new RootDockingPanel(frame);
        root.setEmptyPanel(emptyPanel());
        desk = new DockingDesk(frame);

        toolbar = new JToolBar();
        toolbar.setFloatable(false);
        toolbar.setName("toolbar");
        toolbar.getAccessibleContext().setAccessibleName("Toolbar");
        toolbar.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(0, 0, 1, 0, UIManager.getColor("Component.borderColor")),
                BorderFactory.createEmptyBorder(2, 6, 2, 6)));
        statusBar = new StatusBar(platform);
        JPanel content = new JPanel(new BorderLayout());
        content.add(toolbar, BorderLayout.NORTH);
        content.add(root, BorderLayout.CENTER);
        content.add(statusBar, BorderLayout.SOUTH);
        frame.setContentPane(content);

        builtins.addAll(builtinCommands());
        String perspective = PerspectiveStore.STOCK.contains(state.perspective()) ? state.perspective() : PerspectiveStore.STOCK.get(0);
        current = store.load(perspective);
        placeWindow(current.window());
        rebuildMenus();
        statusItems.values().forEach(statusBar::add);
        platform.workspace().ifPresent(w -> state = state.withWorkspace(w.toString()));
        saveState();

        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                closeByUser();
            }
        });
        frame.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                layoutChanged();
            }

            @Override
            public void componentMoved(ComponentEvent e) {
                layoutChanged();
            }
        });
        quickAccess = new QuickAccess(frame, providers.values(), platform.log);
        saveTimer = new Timer(1000, e -> saveLayout());
        saveTimer.setRepeats(false);

        frame.setVisible(true);
        apply(current);
        Docking.addDockingListener(dockingListener);
        platform.selection.addListener(selectionListener);
        java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().addKeyEventDispatcher(freshAccelerators);
        enablementTimer.start();
        status("Ready");
        // the first paint and the views' first layout come after this event: the monitor starts after them
        Timer settled = new Timer(1500, e -> platform.windowSettled());
        settled.setRepeats(false);
        settled.start();
    }

    private String title() {
        StringBuilder t = new StringBuilder("FactDesk");
        platform.workspace().ifPresent(w -> t.append(" \u2014 ").append(w.getFileName() == null ? w : w.getFileName()));
        platform.user().ifPresent(u -> t.append(" \u2014 ").append(u));
        return t.toString();
    }

    private void placeWindow(Perspective.Bounds b) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        if (b == null) {
            frame.setSize(Math.min(1440, screen.width), Math.min(900, screen.height));
            frame.setLocationRelativeTo(null);
            return;
        }
        int w = Math.min(b.width(), screen.width);
        int h = Math.min(b.height(), screen.height);
        int x = Math.max(screen.x, Math.min(b.x(), screen.x + screen.width - w));
        int y = Math.max(screen.y, Math.min(b.y(), screen.y + screen.height - h));
        frame.setBounds(x, y, w, h);
        if (b.maximized()) {
            frame.setExtendedState(Frame.MAXIMIZED_BOTH);
        }
    }

    /** The user closed the window: save, close, and let the launcher stop the framework. */
    void closeByUser() {
        close();
        platform.windowClosed();
    }

    /** Saves the layout and the state, releases the views and disposes the window. */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (frame == null) {
            return;
        }
        platform.windowClosing(); // saving and disposing is no freeze: nobody waits on the window
        saveTimer.stop();
        saveLayout();
        saveState();
        platform.selection.removeListener(selectionListener);
        java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().removeKeyEventDispatcher(freshAccelerators);
        enablementTimer.stop();
        Docking.removeDockingListener(dockingListener);
        for (Slot s : slots.values()) {
            disposeView(s);
        }
        statusBar.dispose();
        frame.dispose();
        try {
            Docking.deregisterAllDockables();
            Docking.uninitialize();
        } catch (RuntimeException e) {
            platform.log.debug("docking framework did not uninitialize cleanly: {}", e.toString());
        }
    }

    // ---- views

    void addView(Contributions.ViewInfo info) {
        viewServices.add(info);
        Slot slot = slots.computeIfAbsent(info.id(), Slot::new);
        if (slot.info != null) {
            platform.log.warn("two services provide the view {}; the one from {} is used", info.id(), slot.info.bundle());
            return;
        }
        slot.info = info;
        slot.title = info.title();
        if (frame == null || closed) {
            return;
        }
        if (slot.dockable != null) {
            slot.dockable.setTitle(slot.title);
            if (Docking.isDocked(slot.dockable)) {
                fill(slot);
                Docking.updateTabInfo(slot.dockable);
            }
        } else if (current != null && !current.views().contains(info.id()) && !state.knownViews().contains(info.id())) {
            // a view the user has never seen, from a bundle that just arrived: show it where it asks to be
            applying = true;
            try {
                desk.dockByArea(dockable(slot), info.area(), current, this::docked);
            } finally {
                applying = false;
            }
            fill(slot);
            layoutChanged();
        }
        state = state.withKnownView(info.id());
        saveState();
        rebuildMenus();
    }

    void removeView(long serviceId) {
        Contributions.ViewInfo info = viewServices.stream().filter(v -> v.serviceId() == serviceId).findFirst().orElse(null);
        if (info == null) {
            return;
        }
        viewServices.remove(info);
        Slot slot = slots.get(info.id());
        if (slot == null || slot.info != info) {
            return;
        }
        disposeView(slot);
        slot.info = viewServices.stream().filter(v -> v.id().equals(info.id())).findFirst().orElse(null);
        if (frame == null || closed) {
            return;
        }
        if (slot.info != null) {
            slot.title = slot.info.title();
            if (slot.dockable != null && Docking.isDocked(slot.dockable)) {
                fill(slot);
            }
        } else if (slot.dockable != null) {
            slot.dockable.showPlaceholder(); // the layout keeps the view's place
            if (Docking.isDocked(slot.dockable)) {
                Docking.updateTabInfo(slot.dockable);
            }
        }
        rebuildMenus();
    }

    boolean isProvided(String viewId) {
        Slot s = slots.get(viewId);
        return s != null && s.info != null;
    }

    private Optional<ViewDockable> docked(String viewId) {
        Slot s = slots.get(viewId);
        return s != null && s.dockable != null && Docking.isDocked(s.dockable) ? Optional.of(s.dockable) : Optional.empty();
    }

    private ViewDockable dockable(Slot slot) {
        if (slot.dockable == null) {
            slot.dockable = new ViewDockable(slot.id, slot.title);
            Docking.registerDockable(slot.dockable);
        }
        return slot.dockable;
    }

    /** Creates the view's component if its provider is there and it has none yet. */
    private void fill(Slot slot) {
        if (slot.dockable == null) {
            return;
        }
        if (slot.info == null) {
            slot.dockable.showPlaceholder();
            updateTab(slot);
            return;
        }
        if (slot.content == null) {
            JComponent c;
            try {
                c = slot.info.view().create(new Site(slot));
                if (c == null) {
                    throw new IllegalStateException("create returned null");
                }
            } catch (RuntimeException | LinkageError e) {
                platform.log.error("the view " + slot.id + " failed to open", e);
                JLabel failed = new JLabel("<html><b>" + slot.title + "</b> failed to open: " + e + "</html>", SwingConstants.CENTER);
                c = failed;
            }
            slot.content = c;
        }
        slot.dockable.setTitle(slot.title);
        slot.dockable.setContent(slot.content);
        updateTab(slot);
    }

    private static void updateTab(Slot slot) {
        if (Docking.isDocked(slot.dockable)) {
            Docking.updateTabInfo(slot.dockable); // "(not available)" goes or comes
        }
    }

    private void disposeView(Slot slot) {
        if (slot.content != null && slot.info != null) {
            try {
                slot.info.view().dispose();
            } catch (RuntimeException e) {
                platform.log.warn("the view {} failed to dispose: {}", slot.id, e.toString());
            }
        }
        slot.content = null;
    }

    boolean showView(String viewId) {
        Slot slot = slots.get(viewId);
        if (slot == null || slot.info == null || frame == null) {
            return false;
        }
        ViewDockable d = dockable(slot);
        if (!Docking.isDocked(d)) {
            applying = true;
            try {
                if (!desk.dockBack(d, current, this::docked)) {
                    desk.dockByArea(d, slot.info.area(), current, this::docked);
                }
            } finally {
                applying = false;
            }
            layoutChanged();
        }
        fill(slot);
        Docking.bringToFront(d);
        d.requestFocusInWindow();
        return true;
    }

    // ---- perspectives

    boolean showPerspective(String id) {
        if (frame == null || !PerspectiveStore.STOCK.contains(id)) {
            return false;
        }
        if (current != null && current.id().equals(id)) {
            return true;
        }
        saveLayout();
        current = store.load(id);
        apply(current);
        state = state.withPerspective(id);
        saveState();
        updateEnablement();
        status(current.label() + " perspective");
        return true;
    }

    void resetPerspective() {
        try {
            current = store.reset(current.id());
        } catch (IOException e) {
            platform.log.warn("could not remove the saved layout of {}: {}", current.id(), e.toString());
            current = PerspectiveStore.stock(current.id());
        }
        apply(current);
        status(current.label() + " perspective reset");
    }

    private void apply(Perspective p) {
        applying = true;
        try {
            for (Slot s : slots.values()) {
                if (s.dockable != null && Docking.isDocked(s.dockable)) {
                    Docking.undock(s.dockable);
                }
            }
            for (String v : p.views()) {
                slots.computeIfAbsent(v, Slot::new);
            }
            desk.build(p.layout(), v -> dockable(slots.computeIfAbsent(v, Slot::new)));
            for (String v : p.views()) {
                fill(slots.get(v));
            }
        } catch (RuntimeException e) {
            platform.log.error("the " + p.id() + " perspective could not be laid out; using the stock one", e);
            if (!p.equals(PerspectiveStore.stock(p.id()))) {
                current = PerspectiveStore.stock(p.id());
                apply(current);
            }
        } finally {
            applying = false;
        }
        root.revalidate();
        root.repaint();
        Perspective.Node laidOut = current.layout();
        javax.swing.SwingUtilities.invokeLater(() -> {
            frame.validate();
            boolean was = applying;
            applying = true;
            try {
                desk.enforce(root, laidOut);
            } finally {
                applying = was;
            }
        });
        updatePerspectiveButtons();
    }

    /** Something moved: save the layout soon (once, however many changes come). */
    private void layoutChanged() {
        if (!applying && saveTimer != null && !closed) {
            saveTimer.restart();
        }
    }

    private void saveLayout() {
        if (frame == null || current == null) {
            return;
        }
        Perspective.Node node = desk.capture(root, this::areaOf);
        boolean max = (frame.getExtendedState() & Frame.MAXIMIZED_BOTH) == Frame.MAXIMIZED_BOTH;
        Rectangle r = frame.getBounds();
        Perspective.Bounds b = max && current.window() != null
                ? new Perspective.Bounds(current.window().x(), current.window().y(), current.window().width(), current.window().height(), true)
                : new Perspective.Bounds(r.x, r.y, r.width, r.height, max);
        current = current.withLayout(node).withWindow(b);
        try {
            store.save(current);
        } catch (IOException e) {
            platform.log.warn("could not save the layout of {}: {}", current.id(), e.toString());
        }
    }

    /** The area of a stack read back from the window: as the perspective had it, else as its views ask. */
    private String areaOf(List<String> views) {
        if (current != null) {
            for (String v : views) {
                Optional<Perspective.Stack> s = current.stackOf(v);
                if (s.isPresent() && !s.get().area().isEmpty()) {
                    return s.get().area();
                }
            }
        }
        for (String v : views) {
            Slot s = slots.get(v);
            if (s != null && s.info != null) {
                return s.info.area();
            }
        }
        return "";
    }

    Perspective currentPerspective() {
        return current;
    }

    private void saveState() {
        try {
            store.saveState(state);
        } catch (IOException e) {
            platform.log.warn("could not save the workbench state in {}: {}", store.dir(), e.toString());
        }
    }

    // ---- commands

    void addCommand(Contributions.CommandInfo info) {
        commands.put(info.serviceId(), info);
        if (frame != null && !closed) {
            rebuildMenus();
        }
    }

    void removeCommand(long serviceId) {
        if (commands.remove(serviceId) != null && frame != null && !closed) {
            rebuildMenus();
        }
    }

    /** Every command: the workbench's own, then the contributed ones. */
    List<Contributions.CommandInfo> allCommands() {
        List<Contributions.CommandInfo> all = new ArrayList<>(builtins);
        all.addAll(commands.values());
        return all;
    }

    private List<Contributions.CommandInfo> builtinCommands() {
        List<Contributions.CommandInfo> b = new ArrayList<>();
        b.add(builtin("workbench.exit", "Exit", "File", 900, "ctrl Q", c -> closeByUser()));
        b.add(builtin("workbench.quickAccess", "Quick Access\u2026", "Edit", 100, "ctrl 3", c -> quickAccess()));
        b.add(builtin("workbench.preferences", "Preferences\u2026", "Edit", 900, "ctrl COMMA", c -> preferences()));
        b.add(new Contributions.CommandInfo(-10, "workbench.theme.dark", "Dark Theme", "View", 100, "ctrl alt D", false, "",
                c -> switchTheme(Theme.isDark() ? Theme.LIGHT : Theme.DARK), Theme::isDark));
        int i = 0;
        for (String id : PerspectiveStore.STOCK) {
            i++;
            String label = PerspectiveStore.stock(id).label();
            b.add(new Contributions.CommandInfo(-20 - i, "workbench.perspective." + id, label + " Perspective", "Window", 100 + i,
                    "ctrl alt " + i, false, "", c -> showPerspective(id), () -> current != null && current.id().equals(id)));
        }
        b.add(builtin("workbench.perspective.reset", "Reset Perspective", "Window", 300, "ctrl alt shift R", c -> resetPerspective()));
        b.add(builtin("workbench.shortcuts", "Keyboard Shortcuts", "Help", 100, "ctrl shift L", c -> ShortcutsDialog.show(frame, allCommands())));
        b.add(builtin("workbench.about", "About FactDesk", "Help", 900, "shift F1", c -> AboutDialog.show(frame, platform.context)));
        return b;
    }

    private static long builtinIds = -100;

    private static Contributions.CommandInfo builtin(String id, String label, String menu, int order, String key, Command command) {
        return new Contributions.CommandInfo(builtinIds--, id, label, menu, order, key, false, "", command, null);
    }

    /** Show View items, recent workspaces: menu entries made from the workbench's state, not commands of their own. */
    private List<Contributions.CommandInfo> generated() {
        List<Contributions.CommandInfo> g = new ArrayList<>();
        long n = -1000;
        List<Slot> provided = slots.values().stream().filter(s -> s.info != null)
                .sorted(Comparator.comparingInt((Slot s) -> s.info.order()).thenComparing(s -> s.title)).toList();
        for (Slot s : provided) {
            String accel = switch (s.id) {
                case org.factdesk.workbench.api.StandardViews.PROGRESS -> "ctrl alt P";
                case org.factdesk.workbench.api.StandardViews.ERROR_LOG -> "ctrl alt E";
                default -> "";
            };
            g.add(new Contributions.CommandInfo(n--, "workbench.showView." + s.id, s.title, "Window/Show View", 200, accel, false, "",
                    c -> showView(s.id), null));
        }
        int i = 0;
        for (String w : state.workspaces()) {
            g.add(new Contributions.CommandInfo(n--, "workbench.workspace." + i++, w, "File/Recent Workspaces", 800, "", false, "",
                    c -> recentWorkspace(w), null));
        }
        return g;
    }

    private void recentWorkspace(String w) {
        Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection("factdesk gui --workspace " + w), null);
        status("A workspace opens at start: \"factdesk gui --workspace " + w + "\" is on the clipboard");
    }

    private void rebuildMenus() {
        if (frame == null) {
            return;
        }
        controls.clear();
        taken.clear();
        List<Contributions.CommandInfo> all = allCommands();
        all.addAll(generated());
        Map<String, Contributions.CommandInfo> byId = new LinkedHashMap<>();
        for (Contributions.CommandInfo c : all) {
            byId.putIfAbsent(c.id(), c);
        }
        JMenuBar bar = new JMenuBar();
        bar.getAccessibleContext().setAccessibleName("Main menu");
        for (MenuModel.Menu m : MenuModel.build(byId.values().stream().map(Contributions.CommandInfo::entry).toList())) {
            bar.add(menu(m, byId));
        }
        frame.setJMenuBar(bar);

        // commands without a menu still have their key
        javax.swing.InputMap im = frame.getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW);
        javax.swing.ActionMap am = frame.getRootPane().getActionMap();
        keyBindings.forEach(im::remove);
        keyBindings.clear();
        for (Contributions.CommandInfo c : byId.values()) {
            if ((c.menu() == null || c.menu().isBlank()) && !c.accelerator().isBlank()) {
                KeyStroke ks = claim(c);
                if (ks != null) {
                    im.put(ks, "command:" + c.id());
                    am.put("command:" + c.id(), new AbstractAction() {
                        private static final long serialVersionUID = 1L;

                        @Override
                        public void actionPerformed(java.awt.event.ActionEvent e) {
                            run(c);
                        }
                    });
                    keyBindings.add(ks);
                }
            }
        }
        rebuildToolbar(byId.values());
        bar.revalidate();
        updateEnablement();
    }

    private JMenu menu(MenuModel.Menu m, Map<String, Contributions.CommandInfo> byId) {
        JMenu menu = new JMenu(m.name());
        menu.setName("menu:" + m.name());
        menu.getAccessibleContext().setAccessibleName(m.name());
        char mn = m.name().isEmpty() ? 0 : m.name().charAt(0);
        if (Character.isLetterOrDigit(mn)) {
            menu.setMnemonic(mn);
        }
        menu.addMenuListener(new MenuListener() {
            @Override
            public void menuSelected(MenuEvent e) {
                updateEnablement();
            }

            @Override
            public void menuDeselected(MenuEvent e) {
            }

            @Override
            public void menuCanceled(MenuEvent e) {
            }
        });
        for (MenuModel.Element el : m.elements()) {
            if (el instanceof MenuModel.Separator) {
                menu.addSeparator();
            } else if (el instanceof MenuModel.Menu sub) {
                menu.add(menu(sub, byId));
            } else if (el instanceof MenuModel.Item item) {
                Contributions.CommandInfo c = byId.get(item.entry().id());
                JMenuItem mi = c.checked() != null ? new JCheckBoxMenuItem(c.label()) : new JMenuItem(c.label());
                mi.setName("command:" + c.id());
                mi.getAccessibleContext().setAccessibleName(c.label());
                KeyStroke ks = claim(c);
                if (ks != null) {
                    mi.setAccelerator(ks);
                }
                mi.addActionListener(e -> run(c));
                menu.add(mi);
                controls.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(mi);
            }
        }
        return menu;
    }

    private void rebuildToolbar(java.util.Collection<Contributions.CommandInfo> all) {
        toolbar.removeAll();
        List<Contributions.CommandInfo> buttons = all.stream().filter(Contributions.CommandInfo::toolbar)
                .sorted(Comparator.comparingInt(Contributions.CommandInfo::order).thenComparing(Contributions.CommandInfo::label)).toList();
        Integer group = null;
        for (Contributions.CommandInfo c : buttons) {
            int g = Math.floorDiv(c.order(), 100);
            if (group != null && g != group) {
                toolbar.addSeparator();
            }
            group = g;
            JButton b = new JButton(c.label());
            b.setName("toolbar:" + c.id());
            b.setFocusable(false);
            b.getAccessibleContext().setAccessibleName(c.label());
            KeyStroke ks = keyStroke(c);
            b.setToolTipText(ks == null ? c.label() : c.label() + " (" + ShortcutsDialog.describe(ks) + ")");
            b.addActionListener(e -> run(c));
            toolbar.add(b);
            controls.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(b);
        }
        toolbar.add(Box.createHorizontalGlue());
        JButton qa = new JButton("Quick Access  (Ctrl+3)");
        qa.setName("toolbar:workbench.quickAccess");
        qa.putClientProperty("JButton.buttonType", "roundRect");
        qa.setForeground(UIManager.getColor("Label.disabledForeground"));
        qa.setHorizontalAlignment(SwingConstants.LEFT);
        qa.setPreferredSize(new Dimension(260, qa.getPreferredSize().height));
        qa.setMaximumSize(new Dimension(260, qa.getPreferredSize().height));
        qa.setFocusable(false);
        qa.getAccessibleContext().setAccessibleName("Quick Access");
        qa.addActionListener(e -> quickAccess());
        toolbar.add(qa);
        toolbar.add(Box.createHorizontalStrut(12));
        ButtonGroup perspectives = new ButtonGroup();
        for (String id : PerspectiveStore.STOCK) {
            JToggleButton t = new JToggleButton(PerspectiveStore.stock(id).label());
            t.setName("perspective:" + id);
            t.setFocusable(false);
            t.getAccessibleContext().setAccessibleName(PerspectiveStore.stock(id).label() + " perspective");
            t.setToolTipText(PerspectiveStore.stock(id).label() + " perspective");
            t.addActionListener(e -> showPerspective(id));
            perspectives.add(t);
            toolbar.add(t);
        }
        updatePerspectiveButtons();
        toolbar.revalidate();
        toolbar.repaint();
    }

    private void updatePerspectiveButtons() {
        if (toolbar == null || current == null) {
            return;
        }
        for (Component c : toolbar.getComponents()) {
            if (c instanceof JToggleButton t && t.getName() != null && t.getName().startsWith("perspective:")) {
                t.setSelected(t.getName().equals("perspective:" + current.id()));
            }
        }
    }

    /** The command's key, unless an earlier command (the workbench's own come first) has it. */
    private KeyStroke claim(Contributions.CommandInfo c) {
        KeyStroke ks = keyStroke(c);
        if (ks == null) {
            return null;
        }
        String owner = taken.putIfAbsent(ks, c.id());
        if (owner != null && !owner.equals(c.id())) {
            platform.log.warn("the command {} asks for {}, which {} has: it gets no key", c.id(), c.accelerator(), owner);
            return null;
        }
        return ks;
    }

    private KeyStroke keyStroke(Contributions.CommandInfo c) {
        if (c.accelerator() == null || c.accelerator().isBlank()) {
            return null;
        }
        KeyStroke ks = KeyStroke.getKeyStroke(c.accelerator());
        if (ks == null) {
            platform.log.warn("the command {} has an accelerator Swing does not understand: \"{}\"", c.id(), c.accelerator());
        }
        return ks;
    }

    private CommandContext context() {
        Object sel = platform.selection.current();
        Window w = frame;
        Workbench wb = platform;
        return new CommandContext() {
            @Override
            public Object selection() {
                return sel;
            }

            @Override
            public Workbench workbench() {
                return wb;
            }

            @Override
            public Window window() {
                return w;
            }
        };
    }

    boolean isEnabled(Contributions.CommandInfo c) {
        if (!Contributions.isOfType(platform.selection.current(), c.enabledFor())) {
            return false;
        }
        try {
            return c.command().enabled(context());
        } catch (RuntimeException e) {
            platform.log.warn("the command {} failed to say whether it is enabled: {}", c.id(), e.toString());
            return false;
        }
    }

    void run(Contributions.CommandInfo c) {
        if (!isEnabled(c)) {
            return;
        }
        try {
            c.command().execute(context());
        } catch (Exception e) {
            platform.error(c.label() + " failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
        updateEnablement();
    }

    private void updateEnablement() {
        if (frame == null || closed) {
            return;
        }
        Map<String, Contributions.CommandInfo> byId = new HashMap<>();
        allCommands().forEach(c -> byId.putIfAbsent(c.id(), c));
        for (Map.Entry<String, List<AbstractButton>> e : controls.entrySet()) {
            Contributions.CommandInfo c = byId.get(e.getKey());
            if (c == null) {
                continue; // generated entries: always enabled
            }
            boolean enabled = isEnabled(c);
            for (AbstractButton b : e.getValue()) {
                b.setEnabled(enabled);
                if (c.checked() != null) {
                    b.setSelected(c.checked().getAsBoolean());
                }
            }
        }
    }

    // ---- the rest of the window

    private void switchTheme(String theme) {
        Theme.switchTo(theme);
        state = state.withTheme(theme);
        saveState();
        updateEnablement();
        status(theme.equals(Theme.DARK) ? "Dark theme" : "Light theme");
    }

    void quickAccess() {
        if (frame == null) {
            return;
        }
        List<QuickAccess.Entry> entries = new ArrayList<>();
        for (Contributions.CommandInfo c : allCommands()) {
            KeyStroke ks = keyStroke(c);
            entries.add(new QuickAccess.Entry("Commands", c.label(), c.menu().isBlank() ? "" : c.menu().replace("/", " \u203a "),
                    ks == null ? "" : ShortcutsDialog.describe(ks), () -> run(c), () -> isEnabled(c)));
        }
        for (Slot s : slots.values()) {
            if (s.info != null) {
                entries.add(new QuickAccess.Entry("Views", s.title, "Window \u203a Show View", "", () -> showView(s.id), () -> true));
            }
        }
        quickAccess.show(entries);
    }

    private void preferences() {
        new PreferencesDialog(frame, platform.configuration, new ArrayList<>(pages.values()), state.theme(), this::switchTheme, platform.log).show();
    }

    void status(String message) {
        if (statusBar != null) {
            statusBar.message(message);
        }
    }

    void showError(String message, Throwable cause) {
        if (frame == null || closed) {
            return;
        }
        String detail = cause == null ? "" : "\n\n" + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        JOptionPane.showMessageDialog(frame, message + detail + "\n\nThe Error Log view has the details.", "FactDesk", JOptionPane.ERROR_MESSAGE);
    }

    void addStatusItem(long id, int order, StatusItem item) {
        StatusBar.Entry e = new StatusBar.Entry(id, order, item);
        statusItems.put(id, e);
        if (statusBar != null && !closed) {
            statusBar.add(e);
        }
    }

    void removeStatusItem(long id) {
        StatusBar.Entry e = statusItems.remove(id);
        if (e != null && statusBar != null && !closed) {
            statusBar.remove(e);
        }
    }

    private static JPanel emptyPanel() {
        JPanel p = new JPanel(new java.awt.GridBagLayout());
        JLabel l = new JLabel("<html><div style='text-align:center'>No views are open.<br>Window \u203a Show View, or Ctrl+3 to find one.</div></html>");
        l.setForeground(UIManager.getColor("Label.disabledForeground"));
        p.add(l);
        return p;
    }

    static String defaultTitle(String viewId) {
        String last = viewId.substring(viewId.lastIndexOf('.') + 1);
        return last.isEmpty() ? viewId : Character.toUpperCase(last.charAt(0)) + last.substring(1).toLowerCase(Locale.ROOT);
    }

    /** What a view gets of the workbench. */
    private final class Site implements ViewSite {
        private final Slot slot;

        Site(Slot slot) {
            this.slot = slot;
        }

        @Override
        public String viewId() {
            return slot.id;
        }

        @Override
        public Selection selection() {
            return platform.selection;
        }

        @Override
        public Workbench workbench() {
            return platform;
        }

        @Override
        public Window window() {
            return frame;
        }

        @Override
        public void setTitle(String title) {
            Runnable r = () -> {
                slot.title = title;
                if (slot.dockable != null) {
                    slot.dockable.setTitle(title);
                    if (Docking.isDocked(slot.dockable)) {
                        Docking.updateTabInfo(slot.dockable);
                    }
                }
            };
            if (javax.swing.SwingUtilities.isEventDispatchThread()) {
                r.run();
            } else {
                javax.swing.SwingUtilities.invokeLater(r);
            }
        }
    }
}

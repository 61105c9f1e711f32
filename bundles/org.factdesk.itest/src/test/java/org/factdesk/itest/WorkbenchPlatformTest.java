package org.factdesk.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Frame;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.MenuElement;
import javax.swing.SwingUtilities;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.DisabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

/**
 * The workbench window in the real distribution ({@code factdesk gui} in this JVM, under Xvfb in CI):
 * a view and a command registered while the window is open show in the dock and the menus, go when
 * they are unregistered, the layout keeps the view's place (a placeholder, and the saved perspective),
 * and the event thread never freezes. The view and command are services of the system bundle whose
 * objects are proxies of the workbench API's interfaces, loaded from the API bundle: no FactDesk class
 * is on the test class path.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisabledIf(value = "java.awt.GraphicsEnvironment#isHeadless",
        disabledReason = "no display: the workbench GUI test needs one (under Xvfb: Xvfb :99 -screen 0 1600x1000x24 & export DISPLAY=:99)")
class WorkbenchPlatformTest {

    static final String VIEW_ID = "org.example.test.view";
    static final String COMMAND_ID = "org.example.test.hello";

    @TempDir
    static Path tmp;
    static RunningDesk desk;
    static JFrame frame;
    static final AtomicInteger executed = new AtomicInteger();
    static final AtomicInteger created = new AtomicInteger();
    static final AtomicInteger disposed = new AtomicInteger();
    static ServiceRegistration<?> view;
    static ServiceRegistration<?> command;

    @BeforeAll
    static void start() throws Exception {
        Path plugins = Files.createDirectories(tmp.resolve("plugins"));
        desk = new RunningDesk(Distribution.DIST, plugins, Map.of("factdesk.gui", "true",
                "factdesk.workbench.dir", tmp.resolve("workbench").toString(), "factdesk.workspace", tmp.resolve("ws").toString()));
        frame = poll("the workbench window", 20_000, () -> Arrays.stream(Frame.getFrames())
                .filter(f -> "factdesk.workbench".equals(f.getName()) && f.isShowing()).map(f -> (JFrame) f).findFirst().orElse(null));
        // the freeze monitor counts once the window has settled
        poll("the freeze monitor", 10_000, () -> {
            ServiceReference<?> r = freezeMonitor();
            return r != null ? r : null;
        });
        Thread.sleep(2000);
    }

    @AfterAll
    static void stop() {
        if (desk != null) {
            desk.close();
        }
    }

    static ServiceReference<?> freezeMonitor() {
        return desk.context().getServiceReference("org.factdesk.workbench.api.FreezeMonitor");
    }

    static Class<?> api(String name) throws ClassNotFoundException {
        Bundle b = Arrays.stream(desk.context().getBundles()).filter(x -> "org.factdesk.workbench.api".equals(x.getSymbolicName()))
                .findFirst().orElseThrow();
        return b.loadClass("org.factdesk.workbench.api." + name);
    }

    /** A proxy of an API interface: the handler's answers for its own methods, sensible ones for Object's. */
    static Object proxy(Class<?> type, InvocationHandler own) {
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> switch (m.getName()) {
            case "hashCode" -> System.identityHashCode(p);
            case "equals" -> p == args[0];
            case "toString" -> "test " + type.getSimpleName();
            default -> own.invoke(p, m, args);
        });
    }

    static void registerView() throws Exception {
        Class<?> viewType = api("View");
        Object v = proxy(viewType, (p, m, args) -> switch (m.getName()) {
            case "create" -> {
                assertThat(SwingUtilities.isEventDispatchThread()).isTrue();
                created.incrementAndGet();
                JLabel l = new JLabel("Hello from a test bundle's view");
                l.setName("test:view-content");
                yield l;
            }
            case "dispose" -> {
                disposed.incrementAndGet();
                yield null;
            }
            default -> null;
        });
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("factdesk.view.id", VIEW_ID);
        props.put("factdesk.view.title", "Test View");
        props.put("factdesk.view.area", "right");
        props.put("factdesk.view.order", 50);
        view = desk.context().registerService(new String[] {viewType.getName()}, v, props);
    }

    static void registerCommand() throws Exception {
        Class<?> commandType = api("Command");
        Object c = proxy(commandType, (p, m, args) -> switch (m.getName()) {
            case "execute" -> {
                executed.incrementAndGet();
                yield null;
            }
            case "enabled" -> true;
            default -> null;
        });
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("factdesk.command.id", COMMAND_ID);
        props.put("factdesk.command.label", "Say Hello");
        props.put("factdesk.command.menu", "Test");
        props.put("factdesk.command.order", 100);
        props.put("factdesk.command.accelerator", "ctrl alt H");
        props.put("factdesk.command.toolbar", true);
        command = desk.context().registerService(new String[] {commandType.getName()}, c, props);
    }

    @Test
    @Order(1)
    void theWindowHasTheMenusPerspectivesAndPlatformViews() throws Exception {
        assertThat(onEdt(() -> menus().stream().map(JMenu::getText).toList())).containsExactly("File", "Edit", "View", "Case", "Navigate", "Window", "Help");
        assertThat(onEdt(() -> named(frame, "perspective:check").isPresent() && named(frame, "perspective:review").isPresent())).isTrue();
        // the stock perspective docks the platform's own views next to the desk's
        assertThat(onEdt(() -> named(frame, "view:org.factdesk.view.progress").isPresent())).isTrue();
        assertThat(onEdt(() -> named(frame, "view:org.factdesk.view.errorlog").isPresent())).isTrue();
        assertThat(onEdt(() -> menuItem("Window", "Show View", "Progress").isPresent())).isTrue();
        assertThat(onEdt(() -> menuItem("Edit", "Quick Access\u2026").map(i -> i.getAccelerator().toString()).orElse(""))).contains("3");
        assertThat(onEdt(() -> frame.getJMenuBar().getAccessibleContext().getAccessibleName())).isEqualTo("Main menu");
    }

    @Test
    @Order(2)
    void aContributedViewAndCommandAppearWhileTheWindowIsOpen() throws Exception {
        registerView();
        registerCommand();
        poll("the test view's content", 5000, () -> onEdt(() -> showing("test:view-content") ? true : null));
        poll("the Test menu", 5000, () -> onEdt(() -> menuItem("Test", "Say Hello").isPresent() ? true : null));
        assertThat(onEdt(() -> menuItem("Window", "Show View", "Test View").isPresent())).isTrue();
        assertThat(onEdt(() -> menuItem("Test", "Say Hello").get().getAccelerator().toString())).isEqualTo("ctrl alt pressed H");
        assertThat(onEdt(() -> named(frame, "toolbar:" + COMMAND_ID).isPresent())).isTrue();
        assertThat(created).hasValue(1);
        onEdt(() -> {
            menuItem("Test", "Say Hello").get().doClick(0);
            return null;
        });
        assertThat(executed).hasValue(1);
    }

    @Test
    @Order(3)
    void theyGoWhenUnregisteredAndTheLayoutKeepsTheViewsPlace() throws Exception {
        Path layout = tmp.resolve("workbench/perspectives/check.json");
        poll("the saved layout naming the test view", 5000,
                () -> Files.exists(layout) && Files.readString(layout).contains(VIEW_ID) ? true : null);
        view.unregister();
        command.unregister();
        poll("the Test menu gone", 5000, () -> onEdt(() -> menus().stream().noneMatch(m -> m.getText().equals("Test")) ? true : null));
        poll("the test view's content gone", 5000, () -> onEdt(() -> named(frame, "test:view-content").isEmpty() ? true : null));
        assertThat(onEdt(() -> named(frame, "placeholder:" + VIEW_ID).map(Component::isShowing).orElse(false))).isTrue();
        assertThat(onEdt(() -> menuItem("Window", "Show View", "Test View").isPresent())).isFalse();
        assertThat(onEdt(() -> named(frame, "toolbar:" + COMMAND_ID).isPresent())).isFalse();
        assertThat(disposed).hasValue(1);
        assertThat(Files.readString(layout)).contains(VIEW_ID);
    }

    @Test
    @Order(4)
    void theViewFillsItsPlaceholderWhenItComesBack() throws Exception {
        registerView();
        poll("the test view back", 5000, () -> onEdt(() -> showing("test:view-content") ? true : null));
        assertThat(onEdt(() -> named(frame, "placeholder:" + VIEW_ID).isPresent())).isFalse();
        assertThat(created).hasValue(2);
        view.unregister();
    }

    @Test
    @Order(5)
    void theEventThreadNeverFroze() {
        ServiceReference<?> r = freezeMonitor();
        assertThat(r).isNotNull();
        assertThat(r.getProperty("factdesk.freeze.count")).as("freezes: %s", r.getProperty("factdesk.freeze.last")).isEqualTo(0L);
    }

    // ---- finding things in the window, on the event thread

    static <T> T onEdt(Callable<T> c) throws Exception {
        AtomicReference<T> out = new AtomicReference<>();
        AtomicReference<Exception> failed = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                out.set(c.call());
            } catch (Exception e) {
                failed.set(e);
            }
        });
        if (failed.get() != null) {
            throw failed.get();
        }
        return out.get();
    }

    static <T> T poll(String what, long millis, Callable<T> c) throws Exception {
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until) {
            T t = c.call();
            if (t != null) {
                return t;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(what + " did not come within " + millis + " ms" + whatIsShowing(what));
    }

    /** What a person would have seen when a wait ran out: the dialogs' texts, and a screenshot under target/. */
    static String whatIsShowing(String what) {
        StringBuilder out = new StringBuilder();
        try {
            for (java.awt.Window w : java.awt.Window.getWindows()) {
                if (w instanceof java.awt.Dialog d && d.isShowing()) {
                    out.append("\n  dialog \"").append(d.getTitle()).append("\":");
                    texts(d, out);
                }
            }
            java.awt.Rectangle screen = new java.awt.Rectangle(java.awt.Toolkit.getDefaultToolkit().getScreenSize());
            java.nio.file.Path shot = java.nio.file.Path.of("target", "screenshots", what.replaceAll("[^A-Za-z0-9-]+", "_") + ".png");
            java.nio.file.Files.createDirectories(shot.getParent());
            javax.imageio.ImageIO.write(new java.awt.Robot().createScreenCapture(screen), "png", shot.toFile());
            out.append("\n  screenshot: ").append(shot.toAbsolutePath());
        } catch (Exception | java.awt.AWTError e) {
            out.append("\n  (no screenshot: ").append(e.getMessage()).append(')');
        }
        return out.toString();
    }

    private static void texts(java.awt.Container c, StringBuilder out) {
        for (java.awt.Component k : c.getComponents()) {
            String t = k instanceof javax.swing.JLabel l ? l.getText()
                    : k instanceof javax.swing.text.JTextComponent x ? x.getText() : null;
            if (t != null && !t.isBlank()) {
                out.append(' ').append(t.strip().replace('\n', ' '));
            }
            if (k instanceof java.awt.Container inner) {
                texts(inner, out);
            }
        }
    }

    static List<JMenu> menus() {
        List<JMenu> out = new ArrayList<>();
        for (int i = 0; i < frame.getJMenuBar().getMenuCount(); i++) {
            out.add(frame.getJMenuBar().getMenu(i));
        }
        return out;
    }

    /** The menu item at a path of menu texts: {@code "Window", "Show View", "Progress"}. */
    static java.util.Optional<JMenuItem> menuItem(String... path) {
        return menuItem(frame, path);
    }

    /** The menu item at a path of menu texts in a window's menu bar. */
    static java.util.Optional<JMenuItem> menuItem(JFrame frame, String... path) {
        MenuElement at = frame.getJMenuBar();
        for (String step : path) {
            MenuElement next = null;
            for (MenuElement e : children(at)) {
                if (e instanceof JMenuItem mi && step.equals(mi.getText())) {
                    next = mi;
                }
            }
            if (next == null) {
                return java.util.Optional.empty();
            }
            at = next;
        }
        return java.util.Optional.of((JMenuItem) at);
    }

    static List<MenuElement> children(MenuElement e) {
        List<MenuElement> out = new ArrayList<>();
        for (MenuElement c : e.getSubElements()) {
            if (c instanceof javax.swing.JPopupMenu p) {
                out.addAll(Arrays.asList(p.getSubElements()));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    static boolean showing(String name) {
        return named(frame, name).map(Component::isShowing).orElse(false);
    }

    static java.util.Optional<Component> named(Container root, String name) {
        return find(root, c -> name.equals(c.getName()));
    }

    static java.util.Optional<Component> find(Container root, Predicate<Component> p) {
        for (Component c : root.getComponents()) {
            if (p.test(c)) {
                return java.util.Optional.of(c);
            }
            if (c instanceof Container ct) {
                java.util.Optional<Component> f = find(ct, p);
                if (f.isPresent()) {
                    return f;
                }
            }
        }
        return java.util.Optional.empty();
    }
}

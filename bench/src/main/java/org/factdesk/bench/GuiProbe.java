package org.factdesk.bench;

import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.awt.Frame;
import java.awt.event.WindowEvent;
import java.lang.instrument.Instrumentation;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.text.JTextComponent;

/**
 * A Java agent for {@code bench/desktop}, given to the real {@code ./factdesk gui} through
 * {@code FACTDESK_JAVA_OPTS=-javaagent:bench.jar=ARGS}: it watches the workbench from outside
 * FactDesk (only JDK classes: Felix's bundles never see it) and prints {@code factdesk-probe:} lines
 * on standard error.
 *
 * <ol>
 * <li>It touches nothing until the application has started its event dispatch thread (it looks for a
 * thread named {@code AWT-EventQueue-*} every 5 ms), so it does not load AWT earlier than FactDesk
 * would.</li>
 * <li>Then every 10 ms it asks, <em>on the EDT</em>: is the frame named {@code factdesk.workbench}
 * showing, is the component named {@code triage.table} (a JTable) showing, and does it have at least
 * {@code rows} rows (the workspace was read and its cases are listed)? The first time all three hold,
 * the EDT has also just answered, so the window is usable: {@code usable_epoch_ms}.</li>
 * <li>With {@code open=true} it selects the first row of the triage table and presses
 * {@code triage.openButton} (as a user would), then waits until {@code article.text} shows a text
 * with highlights ({@code opened_ms}) and {@code article.info} no longer says that a check is running
 * or pending ({@code checked_ms}: the article's check by the running checkers is back).</li>
 * <li>After {@code settle} ms it reads VmHWM (peak resident set) and VmRSS from /proc/self/status,
 * then closes the window (WINDOW_CLOSING, as the close button does); if the process has not ended
 * 20 s later it exits.</li>
 * </ol>
 * Arguments: comma-separated {@code key=value}: {@code rows=N}, {@code open=true|false},
 * {@code settle=MS}, {@code timeout=MS}.
 */
public final class GuiProbe {

    static final String PREFIX = "factdesk-probe:";
    static final String FRAME = "factdesk.workbench";
    static final String TRIAGE = "triage.table";

    private GuiProbe() {
    }

    public static void premain(String args, Instrumentation inst) {
        Map<String, String> o = new HashMap<>();
        for (String kv : (args == null ? "" : args).split(",")) {
            int eq = kv.indexOf('=');
            if (eq > 0) {
                o.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
            }
        }
        Thread t = new Thread(() -> {
            try {
                probe(Integer.parseInt(o.getOrDefault("rows", "1")), Boolean.parseBoolean(o.getOrDefault("open", "false")),
                        Long.parseLong(o.getOrDefault("settle", "500")), Long.parseLong(o.getOrDefault("timeout", "60000")));
            } catch (Throwable e) {
                System.err.println(PREFIX + " error=" + e.toString().replace(' ', '_'));
                System.exit(3);
            }
        }, "factdesk-bench-probe");
        t.setDaemon(true);
        t.start();
    }

    private static void probe(int rows, boolean open, long settle, long timeout) throws Exception {
        long until = System.currentTimeMillis() + timeout;
        while (!edtStarted()) {
            check(until, "no event dispatch thread");
            Thread.sleep(5);
        }
        AtomicReference<Frame> frame = new AtomicReference<>();
        AtomicReference<JTable> table = new AtomicReference<>();
        int[] seen = {-1};
        awaitOnEdt(until, "no usable window", () -> {
            for (Frame f : Frame.getFrames()) {
                if (FRAME.equals(f.getName()) && f.isShowing()) {
                    Component c = find(f, TRIAGE);
                    if (c instanceof JTable t && t.isShowing()) {
                        seen[0] = t.getRowCount();
                        if (t.getRowCount() >= rows) {
                            frame.set(f);
                            table.set(t);
                            return true;
                        }
                    }
                }
            }
            return false;
        });
        long usable = System.currentTimeMillis();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.err.printf("%s usable_epoch_ms=%d jvm_start_epoch_ms=%d rows=%d%n", PREFIX, usable, jvmStart, seen[0]);
        if (open) {
            long t0 = System.nanoTime();
            EventQueue.invokeAndWait(() -> {
                table.get().setRowSelectionInterval(0, 0);
                if (find(frame.get(), "triage.openButton") instanceof AbstractButton b) {
                    b.doClick(0);
                }
            });
            long[] opened = {-1};
            String[] info = {""};
            awaitOnEdt(until, "the article did not open", () -> {
                if (opened[0] < 0 && find(frame.get(), "article.text") instanceof JTextComponent text && text.isShowing()
                        && text.getDocument().getLength() > 0 && text.getHighlighter().getHighlights().length > 0) {
                    opened[0] = System.nanoTime();
                }
                if (opened[0] >= 0 && find(frame.get(), "article.info") instanceof JLabel l) {
                    info[0] = l.getText();
                    return info[0] != null && info[0].contains("claims") && !info[0].contains("checking")
                            && !info[0].contains("not checked yet");
                }
                return false;
            });
            long t1 = System.nanoTime();
            System.err.printf("%s opened_ms=%.1f checked_ms=%.1f info=%s%n", PREFIX, (opened[0] - t0) / 1e6, (t1 - t0) / 1e6,
                    info[0].replaceAll("\\s+", "_"));
        }
        Thread.sleep(settle);
        System.err.printf("%s hwm_kib=%d rss_kib=%d%n", PREFIX, status("VmHWM:"), status("VmRSS:"));
        System.err.flush();
        EventQueue.invokeLater(() -> frame.get().dispatchEvent(new WindowEvent(frame.get(), WindowEvent.WINDOW_CLOSING)));
        Thread.sleep(20_000);
        System.err.println(PREFIX + " close=timeout");
        System.exit(4);
    }

    private static boolean edtStarted() {
        ThreadGroup g = Thread.currentThread().getThreadGroup();
        while (g.getParent() != null) {
            g = g.getParent();
        }
        Thread[] all = new Thread[g.activeCount() + 16];
        int n = g.enumerate(all, true);
        for (int i = 0; i < n; i++) {
            if (all[i].getName().startsWith("AWT-EventQueue")) {
                return true;
            }
        }
        return false;
    }

    /** Asks {@code test} on the EDT every 10 ms until it holds. */
    private static void awaitOnEdt(long until, String what, Supplier<Boolean> test) throws Exception {
        boolean[] ok = {false};
        while (true) {
            EventQueue.invokeAndWait(() -> ok[0] = test.get());
            if (ok[0]) {
                return;
            }
            check(until, what);
            Thread.sleep(10);
        }
    }

    private static void check(long until, String what) {
        if (System.currentTimeMillis() > until) {
            StringBuilder frames = new StringBuilder();
            try {
                for (Frame f : Frame.getFrames()) {
                    frames.append(f.getName()).append(f.isShowing() ? "(showing)" : "").append(';');
                }
            } catch (Throwable e) {
                frames.append("?");
            }
            System.err.println(PREFIX + " timeout=" + what.replace(' ', '_') + " frames=" + frames);
            System.exit(3);
        }
    }

    /** The first component named {@code name} under {@code c}, depth first. */
    static Component find(Component c, String name) {
        if (name.equals(c.getName())) {
            return c;
        }
        if (c instanceof Container k) {
            for (Component child : k.getComponents()) {
                Component hit = find(child, name);
                if (hit != null) {
                    return hit;
                }
            }
        }
        return null;
    }

    private static long status(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (Exception e) {
            // not Linux
        }
        return -1;
    }
}

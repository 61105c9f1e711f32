package org.factdesk.workbench.internal;

import java.awt.Component;
import java.awt.Container;
import java.awt.Frame;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.ActionEvent;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import javax.imageio.ImageIO;
import javax.swing.Action;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.Timer;

import org.factdesk.api.job.Jobs;

/**
 * Screenshots of the stock perspectives, for the documentation ({@code docs/screenshots/make}).
 * With the framework or system property {@value #PROPERTY} set to a folder, the workbench, once its
 * window is settled: sets the window to {@value #WIDTH}x{@value #HEIGHT} and the light theme; finds
 * the table row showing {@value #OPEN}'s text (a case id in the Triage view), selects it and presses
 * Enter on it (what a user does to open the case's article); then shows each stock perspective,
 * paints the window into an image (no screen grab: the same pixels under any X server) and writes
 * {@code ID.png}; then closes the window. Exit code 0, or 1 (logged) if the row never appeared or
 * an image could not be written. Every step runs on the event dispatch thread, driven by timers.
 */
final class Screenshots {

    /** Framework or system property: the folder the images go to; unset, nothing happens. */
    static final String PROPERTY = "factdesk.workbench.screenshots";
    /** Framework or system property: the text of the table row to select and open first (optional). */
    static final String OPEN = PROPERTY + ".open";
    static final int WIDTH = 1440;
    static final int HEIGHT = 900;
    /** How long to wait for the row to appear, and for the views to be done. */
    private static final long PATIENCE_MS = 90_000;
    /** The views count as done when no job has run for this long. */
    private static final long QUIET_MS = 1_500;

    private final WorkbenchPlatform platform;
    private final WorkbenchWindow window;
    private final Path dir;
    private final String open;

    Screenshots(WorkbenchPlatform platform, WorkbenchWindow window, Path dir, String open) {
        this.platform = platform;
        this.window = window;
        this.dir = dir;
        this.open = open == null || open.isBlank() ? null : open.strip();
    }

    /** Starts on the event thread, after the window settled. */
    void start() {
        JFrame frame = window.frame();
        if (frame == null) {
            platform.log.error("screenshots: the workbench window did not open");
            platform.windowClosed(1);
            return;
        }
        frame.setExtendedState(Frame.NORMAL);
        frame.setBounds(0, 0, WIDTH, HEIGHT);
        if (Theme.isDark()) {
            Theme.switchTo(Theme.LIGHT);
        }
        window.showPerspective(PerspectiveStore.STOCK.get(0));
        if (open == null) {
            whenQuiet(() -> shoot(0));
            return;
        }
        long until = System.currentTimeMillis() + PATIENCE_MS;
        poll(() -> openRow(frame), until, () -> whenQuiet(() -> shoot(0)),
                () -> fail("no table row shows \"" + open + "\" within " + PATIENCE_MS / 1000 + " s"));
    }

    /** Selects the first table row with a cell showing {@link #open} and presses Enter on it. */
    private boolean openRow(JFrame frame) {
        for (JTable t : tables(frame.getContentPane(), new ArrayList<>())) {
            for (int r = 0; r < t.getRowCount(); r++) {
                for (int c = 0; c < t.getColumnCount(); c++) {
                    if (open.equals(String.valueOf(t.getValueAt(r, c)))) {
                        t.requestFocusInWindow();
                        t.setRowSelectionInterval(r, r);
                        t.scrollRectToVisible(t.getCellRect(r, 0, true));
                        KeyStroke enter = KeyStroke.getKeyStroke("ENTER");
                        Object key = t.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).get(enter);
                        if (key == null) {
                            key = t.getInputMap(JComponent.WHEN_FOCUSED).get(enter);
                        }
                        Action a = key == null ? null : t.getActionMap().get(key);
                        if (a != null) {
                            a.actionPerformed(new ActionEvent(t, ActionEvent.ACTION_PERFORMED, "open"));
                        }
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static List<JTable> tables(Container c, List<JTable> out) {
        for (Component k : c.getComponents()) {
            if (k instanceof JTable t && t.isShowing()) {
                out.add(t);
            } else if (k instanceof Container kc) {
                tables(kc, out);
            }
        }
        return out;
    }

    private void shoot(int i) {
        List<String> ids = PerspectiveStore.STOCK;
        if (i > 0) {
            try {
                write(ids.get(i - 1));
            } catch (IOException | RuntimeException e) {
                fail("could not write " + dir.resolve(ids.get(i - 1) + ".png") + ": " + e);
                return;
            }
        }
        if (i == ids.size()) {
            platform.log.info("screenshots: {} images in {}", ids.size(), dir);
            window.close();
            platform.windowClosed(0);
            return;
        }
        window.showPerspective(ids.get(i));
        whenQuiet(() -> shoot(i + 1));
    }

    private void write(String id) throws IOException {
        JFrame frame = window.frame();
        frame.validate();
        JComponent root = frame.getRootPane();
        BufferedImage img = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_LCD_HRGB);
            root.printAll(g);
        } finally {
            g.dispose();
        }
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + id + ".png.tmp");
        if (!ImageIO.write(img, "png", tmp.toFile())) {
            throw new IOException("no PNG writer");
        }
        Files.move(tmp, dir.resolve(id + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        platform.log.info("screenshots: {}", dir.resolve(id + ".png"));
    }

    /** Runs {@code then} once no job has run for {@link #QUIET_MS} (or after {@link #PATIENCE_MS}). */
    private void whenQuiet(Runnable then) {
        long until = System.currentTimeMillis() + PATIENCE_MS;
        long[] quietSince = {System.currentTimeMillis()};
        poll(() -> {
            Jobs j = platform.jobs;
            long now = System.currentTimeMillis();
            if (j != null && !j.running().isEmpty()) {
                quietSince[0] = now;
            }
            return now - quietSince[0] >= QUIET_MS;
        }, until, then, then);
    }

    /** Checks {@code done} every 200 ms on the event thread until it is true ({@code then}) or time runs out ({@code late}). */
    private static void poll(BooleanSupplier done, long until, Runnable then, Runnable late) {
        Timer t = new Timer(200, null);
        t.addActionListener(e -> {
            if (done.getAsBoolean()) {
                t.stop();
                then.run();
            } else if (System.currentTimeMillis() > until) {
                t.stop();
                late.run();
            }
        });
        t.start();
    }

    private void fail(String why) {
        platform.log.error("screenshots: " + why);
        window.close();
        platform.windowClosed(1);
    }
}

package org.factdesk.workbench.internal;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSeparator;
import javax.swing.SwingConstants;
import javax.swing.Timer;
import javax.swing.UIManager;

import org.factdesk.workbench.api.StatusItem;

/** The status bar: a message on the left; contributed items, then the user and workspace, on the right. EDT only. */
final class StatusBar extends JPanel {

    private static final long serialVersionUID = 1L;

    /** A contributed item. */
    record Entry(long id, int order, StatusItem item) {
    }

    private final WorkbenchPlatform platform;
    private final JLabel message = new JLabel(" ");
    private final JPanel items = new JPanel(new FlowLayout(FlowLayout.RIGHT, 8, 0));
    private final Map<Entry, JComponent> shown = new LinkedHashMap<>();
    private final JLabel who = new JLabel();
    private final Timer clear = new Timer(8000, e -> message.setText("Ready"));

    StatusBar(WorkbenchPlatform platform) {
        super(new BorderLayout());
        this.platform = platform;
        setName("statusbar");
        getAccessibleContext().setAccessibleName("Status bar");
        setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(1, 0, 0, 0, UIManager.getColor("Component.borderColor")),
                BorderFactory.createEmptyBorder(3, 8, 3, 8)));
        message.setName("status:message");
        message.getAccessibleContext().setAccessibleName("Status message");
        items.setOpaque(false);
        clear.setRepeats(false);
        StringBuilder w = new StringBuilder();
        platform.user().ifPresent(u -> w.append(u));
        platform.workspace().ifPresent(p -> w.append(w.length() > 0 ? "  \u00b7  " : "").append(p));
        who.setText(w.toString());
        who.setName("status:workspace");
        who.setToolTipText("User and workspace");
        who.getAccessibleContext().setAccessibleName("User and workspace");
        who.setForeground(UIManager.getColor("Label.disabledForeground"));
        add(message, BorderLayout.CENTER);
        add(items, BorderLayout.EAST);
        layoutItems();
    }

    void message(String text) {
        message.setText(text == null || text.isBlank() ? " " : text);
        clear.restart();
    }

    void add(Entry e) {
        try {
            JComponent c = e.item().create(platform);
            if (c != null) {
                shown.put(e, c);
            }
        } catch (RuntimeException ex) {
            platform.log.warn("a status-bar item failed to open: {}", ex.toString());
        }
        layoutItems();
    }

    void remove(Entry e) {
        shown.remove(e);
        layoutItems();
    }

    private void layoutItems() {
        items.removeAll();
        shown.entrySet().stream().sorted(Comparator.comparingInt(en -> en.getKey().order())).forEach(en -> {
            items.add(en.getValue());
            items.add(separator());
        });
        items.add(who);
        items.revalidate();
        items.repaint();
    }

    private static JSeparator separator() {
        JSeparator s = new JSeparator(SwingConstants.VERTICAL);
        s.setPreferredSize(new java.awt.Dimension(1, 16));
        return s;
    }

    void dispose() {
        clear.stop();
    }
}

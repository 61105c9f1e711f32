package org.factdesk.workbench.internal;

import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.GridBagLayout;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;

import io.github.andrewauclair.moderndocking.Dockable;
import io.github.andrewauclair.moderndocking.DockableTabPreference;

/**
 * One view's place in the docking layout. It stays put while the view's bundle comes and goes:
 * its content is the view, or a placeholder while no bundle provides it, so the layout keeps the
 * view's place and the view fills it when its bundle arrives.
 */
final class ViewDockable extends JPanel implements Dockable {

    private static final long serialVersionUID = 1L;

    private final String viewId;
    private String title;
    private boolean available;

    ViewDockable(String viewId, String title) {
        super(new BorderLayout());
        this.viewId = viewId;
        this.title = title;
        setName("view:" + viewId);
        showPlaceholder();
    }

    String viewId() {
        return viewId;
    }

    boolean available() {
        return available;
    }

    void setTitle(String title) {
        this.title = title;
        getAccessibleContext().setAccessibleName(getTabText());
    }

    /** Shows the view's component. */
    void setContent(JComponent content) {
        removeAll();
        add(content, BorderLayout.CENTER);
        available = true;
        getAccessibleContext().setAccessibleName(getTabText());
        revalidate();
        repaint();
    }

    /** Shows that no bundle provides the view now. */
    void showPlaceholder() {
        removeAll();
        available = false;
        JPanel box = new JPanel();
        box.setLayout(new BoxLayout(box, BoxLayout.Y_AXIS));
        box.setOpaque(false);
        JLabel head = new JLabel(title + " is not available");
        head.setFont(head.getFont().deriveFont(Font.BOLD, head.getFont().getSize2D() + 1f));
        head.setAlignmentX(CENTER_ALIGNMENT);
        JLabel line = new JLabel("<html><div style='text-align:center;width:260px'>No installed bundle provides this view now. "
                + "It appears here when its bundle is installed.</div></html>");
        line.setForeground(UIManager.getColor("Label.disabledForeground"));
        line.setAlignmentX(CENTER_ALIGNMENT);
        JLabel id = new JLabel(viewId);
        id.setForeground(UIManager.getColor("Label.disabledForeground"));
        id.setFont(id.getFont().deriveFont(id.getFont().getSize2D() - 1f));
        id.setAlignmentX(CENTER_ALIGNMENT);
        box.add(head);
        box.add(Box.createVerticalStrut(6));
        box.add(line);
        box.add(Box.createVerticalStrut(4));
        box.add(id);
        JPanel center = new JPanel(new GridBagLayout());
        center.setName("placeholder:" + viewId);
        center.setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
        center.add(box);
        add(center, BorderLayout.CENTER);
        getAccessibleContext().setAccessibleName(getTabText());
        revalidate();
        repaint();
    }

    @Override
    public String getPersistentID() {
        return viewId;
    }

    @Override
    public String getTabText() {
        return available ? title : title + " (not available)";
    }

    @Override
    public String getTabTooltip() {
        return available ? title : title + ": no bundle provides this view now";
    }

    @Override
    public boolean isWrappableInScrollpane() {
        return false; // views scroll what needs scrolling themselves
    }

    @Override
    public DockableTabPreference getTabPreference() {
        return DockableTabPreference.TOP_ALWAYS;
    }

    @Override
    public boolean isFloatingAllowed() {
        return true;
    }

    @Override
    public boolean isAutoHideAllowed() {
        return false;
    }
}

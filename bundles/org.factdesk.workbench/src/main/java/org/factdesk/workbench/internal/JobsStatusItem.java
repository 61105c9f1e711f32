package org.factdesk.workbench.internal;

import java.awt.BorderLayout;
import java.awt.Cursor;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JProgressBar;

import org.factdesk.api.job.JobHandle;
import org.factdesk.api.job.JobListener;
import org.factdesk.api.job.Progress;
import org.factdesk.workbench.api.StandardViews;
import org.factdesk.workbench.api.StatusItem;
import org.factdesk.workbench.api.Workbench;
import org.osgi.service.component.annotations.Component;

/**
 * The status bar's jobs indicator: how many jobs run, the progress of the oldest, and on click a list
 * of the running jobs with a cancel button each. A status item like any other (whiteboard).
 */
@Component(service = {StatusItem.class, JobListener.class}, property = StatusItem.ORDER + ":Integer=900")
public final class JobsStatusItem implements StatusItem, JobListener {

    private final JobsModel model = new JobsModel(this::render);
    private JLabel label;
    private JProgressBar bar;
    private Workbench workbench;

    @Override
    public void changed(JobHandle<?> job, Progress progress) {
        model.update(job, progress);
    }

    @Override
    public JComponent create(Workbench wb) {
        this.workbench = wb;
        JPanel p = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
        p.setName("status:jobs");
        p.setOpaque(false);
        p.getAccessibleContext().setAccessibleName("Running jobs");
        label = new JLabel();
        bar = new JProgressBar(0, 1000);
        bar.setPreferredSize(new Dimension(110, 12));
        bar.getAccessibleContext().setAccessibleName("Progress of the running jobs");
        p.add(label);
        p.add(bar);
        p.setCursor(Cursor.getPredefinedCursor(Cursor.HAND_CURSOR));
        MouseAdapter open = new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                popup(p);
            }
        };
        p.addMouseListener(open);
        label.addMouseListener(open);
        bar.addMouseListener(open);
        render();
        return p;
    }

    private void render() {
        if (label == null) {
            return;
        }
        var running = model.running();
        if (running.isEmpty()) {
            label.setText("No jobs");
            bar.setVisible(false);
        } else {
            label.setText(running.size() == 1 ? running.get(0).progress().title() : running.size() + " jobs running");
            Progress first = running.get(0).progress();
            bar.setVisible(true);
            bar.setIndeterminate(first.fraction() < 0);
            bar.setValue(first.fraction() < 0 ? 0 : (int) (first.fraction() * 1000));
        }
        label.getAccessibleContext().setAccessibleName(label.getText());
    }

    private void popup(JComponent anchor) {
        JPopupMenu menu = new JPopupMenu();
        menu.setName("status:jobs:popup");
        JPanel list = new JPanel();
        list.setLayout(new javax.swing.BoxLayout(list, javax.swing.BoxLayout.Y_AXIS));
        var running = model.running();
        if (running.isEmpty()) {
            JLabel none = new JLabel("No jobs are running");
            none.setBorder(BorderFactory.createEmptyBorder(8, 10, 8, 10));
            list.add(none);
        }
        for (JobsModel.Row r : running) {
            list.add(ProgressView.row(r));
        }
        JPanel holder = new JPanel(new BorderLayout());
        holder.add(list, BorderLayout.CENTER);
        JButton show = new JButton("Open the Progress View");
        show.getAccessibleContext().setAccessibleName("Open the Progress view");
        show.addActionListener(e -> {
            menu.setVisible(false);
            if (workbench != null) {
                workbench.showView(StandardViews.PROGRESS);
            }
        });
        holder.add(show, BorderLayout.SOUTH);
        holder.setPreferredSize(new Dimension(380, Math.min(400, holder.getPreferredSize().height)));
        menu.add(holder);
        menu.show(anchor, anchor.getWidth() - 380, -menu.getPreferredSize().height);
    }
}

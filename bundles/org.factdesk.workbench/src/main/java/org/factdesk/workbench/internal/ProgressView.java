package org.factdesk.workbench.internal;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JToolBar;
import javax.swing.UIManager;

import org.factdesk.api.job.JobHandle;
import org.factdesk.api.job.JobListener;
import org.factdesk.api.job.Progress;
import org.factdesk.workbench.api.StandardViews;
import org.factdesk.workbench.api.View;
import org.factdesk.workbench.api.ViewContribution;
import org.factdesk.workbench.api.ViewSite;
import org.osgi.service.component.annotations.Component;

/**
 * The Progress view: every job with its progress, message and a cancel button; ended jobs stay until
 * cleared. A view like any other, contributed through the View whiteboard; it hears of jobs as a
 * {@link JobListener} (on the jobs' threads; {@link JobsModel} hands the changes to the event thread).
 */
@Component(service = {View.class, JobListener.class})
@ViewContribution(id = StandardViews.PROGRESS, title = "Progress", area = "bottom", order = 900)
public final class ProgressView implements View, JobListener {

    private final JobsModel model = new JobsModel(this::render);
    private JPanel list;
    private JLabel empty;

    @Override
    public void changed(JobHandle<?> job, Progress progress) {
        model.update(job, progress);
    }

    @Override
    public JComponent create(ViewSite site) {
        JPanel root = new JPanel(new BorderLayout());
        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        JButton clear = new JButton("Clear Finished");
        clear.setName("progress:clear");
        clear.getAccessibleContext().setAccessibleName("Clear finished jobs");
        clear.addActionListener(e -> model.clearEnded());
        bar.add(Box.createHorizontalGlue());
        bar.add(clear);
        root.add(bar, BorderLayout.NORTH);
        list = new JPanel();
        list.setName("progress:list");
        list.setLayout(new BoxLayout(list, BoxLayout.Y_AXIS));
        list.getAccessibleContext().setAccessibleName("Jobs");
        empty = new JLabel("No jobs are running. Imports, checks and exports show their progress here.");
        empty.setForeground(UIManager.getColor("Label.disabledForeground"));
        empty.setBorder(BorderFactory.createEmptyBorder(10, 10, 10, 10));
        JPanel holder = new JPanel(new BorderLayout());
        holder.add(list, BorderLayout.NORTH);
        JScrollPane sp = new JScrollPane(holder);
        sp.setBorder(BorderFactory.createEmptyBorder());
        root.add(sp, BorderLayout.CENTER);
        render();
        return root;
    }

    @Override
    public void dispose() {
        list = null;
    }

    private void render() {
        if (list == null) {
            return;
        }
        list.removeAll();
        var rows = model.rows();
        if (rows.isEmpty()) {
            list.add(empty);
        }
        for (JobsModel.Row r : rows) {
            list.add(row(r));
        }
        list.revalidate();
        list.repaint();
    }

    static JPanel row(JobsModel.Row r) {
        Progress p = r.progress();
        JPanel row = new JPanel(new GridBagLayout());
        row.setBorder(BorderFactory.createCompoundBorder(BorderFactory.createMatteBorder(0, 0, 1, 0, UIManager.getColor("Component.borderColor")),
                BorderFactory.createEmptyBorder(6, 10, 6, 10)));
        JLabel title = new JLabel(p.title());
        title.setFont(title.getFont().deriveFont(Font.BOLD));
        JProgressBar bar = bar(p);
        JLabel message = new JLabel(describe(p));
        message.setForeground(UIManager.getColor("Label.disabledForeground"));
        JButton cancel = new JButton("Cancel");
        cancel.setName("progress:cancel:" + p.id());
        cancel.getAccessibleContext().setAccessibleName("Cancel " + p.title());
        cancel.setEnabled(!p.state().ended());
        cancel.addActionListener(e -> {
            r.handle().cancel();
            cancel.setEnabled(false);
        });
        row.add(title, new GridBagConstraints(0, 0, 1, 1, 1, 0, GridBagConstraints.WEST, GridBagConstraints.HORIZONTAL, new Insets(0, 0, 2, 8), 0, 0));
        row.add(bar, new GridBagConstraints(0, 1, 1, 1, 1, 0, GridBagConstraints.WEST, GridBagConstraints.HORIZONTAL, new Insets(0, 0, 2, 8), 0, 0));
        row.add(message, new GridBagConstraints(0, 2, 1, 1, 1, 0, GridBagConstraints.WEST, GridBagConstraints.HORIZONTAL, new Insets(0, 0, 0, 8), 0, 0));
        JPanel right = new JPanel(new FlowLayout(FlowLayout.RIGHT, 0, 0));
        right.setOpaque(false);
        right.add(cancel);
        row.add(right, new GridBagConstraints(1, 0, 1, 3, 0, 0, GridBagConstraints.CENTER, GridBagConstraints.NONE, new Insets(0, 0, 0, 0), 0, 0));
        row.setMaximumSize(new Dimension(Integer.MAX_VALUE, row.getPreferredSize().height));
        return row;
    }

    static JProgressBar bar(Progress p) {
        JProgressBar bar = new JProgressBar(0, 1000);
        bar.getAccessibleContext().setAccessibleName("Progress of " + p.title());
        double f = p.fraction();
        if (p.state().ended()) {
            bar.setValue(1000);
        } else if (f < 0) {
            bar.setIndeterminate(true);
        } else {
            bar.setValue((int) Math.round(f * 1000));
        }
        return bar;
    }

    static String describe(Progress p) {
        String state = switch (p.state()) {
            case RUNNING -> p.total() > 0 ? p.done() + " of " + p.total() : "running";
            case DONE -> "done";
            case FAILED -> "failed";
            case CANCELLED -> "cancelled";
        };
        return p.message() == null || p.message().isBlank() ? state : state + " \u2014 " + p.message();
    }
}

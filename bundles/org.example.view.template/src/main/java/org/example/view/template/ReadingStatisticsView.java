package org.example.view.template;

import java.awt.BorderLayout;
import java.util.Locale;

import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;

import org.factdesk.api.article.Article;
import org.factdesk.api.claim.Claim;
import org.factdesk.workbench.api.Selection;
import org.factdesk.workbench.api.View;
import org.factdesk.workbench.api.ViewContribution;
import org.factdesk.workbench.api.ViewSite;
import org.osgi.service.component.annotations.Component;

/**
 * A view: how long the selected article or claim takes to read. It follows the selection; the
 * workbench creates it when it is first shown and disposes of it when this bundle goes away.
 */
@Component(service = View.class)
@ViewContribution(id = ReadingStatisticsView.ID, title = "Reading statistics", area = "right", order = 900)
public class ReadingStatisticsView implements View {

    static final String ID = "org.example.view.template.statistics";
    /** Words a minute of an attentive reader. */
    static final int WORDS_PER_MINUTE = 230;

    private Selection selection;
    private Selection.Listener listener;

    @Override
    public JComponent create(ViewSite site) {
        JLabel label = new JLabel();
        label.setName("readingStatistics");
        label.getAccessibleContext().setAccessibleName("Reading statistics");
        label.setVerticalAlignment(JLabel.TOP);
        JPanel panel = new JPanel(new BorderLayout());
        panel.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        panel.add(label, BorderLayout.CENTER);
        selection = site.selection();
        listener = (source, selected) -> label.setText(describe(selected));
        selection.addListener(listener);
        label.setText(describe(selection.current()));
        return panel;
    }

    @Override
    public void dispose() {
        if (selection != null) {
            selection.removeListener(listener);
        }
    }

    /** What the view says about a selection; plain text in HTML so the label wraps. */
    static String describe(Object selected) {
        String text;
        String what;
        if (selected instanceof Article a) {
            text = a.text();
            what = "Article";
        } else if (selected instanceof Claim c) {
            text = c.text();
            what = "Claim";
        } else {
            return "<html>Select an article or a claim.</html>";
        }
        int words = text.isBlank() ? 0 : text.strip().split("\\s+").length;
        double minutes = words / (double) WORDS_PER_MINUTE;
        return String.format(Locale.ROOT, "<html><b>%s</b><br>%d words<br>%s to read</html>", what, words,
                minutes < 1 ? Math.max(1, Math.round(minutes * 60)) + " s" : String.format(Locale.ROOT, "%.1f min", minutes));
    }
}

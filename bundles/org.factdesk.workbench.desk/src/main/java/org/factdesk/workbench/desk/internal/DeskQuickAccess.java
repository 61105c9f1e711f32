package org.factdesk.workbench.desk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.swing.SwingUtilities;

import org.factdesk.api.claim.Claim;
import org.factdesk.api.desk.Case;
import org.factdesk.api.pipeline.CheckerInfo;
import org.factdesk.workbench.api.QuickAccessItem;
import org.factdesk.workbench.api.QuickAccessProvider;
import org.factdesk.workbench.api.StandardViews;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Quick Access (Ctrl+3) to the desk: cases by id, claim or state, claims of open articles, checkers
 * by id or name. Matches against an index remade on the event thread whenever the workspace, the open
 * articles or the checkers change, so {@link #find} (off the event thread) reads nothing of the model.
 */
@Component(service = QuickAccessProvider.class, property = QuickAccessProvider.CATEGORY + "=Desk")
public final class DeskQuickAccess implements QuickAccessProvider {

    /** One thing to find: the text it is found by, and the item. */
    private record Entry(String haystack, QuickAccessItem item) {
    }

    private final Desk desk;
    private final DeskModel.Listener listener;
    private volatile List<Entry> index = List.of();

    @Activate
    public DeskQuickAccess(@Reference Desk desk) {
        this.desk = desk;
        this.listener = new DeskModel.Listener() {
            @Override
            public void snapshotChanged(DeskSnapshot snapshot) {
                reindex();
            }

            @Override
            public void articlesChanged(OpenArticle article) {
                reindex();
            }

            @Override
            public void checkersChanged() {
                reindex();
            }
        };
        SwingUtilities.invokeLater(() -> {
            desk.model().addListener(listener);
            reindex();
        });
    }

    @Deactivate
    void deactivate() {
        SwingUtilities.invokeLater(() -> desk.model().removeListener(listener));
    }

    private void reindex() {
        DeskModel model = desk.model();
        List<Entry> out = new ArrayList<>();
        for (Case c : model.snapshot().cases()) {
            String claim = c.claims().isEmpty() ? "" : c.claims().get(0).text();
            out.add(new Entry(c.id() + " " + claim + " " + c.state(), new QuickAccessItem("Case " + c.id() + ": " + Texts.oneLine(claim, 80),
                    Texts.state(c.state()) + (c.assignee() == null ? "" : ", " + c.assignee()), () -> {
                        model.select(this, c);
                        desk.showView(StandardViews.REVIEW);
                    })));
        }
        for (OpenArticle a : model.openArticles()) {
            for (Claim cl : a.claimList()) {
                out.add(new Entry(cl.text(), new QuickAccessItem("Claim: " + Texts.oneLine(cl.text(), 90), a.title(), () -> {
                    model.activate(a.id());
                    model.select(this, cl);
                })));
            }
        }
        model.services().pipeline().ifPresent(p -> {
            for (CheckerInfo c : p.checkers()) {
                out.add(new Entry(c.id() + " " + c.name() + " checker", new QuickAccessItem("Checker " + c.name() + " (" + c.id() + ")",
                        c.version() + ", " + c.state().toLowerCase(Locale.ROOT), () -> desk.showView(StandardViews.PLUGINS))));
            }
        });
        index = List.copyOf(out);
    }

    @Override
    public List<QuickAccessItem> find(String text, int limit) {
        String[] words = text.toLowerCase(Locale.ROOT).split("\\s+");
        List<QuickAccessItem> found = new ArrayList<>();
        for (Entry e : index) {
            String h = e.haystack().toLowerCase(Locale.ROOT);
            boolean all = true;
            for (String w : words) {
                all &= h.contains(w);
            }
            if (all) {
                found.add(e.item());
                if (found.size() >= limit) {
                    break;
                }
            }
        }
        return found;
    }
}

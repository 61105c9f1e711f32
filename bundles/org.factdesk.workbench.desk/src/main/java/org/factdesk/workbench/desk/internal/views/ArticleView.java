package org.factdesk.workbench.desk.internal.views;

import javax.swing.JComponent;

import org.factdesk.workbench.api.StandardViews;
import org.factdesk.workbench.api.View;
import org.factdesk.workbench.api.ViewContribution;
import org.factdesk.workbench.api.ViewSite;
import org.factdesk.workbench.desk.internal.Desk;
import org.factdesk.workbench.desk.internal.ui.ArticlePanel;
import org.factdesk.workbench.desk.internal.ui.ImportActions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The article text with its claims highlighted where they stand. */
@Component(service = View.class)
@ViewContribution(id = StandardViews.ARTICLE, title = "Article", area = "center", order = 10)
public final class ArticleView extends DeskView {

    @Activate
    public ArticleView(@Reference Desk desk) {
        super(desk);
    }

    @Override
    JComponent panel(Desk desk, ViewSite site) {
        return new ArticlePanel(desk.model(), new ImportActions(desk.model()));
    }
}

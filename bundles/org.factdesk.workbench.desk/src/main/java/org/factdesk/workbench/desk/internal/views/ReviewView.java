package org.factdesk.workbench.desk.internal.views;

import javax.swing.JComponent;

import org.factdesk.workbench.api.StandardViews;
import org.factdesk.workbench.api.View;
import org.factdesk.workbench.api.ViewContribution;
import org.factdesk.workbench.api.ViewSite;
import org.factdesk.workbench.desk.internal.Desk;
import org.factdesk.workbench.desk.internal.ui.ReviewPanel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Verdict, rationale, sources and sign-off of the case in focus; its history and the ClaimReview preview. */
@Component(service = View.class)
@ViewContribution(id = StandardViews.REVIEW, title = "Review", area = "right", order = 20)
public final class ReviewView extends DeskView {

    @Activate
    public ReviewView(@Reference Desk desk) {
        super(desk);
    }

    @Override
    JComponent panel(Desk desk, ViewSite site) {
        return new ReviewPanel(desk.model());
    }
}

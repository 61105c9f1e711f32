package org.factdesk.workbench.desk.internal.views;

import javax.swing.JComponent;

import org.factdesk.workbench.api.StandardViews;
import org.factdesk.workbench.api.View;
import org.factdesk.workbench.api.ViewContribution;
import org.factdesk.workbench.api.ViewSite;
import org.factdesk.workbench.desk.internal.Desk;
import org.factdesk.workbench.desk.internal.ui.AuditPanel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The journal's verification, entry by entry. */
@Component(service = View.class)
@ViewContribution(id = StandardViews.AUDIT, title = "Audit", area = "bottom", order = 50)
public final class AuditView extends DeskView {

    @Activate
    public AuditView(@Reference Desk desk) {
        super(desk);
    }

    @Override
    JComponent panel(Desk desk, ViewSite site) {
        return new AuditPanel(desk.model());
    }
}

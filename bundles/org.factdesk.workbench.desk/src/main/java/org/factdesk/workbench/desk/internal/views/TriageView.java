package org.factdesk.workbench.desk.internal.views;

import javax.swing.JComponent;

import org.factdesk.workbench.api.StandardViews;
import org.factdesk.workbench.api.View;
import org.factdesk.workbench.api.ViewContribution;
import org.factdesk.workbench.api.ViewSite;
import org.factdesk.workbench.desk.internal.Desk;
import org.factdesk.workbench.desk.internal.ui.TriagePanel;
import org.factdesk.workbench.desk.internal.ui.ImportActions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Articles and cases in one table: filters, search, single-key triage. */
@Component(service = View.class)
@ViewContribution(id = StandardViews.TRIAGE, title = "Triage", area = "left", order = 10)
public final class TriageView extends DeskView {

    @Activate
    public TriageView(@Reference Desk desk) {
        super(desk);
    }

    @Override
    JComponent panel(Desk desk, ViewSite site) {
        return new TriagePanel(desk.model(), desk.settings(), new ImportActions(desk.model()));
    }
}

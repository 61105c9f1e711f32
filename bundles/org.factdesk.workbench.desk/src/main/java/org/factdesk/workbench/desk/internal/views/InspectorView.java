package org.factdesk.workbench.desk.internal.views;

import javax.swing.JComponent;

import org.factdesk.workbench.api.StandardViews;
import org.factdesk.workbench.api.View;
import org.factdesk.workbench.api.ViewContribution;
import org.factdesk.workbench.api.ViewSite;
import org.factdesk.workbench.desk.internal.Desk;
import org.factdesk.workbench.desk.internal.ui.InspectorPanel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The claim in focus: its facts, each checker's findings and what a re-check changed. */
@Component(service = View.class)
@ViewContribution(id = StandardViews.INSPECTOR, title = "Inspector", area = "right", order = 10)
public final class InspectorView extends DeskView {

    @Activate
    public InspectorView(@Reference Desk desk) {
        super(desk);
    }

    @Override
    JComponent panel(Desk desk, ViewSite site) {
        return new InspectorPanel(desk.model());
    }
}

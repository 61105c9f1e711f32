package org.factdesk.workbench.desk.internal.views;

import javax.swing.JComponent;

import org.factdesk.workbench.api.StandardViews;
import org.factdesk.workbench.api.View;
import org.factdesk.workbench.api.ViewContribution;
import org.factdesk.workbench.api.ViewSite;
import org.factdesk.workbench.desk.internal.Desk;
import org.factdesk.workbench.desk.internal.ui.PluginsPanel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Bundles and checkers, live: install, update, remove, enable, disable. */
@Component(service = View.class)
@ViewContribution(id = StandardViews.PLUGINS, title = "Plugins", area = "center", order = 50)
public final class PluginsView extends DeskView {

    @Activate
    public PluginsView(@Reference Desk desk) {
        super(desk);
    }

    @Override
    JComponent panel(Desk desk, ViewSite site) {
        return new PluginsPanel(desk.model(), desk.context());
    }
}

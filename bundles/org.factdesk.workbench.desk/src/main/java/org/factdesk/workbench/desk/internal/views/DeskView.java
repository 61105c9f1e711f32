package org.factdesk.workbench.desk.internal.views;

import javax.swing.JComponent;

import org.factdesk.workbench.api.View;
import org.factdesk.workbench.api.ViewSite;
import org.factdesk.workbench.desk.internal.Desk;
import org.factdesk.workbench.desk.internal.ui.DeskPanel;

/** A view of the desk: one panel on the shared model, released when the view goes. */
abstract class DeskView implements View {

    private final Desk desk;
    private JComponent panel;

    DeskView(Desk desk) {
        this.desk = desk;
    }

    abstract JComponent panel(Desk desk, ViewSite site);

    @Override
    public final JComponent create(ViewSite site) {
        panel = panel(desk, site);
        return panel;
    }

    @Override
    public final void dispose() {
        if (panel instanceof DeskPanel p) {
            p.dispose();
        }
        panel = null;
    }
}

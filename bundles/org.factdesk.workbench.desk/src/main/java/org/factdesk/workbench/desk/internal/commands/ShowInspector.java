package org.factdesk.workbench.desk.internal.commands;

import org.factdesk.workbench.api.StandardViews;
import org.factdesk.workbench.api.Command;
import org.factdesk.workbench.api.CommandContext;
import org.factdesk.workbench.api.CommandContribution;
import org.factdesk.workbench.desk.internal.Desk;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Moves to the claim's findings. */
@Component(service = Command.class)
@CommandContribution(id = "org.factdesk.desk.showInspector", label = "Inspector", menu = "Navigate", order = 120, accelerator = "ctrl 4")
public final class ShowInspector extends DeskCommand {

    @Activate
    public ShowInspector(@Reference Desk desk) {
        super(desk);
    }

    @Override
    public void execute(CommandContext context) {
        showAndFocus(context, StandardViews.INSPECTOR, "inspector.findings");
    }
}

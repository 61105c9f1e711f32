package org.factdesk.workbench.desk.internal.commands;

import org.factdesk.workbench.api.StandardViews;
import org.factdesk.workbench.api.Command;
import org.factdesk.workbench.api.CommandContext;
import org.factdesk.workbench.api.CommandContribution;
import org.factdesk.workbench.desk.internal.Desk;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Moves to the triage table. */
@Component(service = Command.class)
@CommandContribution(id = "org.factdesk.desk.showTriage", label = "Triage", menu = "Navigate", order = 100, accelerator = "ctrl 1")
public final class ShowTriage extends DeskCommand {

    @Activate
    public ShowTriage(@Reference Desk desk) {
        super(desk);
    }

    @Override
    public void execute(CommandContext context) {
        showAndFocus(context, StandardViews.TRIAGE, "triage.table");
    }
}

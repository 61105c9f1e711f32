package org.factdesk.workbench.desk.internal.commands;

import org.factdesk.workbench.api.StandardViews;
import org.factdesk.workbench.api.Command;
import org.factdesk.workbench.api.CommandContext;
import org.factdesk.workbench.api.CommandContribution;
import org.factdesk.workbench.desk.internal.Desk;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Shows the audit view, which verifies the journal entry by entry. */
@Component(service = Command.class)
@CommandContribution(id = "org.factdesk.desk.verifyJournal", label = "Verify Journal", menu = "Navigate", order = 200, accelerator = "ctrl 7")
public final class VerifyJournal extends DeskCommand {

    @Activate
    public VerifyJournal(@Reference Desk desk) {
        super(desk);
    }

    @Override
    public void execute(CommandContext context) {
        showAndFocus(context, StandardViews.AUDIT, "audit.table");
    }
}

package org.factdesk.workbench.desk.internal.commands;

import org.factdesk.workbench.desk.internal.ui.ImportActions;
import org.factdesk.workbench.api.Command;
import org.factdesk.workbench.api.CommandContext;
import org.factdesk.workbench.api.CommandContribution;
import org.factdesk.workbench.desk.internal.Desk;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Imports the article at a URL. */
@Component(service = Command.class)
@CommandContribution(id = "org.factdesk.desk.importUrl", label = "Import URL...", menu = "File", order = 110, accelerator = "ctrl shift O")
public final class ImportUrl extends DeskCommand {

    @Activate
    public ImportUrl(@Reference Desk desk) {
        super(desk);
    }

    @Override
    public void execute(CommandContext context) {
        new ImportActions(model()).askUrl(context.window());
    }
}

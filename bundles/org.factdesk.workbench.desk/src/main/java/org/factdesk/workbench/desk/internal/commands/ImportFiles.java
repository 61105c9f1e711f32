package org.factdesk.workbench.desk.internal.commands;

import org.factdesk.workbench.desk.internal.ui.ImportActions;
import org.factdesk.workbench.api.Command;
import org.factdesk.workbench.api.CommandContext;
import org.factdesk.workbench.api.CommandContribution;
import org.factdesk.workbench.desk.internal.Desk;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Imports files or folders chosen in a dialog, as factdesk import does. */
@Component(service = Command.class)
@CommandContribution(id = "org.factdesk.desk.importFiles", label = "Import Files...", menu = "File", order = 100, accelerator = "ctrl O", toolbar = true)
public final class ImportFiles extends DeskCommand {

    @Activate
    public ImportFiles(@Reference Desk desk) {
        super(desk);
    }

    @Override
    public void execute(CommandContext context) {
        new ImportActions(model()).chooseFiles(context.window());
    }
}

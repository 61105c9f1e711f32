package org.factdesk.workbench.desk.internal.commands;

import org.factdesk.workbench.desk.internal.ui.ImportActions;
import org.factdesk.workbench.api.Command;
import org.factdesk.workbench.api.CommandContext;
import org.factdesk.workbench.api.CommandContribution;
import org.factdesk.workbench.desk.internal.Desk;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Imports pasted text (or a pasted URL) as an article. */
@Component(service = Command.class)
@CommandContribution(id = "org.factdesk.desk.pasteArticle", label = "Paste Article...", menu = "File", order = 120, accelerator = "ctrl shift V")
public final class PasteArticle extends DeskCommand {

    @Activate
    public PasteArticle(@Reference Desk desk) {
        super(desk);
    }

    @Override
    public void execute(CommandContext context) {
        new ImportActions(model()).pasteArticle(context.window());
    }
}

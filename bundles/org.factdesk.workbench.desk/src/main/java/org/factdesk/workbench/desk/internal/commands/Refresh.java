package org.factdesk.workbench.desk.internal.commands;


import org.factdesk.workbench.api.Command;
import org.factdesk.workbench.api.CommandContext;
import org.factdesk.workbench.api.CommandContribution;
import org.factdesk.workbench.desk.internal.Desk;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Reads the workspace again (changes made by the command line or another desk also come by themselves). */
@Component(service = Command.class)
@CommandContribution(id = "org.factdesk.desk.refresh", label = "Refresh", menu = "File", order = 200, accelerator = "F5")
public final class Refresh extends DeskCommand {

    @Activate
    public Refresh(@Reference Desk desk) {
        super(desk);
    }

    @Override
    public void execute(CommandContext context) {
        model().refresh();
    }
}

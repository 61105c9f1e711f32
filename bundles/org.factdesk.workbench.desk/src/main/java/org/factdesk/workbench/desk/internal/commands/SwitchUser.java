package org.factdesk.workbench.desk.internal.commands;

import org.factdesk.workbench.desk.internal.ui.Dialogs;
import org.factdesk.workbench.api.Command;
import org.factdesk.workbench.api.CommandContext;
import org.factdesk.workbench.api.CommandContribution;
import org.factdesk.workbench.desk.internal.Desk;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Chooses who works at this desk now (when factdesk gui was not started with --as). */
@Component(service = Command.class)
@CommandContribution(id = "org.factdesk.desk.switchUser", label = "Switch User...", menu = "File", order = 400, accelerator = "ctrl shift U")
public final class SwitchUser extends DeskCommand {

    @Activate
    public SwitchUser(@Reference Desk desk) {
        super(desk);
    }

    @Override
    public void execute(CommandContext context) {
        if (model().userGiven()) {
            model().services().status("You work as " + model().user().orElse("?") + " (given by --as)");
            return;
        }
        if (model().snapshot().people().isEmpty()) {
            model().services().error("Nobody is at this desk yet: add the first person with factdesk user add ID --name NAME --role admin", null);
            return;
        }
        Dialogs.choosePerson(context.window(), "Switch user", "Who works now?", model().snapshot().people()).ifPresent(id -> {
            model().chooseUser(id);
            model().services().status("Working as " + id);
        });
    }
}

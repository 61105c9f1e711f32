package org.factdesk.workbench.desk.internal.commands;

import org.factdesk.workbench.desk.internal.ReviewRules;
import org.factdesk.workbench.api.Command;
import org.factdesk.workbench.api.CommandContext;
import org.factdesk.workbench.api.CommandContribution;
import org.factdesk.workbench.desk.internal.Desk;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Signs off the proposed verdict of the case in focus (an editor who did not propose it). */
@Component(service = Command.class)
@CommandContribution(id = "org.factdesk.desk.signOff", label = "Sign Off", menu = "Case", order = 300, accelerator = "ctrl shift S", toolbar = true)
public final class SignOff extends DeskCommand {

    @Activate
    public SignOff(@Reference Desk desk) {
        super(desk);
    }

    @Override
    public void execute(CommandContext context) {
        selectedCase(context).ifPresent(c -> model().signOff(c.id()).thenAccept(x -> model().services().status(x.id() + " signed off")));
    }

    @Override
    public boolean enabled(CommandContext context) {
        return allowed(context, ReviewRules.Action.SIGN_OFF);
    }
}

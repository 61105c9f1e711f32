package org.factdesk.workbench.desk.internal.commands;

import org.factdesk.workbench.desk.internal.ReviewRules;
import org.factdesk.workbench.desk.internal.ui.Dialogs;
import org.factdesk.workbench.api.Command;
import org.factdesk.workbench.api.CommandContext;
import org.factdesk.workbench.api.CommandContribution;
import org.factdesk.workbench.desk.internal.Desk;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Sends the proposed verdict of the case in focus back to review, with a comment. */
@Component(service = Command.class)
@CommandContribution(id = "org.factdesk.desk.reject", label = "Reject Verdict...", menu = "Case", order = 310, accelerator = "ctrl shift J")
public final class Reject extends DeskCommand {

    @Activate
    public Reject(@Reference Desk desk) {
        super(desk);
    }

    @Override
    public void execute(CommandContext context) {
        selectedCase(context).ifPresent(c -> Dialogs.askText(context.window(), "rejectComment", "Reject " + c.id(), "What must change?", "", true)
                .ifPresent(comment -> model().reject(c.id(), comment).thenAccept(x -> model().services().status(x.id() + ": verdict sent back to review"))));
    }

    @Override
    public boolean enabled(CommandContext context) {
        return allowed(context, ReviewRules.Action.REJECT);
    }
}

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

/** Publishes the signed-off fact-check of the case in focus at a URL. */
@Component(service = Command.class)
@CommandContribution(id = "org.factdesk.desk.publish", label = "Publish...", menu = "Case", order = 320, accelerator = "ctrl shift B")
public final class Publish extends DeskCommand {

    @Activate
    public Publish(@Reference Desk desk) {
        super(desk);
    }

    @Override
    public void execute(CommandContext context) {
        selectedCase(context).ifPresent(c -> Dialogs.askText(context.window(), "publishUrl", "Publish " + c.id(), "URL of the published fact-check (http or https):", "https://", false)
                .ifPresent(url -> model().publish(c.id(), url).thenAccept(x -> model().services().status(x.id() + " published at " + url))));
    }

    @Override
    public boolean enabled(CommandContext context) {
        return allowed(context, ReviewRules.Action.PUBLISH);
    }
}

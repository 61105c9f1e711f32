package org.factdesk.workbench.desk.internal.commands;

import org.factdesk.workbench.api.StandardViews;
import org.factdesk.workbench.desk.internal.ReviewRules;
import org.factdesk.workbench.api.Command;
import org.factdesk.workbench.api.CommandContext;
import org.factdesk.workbench.api.CommandContribution;
import org.factdesk.workbench.desk.internal.Desk;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Opens the review form of the case in focus at its rating: type the rationale and sources, then Propose verdict (Alt+P). */
@Component(service = Command.class)
@CommandContribution(id = "org.factdesk.desk.propose", label = "Propose Verdict...", menu = "Case", order = 200, accelerator = "ctrl shift P")
public final class Propose extends DeskCommand {

    @Activate
    public Propose(@Reference Desk desk) {
        super(desk);
    }

    @Override
    public void execute(CommandContext context) {
        showAndFocus(context, StandardViews.REVIEW, "review.rating");
    }

    @Override
    public boolean enabled(CommandContext context) {
        return allowed(context, ReviewRules.Action.PROPOSE);
    }
}

package org.factdesk.workbench.desk.internal.commands;

import org.factdesk.workbench.api.StandardViews;
import org.factdesk.workbench.api.Command;
import org.factdesk.workbench.api.CommandContext;
import org.factdesk.workbench.api.CommandContribution;
import org.factdesk.workbench.desk.internal.Desk;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Moves to the review form of the case in focus. */
@Component(service = Command.class)
@CommandContribution(id = "org.factdesk.desk.showReview", label = "Review", menu = "Navigate", order = 130, accelerator = "ctrl 5")
public final class ShowReview extends DeskCommand {

    @Activate
    public ShowReview(@Reference Desk desk) {
        super(desk);
    }

    @Override
    public void execute(CommandContext context) {
        showAndFocus(context, StandardViews.REVIEW, "review.rating");
    }
}

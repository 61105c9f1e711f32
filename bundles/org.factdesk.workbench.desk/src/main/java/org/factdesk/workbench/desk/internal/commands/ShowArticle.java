package org.factdesk.workbench.desk.internal.commands;

import org.factdesk.workbench.api.StandardViews;
import org.factdesk.workbench.api.Command;
import org.factdesk.workbench.api.CommandContext;
import org.factdesk.workbench.api.CommandContribution;
import org.factdesk.workbench.desk.internal.Desk;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Moves to the article's claim list. */
@Component(service = Command.class)
@CommandContribution(id = "org.factdesk.desk.showArticle", label = "Article", menu = "Navigate", order = 110, accelerator = "ctrl 2")
public final class ShowArticle extends DeskCommand {

    @Activate
    public ShowArticle(@Reference Desk desk) {
        super(desk);
    }

    @Override
    public void execute(CommandContext context) {
        showAndFocus(context, StandardViews.ARTICLE, "article.claims");
    }
}

package org.example.view.template;

import org.factdesk.workbench.api.Command;
import org.factdesk.workbench.api.CommandContext;
import org.factdesk.workbench.api.CommandContribution;
import org.osgi.service.component.annotations.Component;

/** A command: a menu item (View > Reading Statistics) and a key binding that show the view. */
@Component(service = Command.class)
@CommandContribution(id = "org.example.view.template.show", label = "Reading Statistics", menu = "View", order = 900,
        accelerator = "ctrl alt R")
public class ShowReadingStatistics implements Command {

    @Override
    public void execute(CommandContext context) {
        context.workbench().showView(ReadingStatisticsView.ID);
    }
}

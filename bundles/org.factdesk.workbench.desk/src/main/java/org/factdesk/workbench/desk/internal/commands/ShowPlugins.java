package org.factdesk.workbench.desk.internal.commands;

import org.factdesk.workbench.api.StandardViews;
import org.factdesk.workbench.api.Command;
import org.factdesk.workbench.api.CommandContext;
import org.factdesk.workbench.api.CommandContribution;
import org.factdesk.workbench.desk.internal.Desk;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Moves to the plugins. */
@Component(service = Command.class)
@CommandContribution(id = "org.factdesk.desk.showPlugins", label = "Plugins", menu = "Navigate", order = 140, accelerator = "ctrl 6")
public final class ShowPlugins extends DeskCommand {

    @Activate
    public ShowPlugins(@Reference Desk desk) {
        super(desk);
    }

    @Override
    public void execute(CommandContext context) {
        showAndFocus(context, StandardViews.PLUGINS, "plugins.table");
    }
}

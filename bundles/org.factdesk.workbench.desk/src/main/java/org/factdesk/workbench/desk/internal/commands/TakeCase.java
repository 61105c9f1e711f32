package org.factdesk.workbench.desk.internal.commands;

import java.util.List;

import org.factdesk.workbench.desk.internal.ReviewRules;
import org.factdesk.workbench.api.Command;
import org.factdesk.workbench.api.CommandContext;
import org.factdesk.workbench.api.CommandContribution;
import org.factdesk.workbench.desk.internal.Desk;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Takes the case in focus (the workflow selects a detected case for checking first). */
@Component(service = Command.class)
@CommandContribution(id = "org.factdesk.desk.takeCase", label = "Assign to Me", menu = "Case", order = 100, accelerator = "ctrl shift M")
public final class TakeCase extends DeskCommand {

    @Activate
    public TakeCase(@Reference Desk desk) {
        super(desk);
    }

    @Override
    public void execute(CommandContext context) {
        selectedCase(context).ifPresent(c -> model().assignCases(List.of(c.id()), null));
    }

    @Override
    public boolean enabled(CommandContext context) {
        return allowed(context, ReviewRules.Action.ASSIGN_TO_ME);
    }
}

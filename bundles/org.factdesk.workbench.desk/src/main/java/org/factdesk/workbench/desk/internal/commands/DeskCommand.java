package org.factdesk.workbench.desk.internal.commands;

import java.awt.Component;
import java.util.Optional;

import javax.swing.JComponent;
import javax.swing.SwingUtilities;

import org.factdesk.api.desk.Case;
import org.factdesk.workbench.api.Command;
import org.factdesk.workbench.api.CommandContext;
import org.factdesk.workbench.desk.internal.Desk;
import org.factdesk.workbench.desk.internal.DeskModel;
import org.factdesk.workbench.desk.internal.ReviewRules;
import org.factdesk.workbench.desk.internal.ui.Ui;

/** A command of the desk: runs on the shared model, on the event dispatch thread. */
abstract class DeskCommand implements Command {

    final Desk desk;

    DeskCommand(Desk desk) {
        this.desk = desk;
    }

    DeskModel model() {
        return desk.model();
    }

    /** @return the case the selection stands for (a case, or the case of a claim), as last read */
    Optional<Case> selectedCase(CommandContext context) {
        return model().caseOf(context.selection());
    }

    /** @return true if the desk's rules allow the action on the selected case for the person working */
    boolean allowed(CommandContext context, ReviewRules.Action action) {
        return selectedCase(context).map(c -> model().allowed(action, c).allowed()).orElse(false);
    }

    /** Shows a view and moves the keyboard focus to its named control, once it is laid out. */
    static void showAndFocus(CommandContext context, String viewId, String controlName) {
        context.workbench().showView(viewId);
        SwingUtilities.invokeLater(() -> {
            Component c = context.window() == null ? null : Ui.find(context.window(), controlName, JComponent.class);
            if (c != null) {
                c.requestFocusInWindow();
            }
        });
    }
}

package org.factdesk.workbench.desk.internal.ui;

/** A view's panel on the shared model: it stops listening when its view goes. */
public interface DeskPanel {

    /** Stops listening to the model and stops its timers. Called on the event dispatch thread. */
    void dispose();
}

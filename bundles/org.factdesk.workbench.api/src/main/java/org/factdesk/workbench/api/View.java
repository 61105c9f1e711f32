package org.factdesk.workbench.api;

import javax.swing.JComponent;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A view of the workbench: a dockable panel. Registered as a service with {@link ViewContribution}.
 * The workbench calls {@link #create} on the event dispatch thread when the view is first shown, and
 * {@link #dispose} when the view's service goes away or the window closes.
 */
@ConsumerType
public interface View {

    /**
     * Builds the view's content.
     *
     * @param site what the view may use of the workbench: the selection, jobs, its own title
     * @return the component to show; the workbench docks it
     */
    JComponent create(ViewSite site);

    /** Releases what {@link #create} took (listeners, timers). Called on the event dispatch thread. */
    default void dispose() {
    }
}

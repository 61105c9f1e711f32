package org.factdesk.workbench.api;

import javax.swing.JComponent;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An item of the status bar. Registered as a service, with the service property
 * {@code factdesk.status.order} (an Integer; lower is further left).
 */
@ConsumerType
public interface StatusItem {

    /** Service property: the item's place in the status bar. */
    String ORDER = "factdesk.status.order";

    /**
     * @param workbench the workbench
     * @return the component to show; created on the event dispatch thread
     */
    JComponent create(Workbench workbench);
}

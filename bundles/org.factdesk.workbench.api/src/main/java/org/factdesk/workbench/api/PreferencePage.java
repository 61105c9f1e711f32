package org.factdesk.workbench.api;

import javax.swing.JComponent;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A page of the Preferences dialog, besides the pages the workbench makes from each configurable
 * component's Metatype description. Registered as a service with the service properties
 * {@code factdesk.preferences.id} and {@code factdesk.preferences.title}.
 */
@ConsumerType
public interface PreferencePage {

    /** Service property: the page's id. */
    String ID = "factdesk.preferences.id";
    /** Service property: the page's title in the dialog's list. */
    String TITLE = "factdesk.preferences.title";

    /** @return the page's content, created on the event dispatch thread when the dialog opens */
    JComponent create();

    /**
     * Stores what the page shows (OK or Apply).
     *
     * @throws IllegalArgumentException with a message for the user if a value is not valid; nothing is stored then
     */
    void apply();
}

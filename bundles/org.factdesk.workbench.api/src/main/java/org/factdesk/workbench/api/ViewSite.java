package org.factdesk.workbench.api;

import java.awt.Window;

import org.osgi.annotation.versioning.ProviderType;

/** What the workbench offers one view. */
@ProviderType
public interface ViewSite {

    /** @return the view's id */
    String viewId();

    /** @return the selection shared by every view */
    Selection selection();

    /** @return the workbench */
    Workbench workbench();

    /** @return the workbench window, as the parent of dialogs */
    Window window();

    /**
     * Changes the title on the view's tab (for example to name the open article).
     *
     * @param title the new title
     */
    void setTitle(String title);
}

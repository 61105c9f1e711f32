package org.factdesk.workbench.api;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Offers things to Quick Access (Ctrl+3) besides the workbench's own commands and views: cases,
 * claims, checkers ... Registered as a service, with the service property
 * {@code factdesk.quickaccess.category} naming what it offers ({@code "Cases"}); the workbench shows
 * its items under that heading.
 *
 * @since 1.0.0
 */
@ConsumerType
public interface QuickAccessProvider {

    /** Service property: the heading of this provider's items in Quick Access. */
    String CATEGORY = "factdesk.quickaccess.category";

    /**
     * What matches the text the user typed. Called off the event dispatch thread, once the user stops
     * typing for a moment; a call for older text may be abandoned. Return quickly (an index, not a scan
     * of the workspace), and never block on the event dispatch thread.
     *
     * @param text  what the user typed, trimmed, never empty; match it case-insensitively
     * @param limit the most items wanted
     * @return the matching items, best first; never null
     */
    List<QuickAccessItem> find(String text, int limit);
}

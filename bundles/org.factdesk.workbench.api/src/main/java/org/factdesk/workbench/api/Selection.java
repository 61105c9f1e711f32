package org.factdesk.workbench.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The selection shared by the workbench's views: the article, claim, finding or case the user last
 * picked. Changed and read on the event dispatch thread. A service the workbench provides.
 */
@ProviderType
public interface Selection {

    /** The selection when nothing is selected. */
    Object EMPTY = new Object() {
        @Override
        public String toString() {
            return "nothing selected";
        }
    };

    /** A change of selection. */
    @FunctionalInterface
    interface Listener {
        /**
         * @param source    who selected it (a view), so a view can ignore its own selections
         * @param selection the new selection; {@link Selection#EMPTY} when nothing is selected
         */
        void selected(Object source, Object selection);
    }

    /** @return the current selection; {@link #EMPTY} when nothing is selected */
    Object current();

    /**
     * Selects something and tells every listener.
     *
     * @param source    who selects (a view)
     * @param selection an Article, Claim, Finding, Case ...; null selects nothing
     */
    void select(Object source, Object selection);

    /** @param listener told of every change, on the event dispatch thread */
    void addListener(Listener listener);

    /** @param listener no longer told */
    void removeListener(Listener listener);
}

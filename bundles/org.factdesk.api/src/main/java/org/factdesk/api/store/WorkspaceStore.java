package org.factdesk.api.store;

import java.nio.file.Path;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Opens workspaces. Implemented by store bundles (the embedded file store, or a shared team
 * store); used by the workflow.
 */
@ConsumerType
public interface WorkspaceStore {

    /**
     * Opens the workspace at {@code location}, creating it if {@code create} is set and it does
     * not exist yet.
     *
     * @param location the workspace directory (a store may map it to something else)
     * @param access   {@link Access#WRITE} takes the single-writer lock and fails with
     *                 {@link StoreException.Reason#LOCKED} if another process holds it
     * @param create   create an empty workspace if there is none
     * @return the open journal; close it to release the lock
     * @throws StoreException if the workspace cannot be opened; the message says why and where
     */
    Journal open(Path location, Access access, boolean create) throws StoreException;

    /** How a workspace is opened. */
    enum Access {
        /** The single writer: takes the workspace lock, repairs a torn last entry. */
        WRITE,
        /** A reader: takes no lock, changes nothing on disk. */
        READ_ONLY
    }
}

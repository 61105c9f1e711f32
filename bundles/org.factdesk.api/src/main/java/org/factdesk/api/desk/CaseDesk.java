package org.factdesk.api.desk;

import java.nio.file.Path;

import org.factdesk.api.store.WorkspaceStore;
import org.osgi.annotation.versioning.ProviderType;

/** Opens the workflow on a workspace. A service FactDesk provides. */
@ProviderType
public interface CaseDesk {

    /**
     * Opens a workspace, creating it if it does not exist and {@code access} is
     * {@link WorkspaceStore.Access#WRITE}.
     *
     * @param workspace the workspace directory
     * @param keys      the directory that holds the private keys of the people on this machine
     * @param access    writer (exclusive) or reader
     * @return the open desk; close it to release the workspace
     * @throws WorkflowException if the workspace cannot be opened; the message says why (another
     *                           process writing, a journal that does not verify ...)
     */
    DeskSession open(Path workspace, Path keys, WorkspaceStore.Access access) throws WorkflowException;

    /**
     * Makes a key pair for a person on their own machine: the private key goes into their key
     * directory, and the public key, returned, is what an admin registers
     * ({@link DeskSession#addPerson(String, String, String, Role, String)}).
     *
     * @param keys the person's key directory
     * @param id   their user name
     * @return the public key (X.509, Base64)
     * @throws WorkflowException if the key cannot be stored
     */
    String makeKey(Path keys, String id) throws WorkflowException;
}

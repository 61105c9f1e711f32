package org.factdesk.workbench.desk.internal;

import java.nio.file.Path;

import org.factdesk.api.desk.CaseDesk;
import org.factdesk.api.desk.DeskSession;
import org.factdesk.api.desk.WorkflowException;
import org.factdesk.api.job.CancelledException;
import org.factdesk.api.job.Monitor;
import org.factdesk.api.store.StoreException;
import org.factdesk.api.store.WorkspaceStore.Access;

/**
 * Opens the workspace as the command line does: a writer waits a moment (5 s) for another writer
 * (a command, another desk) to finish, then gives up with the store's message.
 */
public final class Sessions {

    /** How long a writing action waits for another writer, as the command line does. */
    static final long LOCK_WAIT_NANOS = 5_000_000_000L;

    private Sessions() {
    }

    /**
     * @param desk      the workflow
     * @param workspace the workspace directory
     * @param keys      the private keys directory
     * @param access    read-only for display, write for the duration of one action
     * @param monitor   cancels the wait
     * @return the open session; the caller closes it
     * @throws WorkflowException  if it cannot be opened (the store's message), or stays locked
     * @throws CancelledException if cancelled while waiting for the lock
     */
    public static DeskSession open(CaseDesk desk, Path workspace, Path keys, Access access, Monitor monitor)
            throws WorkflowException, CancelledException {
        long giveUp = System.nanoTime() + LOCK_WAIT_NANOS;
        while (true) {
            try {
                return desk.open(workspace, keys, access);
            } catch (WorkflowException e) {
                if (!locked(e) || System.nanoTime() > giveUp) {
                    throw e;
                }
                monitor.message("waiting for another writer to finish with " + workspace);
                monitor.checkCancelled();
                try {
                    Thread.sleep(50);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    throw new CancelledException("cancelled while waiting for the workspace");
                }
            }
        }
    }

    /** @return true if the workspace was refused because another process writes to it */
    public static boolean locked(WorkflowException e) {
        return e.getCause() instanceof StoreException se && se.reason() == StoreException.Reason.LOCKED;
    }
}

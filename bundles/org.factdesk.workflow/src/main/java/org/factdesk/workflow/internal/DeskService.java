package org.factdesk.workflow.internal;

import java.nio.file.Path;

import org.factdesk.api.desk.CaseDesk;
import org.factdesk.api.desk.DeskSession;
import org.factdesk.api.desk.WorkflowException;
import org.factdesk.api.store.Journal;
import org.factdesk.api.store.StoreException;
import org.factdesk.api.store.WorkspaceStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The workflow, on whichever workspace store ranks highest (the embedded one unless a team store is installed). */
@Component
public class DeskService implements CaseDesk {

    private final WorkspaceStore store;

    @Activate
    public DeskService(@Reference(policyOption = ReferencePolicyOption.GREEDY) WorkspaceStore store) {
        this.store = store;
    }

    @Override
    public DeskSession open(Path workspace, Path keys, WorkspaceStore.Access access) throws WorkflowException {
        Seen seen = new Seen(keys);
        Journal journal;
        try {
            journal = store.open(workspace, access, access == WorkspaceStore.Access.WRITE);
        } catch (StoreException e) {
            throw new WorkflowException(e.getMessage(), e);
        }
        try {
            return new Session(journal, new KeyRing(keys), seen);
        } catch (WorkflowException e) {
            try {
                journal.close();
            } catch (StoreException ignored) {
                // the first failure says more
            }
            throw e;
        }
    }

    @Override
    public String makeKey(Path keys, String id) throws WorkflowException {
        return new KeyRing(keys).create(id);
    }
}

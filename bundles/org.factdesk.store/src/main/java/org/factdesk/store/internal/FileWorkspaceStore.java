package org.factdesk.store.internal;

import java.nio.file.Path;

import org.factdesk.api.store.Journal;
import org.factdesk.api.store.StoreException;
import org.factdesk.api.store.WorkspaceStore;
import org.osgi.service.component.annotations.Component;

/** The embedded store: a workspace is a directory on this machine (see {@link FileJournal}). */
@Component(property = "service.ranking:Integer=0")
public class FileWorkspaceStore implements WorkspaceStore {

    @Override
    public Journal open(Path location, Access access, boolean create) throws StoreException {
        return FileJournal.open(location.toAbsolutePath().normalize(), access, create);
    }
}

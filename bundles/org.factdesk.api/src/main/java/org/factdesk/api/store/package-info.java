/**
 * The workspace store: an append-only, hash-chained journal of changes, snapshots for fast
 * opening, and the documents (imported articles) cases refer to. The embedded store keeps
 * everything in one directory; another store (a shared team database) can replace it by
 * registering its own {@link org.factdesk.api.store.WorkspaceStore} service with a higher
 * ranking: the workflow only talks to these interfaces.
 */
@Export
@Version("1.1.0")
package org.factdesk.api.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

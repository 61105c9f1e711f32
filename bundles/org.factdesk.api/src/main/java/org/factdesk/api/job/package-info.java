/**
 * Long work with progress and cancel, the same for every face: a {@link org.factdesk.api.job.Job}
 * reports to a {@link org.factdesk.api.job.Monitor}; the {@link org.factdesk.api.job.Jobs} service
 * runs jobs on worker threads, so the command line can draw a progress bar and the desktop a
 * progress view from the same job, and either can cancel it.
 */
@Export
@Version("1.0.0")
package org.factdesk.api.job;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

/**
 * Exporters turn fact-checks into documents: ClaimReview JSON-LD, reports, spreadsheets. Each is
 * a service; a third party adds one by registering an {@link org.factdesk.api.export.Exporter}.
 * Faces export through the {@link org.factdesk.api.export.ExportService} (since 1.1), which finds
 * exporters and writes their documents atomically.
 */
@Export
@Version("1.1.0")
package org.factdesk.api.export;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

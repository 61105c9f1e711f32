/**
 * Exporters turn fact-checks into documents: ClaimReview JSON-LD, reports, spreadsheets. Each is
 * a service; a third party adds one by registering an {@link org.factdesk.api.export.Exporter}.
 */
@Export
@Version("1.0.0")
package org.factdesk.api.export;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

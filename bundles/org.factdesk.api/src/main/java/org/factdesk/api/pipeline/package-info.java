/**
 * Services FactDesk provides to run articles through importers, the claim extractor and the
 * checkers, and the reports they produce. Plugins use these; they do not implement them.
 */
@Export
@Version("1.1.0")
package org.factdesk.api.pipeline;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

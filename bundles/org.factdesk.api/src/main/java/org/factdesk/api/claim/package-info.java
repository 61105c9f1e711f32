/**
 * Claims: the check-worthy statements found in an article, and the
 * {@link org.factdesk.api.claim.ClaimExtractor} service that finds them.
 */
@Export
@Version("1.0.0")
package org.factdesk.api.claim;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

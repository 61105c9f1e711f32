/**
 * Checkers: the plugins that gather evidence on a claim and suggest a stance, and the
 * {@link org.factdesk.api.check.Finding findings} they return.
 */
@Export
@Version("1.0.0")
package org.factdesk.api.check;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

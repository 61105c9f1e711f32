/**
 * Turns what a user names (files, directories, glob patterns, {@code http(s)://} URLs, {@code -} for
 * standard input) into articles: the {@link org.factdesk.api.intake.Intake} service every face calls, so
 * the command line and the desktop read the same inputs the same way.
 */
@Export
@Version("1.3.0")
package org.factdesk.api.intake;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

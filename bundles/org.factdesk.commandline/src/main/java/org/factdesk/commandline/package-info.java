/**
 * The one model of the {@code factdesk} command line: parsing, help with examples and shell
 * completion, for the launcher (before the framework starts) and the shell bundle (inside it).
 */
@Export
@Version("1.0.0")
package org.factdesk.commandline;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

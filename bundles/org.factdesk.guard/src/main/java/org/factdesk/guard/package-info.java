/**
 * What woven plugin code calls instead of ending or forking the process. Not for plugins to use:
 * the guard's weaving hook rewrites their calls to {@code System.exit}, {@code Runtime.exit},
 * {@code Runtime.halt}, {@code Runtime.exec} and {@code ProcessBuilder.start} into calls here.
 */
@Export
@Version("1.0.0")
package org.factdesk.guard;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

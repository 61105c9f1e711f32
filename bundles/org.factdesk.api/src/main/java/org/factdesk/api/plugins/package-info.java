/**
 * The plugins directory as every face sees it: the {@link org.factdesk.api.plugins.PluginShelf}
 * service lists the plugin jars with the state of their bundles and puts jars in or takes them out.
 * The directory's watcher installs, updates and removes the bundles, so a change made through the
 * shelf is the same as copying a file by hand.
 */
@Export
@Version("1.1.0")
package org.factdesk.api.plugins;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

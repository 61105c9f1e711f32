/**
 * A desk's configuration: the configurable components (from their Metatype descriptions), the
 * configurations stored for them, and changing those with validation. FactDesk provides
 * {@link org.factdesk.api.config.DeskConfiguration}; the command line ({@code factdesk config}) and
 * the workbench's preferences use it.
 */
@Export
@Version("1.0.0")
package org.factdesk.api.config;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

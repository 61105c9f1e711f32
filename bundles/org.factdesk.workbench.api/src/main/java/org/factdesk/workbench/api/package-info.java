/**
 * Contributing to the FactDesk workbench. A bundle adds a view, a command, a preference page or a
 * status-bar item by registering a service implementing {@link org.factdesk.workbench.api.View},
 * {@link org.factdesk.workbench.api.Command}, {@link org.factdesk.workbench.api.PreferencePage} or
 * {@link org.factdesk.workbench.api.StatusItem}, described by its component-property annotation
 * ({@link org.factdesk.workbench.api.ViewContribution} ...). The workbench adds and removes them as
 * their bundles come and go, always on the Swing event dispatch thread. The
 * {@link org.factdesk.workbench.api.Selection} service carries the selected article, claim,
 * finding or case between views. {@link org.factdesk.workbench.api.QuickAccessProvider} services add
 * cases, claims or checkers to Quick Access; {@link org.factdesk.workbench.api.FreezeMonitor} reports
 * events that kept the event dispatch thread busy too long.
 */
@Export
@Version("1.0.0")
package org.factdesk.workbench.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

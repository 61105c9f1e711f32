/**
 * The fact-check workflow around claims: cases, verdicts on a rating scale, four-eyes sign-off,
 * publication and corrections, and the people who do them. FactDesk provides
 * {@link org.factdesk.api.desk.CaseDesk}; plugins and tools use it.
 */
@Export
@Version("1.1.0")
package org.factdesk.api.desk;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

/**
 * Articles as FactDesk reads them, and the {@link org.factdesk.api.article.ArticleImporter}
 * plugin interface that turns files, feeds and streams into them.
 */
@Export
@Version("1.0.0")
package org.factdesk.api.article;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

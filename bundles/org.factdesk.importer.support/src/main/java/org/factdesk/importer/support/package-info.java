/**
 * What article importers do alike, for FactDesk's own importers and third-party ones: refusing
 * input over a size limit ({@link org.factdesk.importer.support.SizeLimit}), telling text from
 * binary data ({@link org.factdesk.importer.support.Binary}), decoding bytes
 * ({@link org.factdesk.importer.support.Decoding}), finding paragraphs in plain text
 * ({@link org.factdesk.importer.support.Paragraphs}) and in HTML
 * ({@link org.factdesk.importer.support.HtmlParagraphs}), building an article text with its
 * paragraph offsets ({@link org.factdesk.importer.support.ArticleText}), and normalising dates
 * ({@link org.factdesk.importer.support.Dates}) and language tags
 * ({@link org.factdesk.importer.support.Languages}).
 *
 * <p>Everything here is stateless or immutable and safe to use from several threads. Errors about
 * the input are {@link org.factdesk.api.article.ImportException}s that name the input and the
 * format, as {@link org.factdesk.api.article.ArticleImporter#read} reports them.
 */
@Export
@Version("1.1.0")
package org.factdesk.importer.support;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

package org.factdesk.api.check;

/**
 * Where a finding came from, recorded by the pipeline, never by the checker itself.
 *
 * @param bundle        Bundle-SymbolicName of the checker's bundle
 * @param bundleVersion Bundle-Version of the checker's bundle
 * @param component     the checker's component name (or service class if not a DS component)
 * @param configHash    SHA-256 prefix of the checker's service properties, so two
 *                      configurations of one checker can be told apart
 */
public record Provenance(String bundle, String bundleVersion, String component, String configHash) {
}

package org.factdesk.api.pipeline;

/**
 * A checker that failed on one claim; the run went on without it.
 *
 * @param checker the checker's id
 * @param version the checker's version
 * @param problem {@code "EXCEPTION"}, {@code "TIMEOUT"} or {@code "INVALID_RESULT"}
 * @param message what happened, one line
 */
public record CheckerFailure(String checker, String version, String problem, String message) {
}

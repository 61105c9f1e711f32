package org.factdesk.commandline;

/**
 * The options every command takes, as given on the command line ({@code null} or {@code false} when not
 * given). Environment variables and defaults are the reader's business.
 *
 * @param plugins   {@code --plugins DIR}
 * @param workspace {@code --workspace DIR}
 * @param keys      {@code --keys DIR}
 * @param as        {@code --as USER}
 * @param config    {@code --config DIR}
 * @param verbose   {@code --verbose}
 * @param quiet     {@code --quiet}
 */
public record Globals(String plugins, String workspace, String keys, String as, String config, boolean verbose, boolean quiet) {
}

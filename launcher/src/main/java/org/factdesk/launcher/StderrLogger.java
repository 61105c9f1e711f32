package org.factdesk.launcher;

/** Felix logs to standard output by default; FactDesk keeps standard output for results (JSON). */
final class StderrLogger extends org.apache.felix.framework.Logger {

    @Override
    protected void doLogOut(int level, String msg, Throwable throwable) {
        String prefix = switch (level) {
            case LOG_ERROR -> "ERROR: ";
            case LOG_WARNING -> "WARNING: ";
            case LOG_INFO -> "INFO: ";
            default -> "DEBUG: ";
        };
        System.err.println("factdesk: " + prefix + msg + (throwable != null ? " (" + throwable + ")" : ""));
    }
}

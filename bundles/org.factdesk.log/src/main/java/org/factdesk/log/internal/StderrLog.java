package org.factdesk.log.internal;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;
import org.osgi.service.log.admin.LoggerAdmin;
import org.osgi.service.log.admin.LoggerContext;

/**
 * The one place diagnostics reach a person on the command line: every log entry at warning level or
 * above, and with {@code --verbose} FactDesk's own debug lines and the libraries' warnings
 * ({@link LibraryLogBridge}), one line each on standard error.
 */
@Component(immediate = true)
public class StderrLog implements LogListener {

    /** SCR logs each component's life, step by step, through the component's own logger: not for people. */
    private static final java.util.regex.Pattern SCR_CHATTER = java.util.regex.Pattern.compile("bundle \\S+ \\(\\d+\\)");

    /** Framework property set by the launcher's {@code --verbose}. */
    static final String VERBOSE = "factdesk.verbose";

    private final LogReaderService reader;
    private final PrintStream err;
    private final boolean verbose;

    @Activate
    public StderrLog(@Reference LogReaderService reader, @Reference LoggerAdmin admin, BundleContext context) {
        this(reader, admin, Boolean.parseBoolean(context.getProperty(VERBOSE)), System.err);
    }

    StderrLog(LogReaderService reader, LoggerAdmin admin, boolean verbose, PrintStream err) {
        this.reader = reader;
        this.err = err;
        this.verbose = verbose;
        LoggerContext root = admin.getLoggerContext(null);
        // FactDesk's loggers say what they do at debug level; the libraries' debug lines stay off
        root.setLogLevels(verbose ? Map.of(org.osgi.service.log.Logger.ROOT_LOGGER_NAME, LogLevel.WARN, "org.factdesk", LogLevel.DEBUG)
                : Map.of(org.osgi.service.log.Logger.ROOT_LOGGER_NAME, LogLevel.WARN));
        reader.addLogListener(this);
    }

    @Deactivate
    void deactivate() {
        reader.removeLogListener(this);
    }

    @Override
    public void logged(LogEntry entry) {
        if (shown(entry, verbose)) {
            err.println(line(entry));
        }
    }

    /** Whether an entry goes to standard error. */
    static boolean shown(LogEntry entry, boolean verbose) {
        String logger = entry.getLoggerName() == null ? "" : entry.getLoggerName();
        if (logger.startsWith(LibraryLogBridge.PREFIX)) {
            // a library repairing a broken file or substituting a font: the importer says what matters
            return verbose && LogLevel.WARN.implies(entry.getLogLevel());
        }
        // the framework's own bundle and service events are logged at info and debug whatever the levels say
        return LogLevel.WARN.implies(entry.getLogLevel())
                || (verbose && logger.startsWith("org.factdesk") && !SCR_CHATTER.matcher(entry.getMessage()).lookingAt());
    }

    static String line(LogEntry e) {
        String level = e.getLogLevel().name().toLowerCase(Locale.ROOT);
        String logger = e.getLoggerName() == null ? "" : e.getLoggerName();
        String who = logger.startsWith(LibraryLogBridge.PREFIX) ? logger.substring(LibraryLogBridge.PREFIX.length()) + ": "
                : e.getBundle() == null ? "" : e.getBundle().getSymbolicName() + ": ";
        Throwable t = e.getException();
        String cause = t == null ? "" : " (" + (t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName()) + ")";
        return "factdesk: " + level + ": " + who + e.getMessage() + cause;
    }
}

package org.factdesk.log.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * Libraries' own logging into the desk's log. PDFBox (through commons-logging) and other libraries
 * log with {@code java.util.logging}, whose console handler writes two lines and whole stack traces
 * to standard error for every lenient repair of a broken file and every font it substitutes. Here
 * the console handler goes, the root level becomes warning (the libraries' info chatter is not even
 * formatted), and each warning or error becomes one entry in the OSGi log under the logger
 * {@value #PREFIX}<i>library logger</i>, which {@link StderrLog} shows only with {@code --verbose}:
 * the importers say in their own words what was wrong with a file.
 */
@Component(immediate = true)
public class LibraryLogBridge {

    /** Logger names of library entries in the desk's log start with this. */
    static final String PREFIX = "library.";

    private final java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
    private final List<Handler> consoles = new ArrayList<>();
    private final Level level;
    private final Handler forward;

    @Activate
    public LibraryLogBridge(@Reference LoggerFactory logs) {
        level = root.getLevel();
        for (Handler h : root.getHandlers()) {
            if (h instanceof ConsoleHandler) {
                root.removeHandler(h);
                consoles.add(h);
            }
        }
        root.setLevel(Level.WARNING);
        forward = new Forward(logs);
        root.addHandler(forward);
    }

    @Deactivate
    void deactivate() {
        root.removeHandler(forward);
        root.setLevel(level);
        consoles.forEach(root::addHandler);
    }

    /** One log entry per record, on one line: the message, and the exception's own message at most. */
    static final class Forward extends Handler {
        private final LoggerFactory logs;
        private final SimpleFormatter formatter = new SimpleFormatter();

        Forward(LoggerFactory logs) {
            this.logs = logs;
        }

        @Override
        public void publish(LogRecord r) {
            if (r == null || r.getLevel().intValue() < Level.WARNING.intValue()) {
                return;
            }
            String name = r.getLoggerName() == null || r.getLoggerName().isEmpty() ? "java" : r.getLoggerName();
            String message = formatter.formatMessage(r);
            // one line, and not an OSGi log format: "{}" would be read as a placeholder
            message = (message == null ? "" : message).replaceAll("\\s*\\R\\s*", " ").strip().replace("{}", "\\{}");
            Logger log = logs.getLogger(PREFIX + name);
            Throwable t = r.getThrown();
            if (r.getLevel().intValue() >= Level.SEVERE.intValue()) {
                if (t == null) {
                    log.error(message);
                } else {
                    log.error(message, t);
                }
            } else if (t == null) {
                log.warn(message);
            } else {
                log.warn(message, t);
            }
        }

        @Override
        public void flush() {
            // entries are handed on at once
        }

        @Override
        public void close() {
            // nothing held
        }
    }
}

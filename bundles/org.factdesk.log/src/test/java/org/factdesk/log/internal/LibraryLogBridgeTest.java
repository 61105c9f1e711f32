package org.factdesk.log.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

class LibraryLogBridgeTest {

    /** What reached the desk's log: logger name, level, message, exception. */
    record Entry(String logger, String level, String message, Object exception) {
    }

    private static LoggerFactory recording(List<Entry> into) {
        return (LoggerFactory) Proxy.newProxyInstance(LoggerFactory.class.getClassLoader(), new Class<?>[] {LoggerFactory.class},
                (p, m, args) -> {
                    if (!m.getName().equals("getLogger")) {
                        return null;
                    }
                    String name = (String) args[0];
                    return Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class}, (lp, lm, la) -> {
                        if (lm.getName().equals("warn") || lm.getName().equals("error")) {
                            into.add(new Entry(name, lm.getName(), (String) la[0], la.length > 1 ? (la[1] instanceof Object[] a ? a[0] : la[1]) : null));
                        }
                        return null;
                    });
                });
    }

    @Test
    void libraryWarningsBecomeOneLineEntriesAndTheConsoleStaysQuiet() {
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        ConsoleHandler console = new ConsoleHandler();
        root.addHandler(console);
        List<Entry> entries = new ArrayList<>();
        LibraryLogBridge bridge = new LibraryLogBridge(recording(entries));
        try {
            assertThat(root.getHandlers()).doesNotContain(console);
            java.util.logging.Logger pdfbox = java.util.logging.Logger.getLogger("org.apache.pdfbox.pdfparser.COSParser");
            pdfbox.info("Building on-disk font cache, this may take a while");
            pdfbox.warning("Invalid dictionary, found: 'N'\nbut expected: '/' at offset 929");
            pdfbox.log(Level.SEVERE, "Could not read page {0}", new Object[] {3});
            pdfbox.log(Level.SEVERE, "Failed", new java.io.IOException("stream ends early"));
            assertThat(entries).containsExactly(
                    new Entry("library.org.apache.pdfbox.pdfparser.COSParser", "warn",
                            "Invalid dictionary, found: 'N' but expected: '/' at offset 929", null),
                    new Entry("library.org.apache.pdfbox.pdfparser.COSParser", "error", "Could not read page 3", null),
                    new Entry("library.org.apache.pdfbox.pdfparser.COSParser", "error", "Failed", entries.get(2).exception()));
            assertThat(entries.get(2).exception()).isInstanceOf(java.io.IOException.class);
        } finally {
            bridge.deactivate();
            root.removeHandler(console);
        }
        assertThat(List.of(root.getHandlers())).noneMatch(h -> h instanceof LibraryLogBridge.Forward);
    }

    private static LogEntry entry(String logger, LogLevel level, String message) {
        return (LogEntry) Proxy.newProxyInstance(LogEntry.class.getClassLoader(), new Class<?>[] {LogEntry.class},
                (p, m, args) -> switch (m.getName()) {
                    case "getLoggerName" -> logger;
                    case "getLogLevel" -> level;
                    case "getMessage" -> message;
                    default -> null;
                });
    }

    @Test
    void libraryEntriesReachStandardErrorOnlyWithVerbose() {
        LogEntry pdfbox = entry("library.org.apache.pdfbox.pdmodel.font.PDType1Font", LogLevel.WARN,
                "Using fallback font LiberationSans for Helvetica");
        assertThat(StderrLog.shown(pdfbox, false)).isFalse();
        assertThat(StderrLog.shown(pdfbox, true)).isTrue();
        assertThat(StderrLog.line(pdfbox))
                .isEqualTo("factdesk: warn: org.apache.pdfbox.pdmodel.font.PDType1Font: Using fallback font LiberationSans for Helvetica");
        assertThat(StderrLog.shown(entry("org.factdesk.store", LogLevel.WARN, "journal repaired"), false)).isTrue();
        assertThat(StderrLog.shown(entry("org.factdesk.store", LogLevel.DEBUG, "opened"), false)).isFalse();
    }
}

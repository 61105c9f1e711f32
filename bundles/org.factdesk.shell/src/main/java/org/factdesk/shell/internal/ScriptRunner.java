package org.factdesk.shell.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code factdesk run SCRIPT.gosh}: runs a Gogo script statement by statement and stops at the first
 * one that fails, naming its line, with a non-zero exit code. A statement fails when it throws (an
 * unknown command, a Gogo syntax error) or when a FactDesk command in it returns a non-zero exit
 * code, which then becomes the run's exit code ({@code --keep-going}: the first failure's, once every
 * statement has run). Results are not echoed, as in Gogo's script mode;
 * {@code echo} prints.
 */
@Component(service = ScriptRunner.class)
public class ScriptRunner {

    /** A statement, with the line it starts on. */
    record Statement(int line, String text) {
    }

    private final CommandProcessor processor;

    @Activate
    public ScriptRunner(@Reference CommandProcessor processor) {
        this.processor = processor;
    }

    /**
     * @param typed     the script as named on the command line
     * @param keepGoing run the other statements after a failing one; the exit code is then the first failure's
     */
    int run(String typed, boolean keepGoing, Path cwd, PrintStream err) {
        Path script = cwd.resolve(typed);
        String text;
        try {
            text = Files.readString(script, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println("factdesk: " + typed + ": " + (Files.exists(script) ? "cannot read the script" : "no such script"));
            return Commands.INPUT_FAILED;
        }
        List<Statement> statements;
        try {
            statements = statements(text);
        } catch (IllegalArgumentException e) {
            err.println("factdesk: " + typed + ":" + e.getMessage());
            return Commands.USAGE;
        }
        // Gogo routes System.out and System.err to the running session's streams: hand it the process's
        // own descriptors, not System.out, or echo would write into itself
        PrintStream stdout = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        int failed = Commands.OK;
        try (CommandSession session = processor.createSession(InputStream.nullInputStream(), stdout, stderr)) {
            for (Statement s : statements) {
                String first = s.text().lines().findFirst().orElse("").strip();
                int code;
                try {
                    Object result = session.execute(s.text());
                    code = result instanceof Integer c ? c : Commands.OK;
                    if (code != Commands.OK) {
                        stdout.flush();
                        err.println("factdesk: " + typed + ":" + s.line() + ": " + first + ": failed with exit code " + code);
                    }
                } catch (Exception e) {
                    err.println("factdesk: " + typed + ":" + s.line() + ": " + first + ": " + message(e));
                    code = Commands.INPUT_FAILED;
                }
                if (code != Commands.OK) {
                    if (!keepGoing) {
                        return code;
                    }
                    failed = failed == Commands.OK ? code : failed;
                }
            }
            stdout.flush();
        }
        return failed;
    }

    /**
     * Splits a script into statements: one a line, except that a statement goes on while braces,
     * brackets or parentheses are open (Gogo closures) or a line ends with a backslash. Blank lines
     * and lines starting with {@code #} are skipped.
     *
     * @throws IllegalArgumentException ("LINE: problem") for a statement still open at the end
     */
    static List<Statement> statements(String script) {
        List<Statement> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int start = 0;
        int depth = 0;
        String[] lines = script.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (current.length() == 0 && (line.isBlank() || line.strip().startsWith("#"))) {
                continue;
            }
            if (current.length() == 0) {
                start = i + 1;
            }
            boolean continued = line.endsWith("\\");
            current.append(continued ? line.substring(0, line.length() - 1) : line).append('\n');
            depth += depth(line);
            if (depth <= 0 && !continued) {
                out.add(new Statement(start, current.toString().strip()));
                current.setLength(0);
                depth = 0;
            }
        }
        if (current.length() > 0) {
            throw new IllegalArgumentException(start + ": the statement starting here is never closed (a { [ or ( without its match)");
        }
        return out;
    }

    /** Opening minus closing brackets outside quotes. */
    private static int depth(String line) {
        int d = 0;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '{' || c == '[' || c == '(') {
                d++;
            } else if (c == '}' || c == ']' || c == ')') {
                d--;
            }
        }
        return d;
    }

    private static String message(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m != null && !m.isBlank() ? m.strip() : t.getClass().getSimpleName().replaceAll("(Exception|Error)$", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }
}

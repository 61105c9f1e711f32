package org.factdesk.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;

/**
 * How the training and evaluation mains start and fail: a wrong number of arguments prints the
 * usage line, missing or malformed data one line naming the path and what was expected (both exit
 * code {@value #USAGE}), any other input/output failure one line (exit code 1). Never a stack trace
 * for these: a wrong directory is the user's everyday mistake, not a bug.
 */
public final class Command {

    /** Exit code for a wrong usage and for missing, incomplete or malformed data. */
    public static final int USAGE = 2;

    /** The work of one command, on its arguments (their number already checked). */
    @FunctionalInterface
    public interface Body {
        void run(List<String> args, PrintStream out) throws Exception;
    }

    private Command() {
    }

    /**
     * @param name  the command as the user typed it ("factdesk train"), the prefix of every error line
     * @param usage the arguments, for the usage line ("CLAIMBUSTER_DIR [MODEL_FILE]")
     * @param min   fewest arguments
     * @param max   most arguments
     * @return the exit code: 0, {@value #USAGE} (usage, data) or 1 (other input/output failures)
     * @throws Exception what the body throws that is not an input/output failure (a bug: shown whole)
     */
    public static int run(String name, String usage, int min, int max, String[] args, PrintStream out, PrintStream err, Body body)
            throws Exception {
        if (args.length < min || args.length > max) {
            err.println("usage: " + name + " " + usage);
            return USAGE;
        }
        try {
            body.run(List.of(args), out);
            return 0;
        } catch (DataException e) {
            err.println(name + ": " + e.getMessage());
            return USAGE;
        } catch (FileSystemException e) {
            // a file found missing only while the work runs is missing data too
            err.println(name + ": " + describe(e));
            return e instanceof NoSuchFileException ? USAGE : 1;
        } catch (IOException e) {
            err.println(name + ": " + (e.getMessage() == null ? "input/output error" : e.getMessage()));
            return 1;
        }
    }

    /** {@link #run} for a {@code main}: exits with its code when that is not 0. */
    public static void main(String name, String usage, int min, int max, String[] args, Body body) throws Exception {
        int code = run(name, usage, min, max, args, System.out, System.err, body);
        System.out.flush();
        if (code != 0) {
            System.exit(code);
        }
    }

    /** The message of a file-system failure without the exception's name: its kind is only in its class. */
    private static String describe(FileSystemException e) {
        String what = e instanceof NoSuchFileException ? "no such file or directory"
                : e instanceof AccessDeniedException ? "permission denied"
                : e instanceof NotDirectoryException ? "not a directory"
                : e instanceof FileAlreadyExistsException ? "already exists"
                : "cannot be read or written";
        return (e.getFile() == null ? "" : e.getFile() + ": ") + what + (e.getReason() == null ? "" : " (" + e.getReason() + ")");
    }
}

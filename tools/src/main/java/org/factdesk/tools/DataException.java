package org.factdesk.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The data a command was pointed at is missing, incomplete or malformed. The message is one line
 * that names the path, what is wrong and what was expected, fit to show as is; {@link Command}
 * prints it and exits with {@link Command#USAGE}.
 */
public final class DataException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path path;

    /**
     * @param path     the file or directory at fault
     * @param problem  what is wrong with it ("not found", "line 3: expected 4 columns")
     * @param expected what should be there, in words a user recognises ("the ClaimBuster 2.5xNCS.json")
     */
    public DataException(Path path, String problem, String expected) {
        super(path + ": " + problem + " (expected " + expected + ")");
        this.path = path;
    }

    /** @return the file or directory at fault */
    public Path path() {
        return path;
    }

    /**
     * @param dir      a data directory the user named
     * @param expected what it should hold
     * @return {@code dir}, when it is a readable directory
     * @throws DataException when it is not there, not a directory or not readable
     */
    public static Path requireDirectory(Path dir, String expected) throws DataException {
        if (!Files.isDirectory(dir)) {
            throw new DataException(dir, Files.exists(dir) ? "not a directory" : "no such directory", expected);
        }
        if (!Files.isReadable(dir)) {
            throw new DataException(dir, "not readable", expected);
        }
        return dir;
    }

    /**
     * @param dir      the data directory
     * @param name     the file's path inside it
     * @param expected what the file should be
     * @return the file, when it is a readable regular file
     * @throws DataException when it is not there, not a file or not readable
     */
    public static Path requireFile(Path dir, String name, String expected) throws DataException {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new DataException(file, Files.exists(file) ? "not a file" : "no such file", expected);
        }
        if (!Files.isReadable(file)) {
            throw new DataException(file, "not readable", expected);
        }
        return file;
    }
}

package org.factdesk.store.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Durable file writes: a file is complete and synced before its name appears. */
final class Files2 {

    private Files2() {
    }

    /** Writes {@code content} to {@code target} atomically: temp file, fsync, rename, fsync of the directory. */
    static void writeAtomically(Path target, byte[]... content) throws IOException {
        Path dir = target.getParent();
        Path tmp = dir.resolve("." + target.getFileName() + ".tmp");
        try {
            try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                for (byte[] part : content) {
                    writeFully(c, ByteBuffer.wrap(part));
                }
                c.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // a full disk must not leave half a file behind: the old one, if any, stays as it was
            Files.deleteIfExists(tmp);
            throw e;
        }
        syncDirectory(dir);
    }

    static void writeFully(FileChannel c, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            c.write(b);
        }
    }

    /** Makes a directory's entries (new, renamed files) durable; not possible on every platform. */
    static void syncDirectory(Path dir) {
        try (FileChannel c = FileChannel.open(dir, StandardOpenOption.READ)) {
            c.force(true);
        } catch (IOException e) {
            // Windows cannot open directories; there the rename itself is the best we get.
        }
    }

    static byte[] read(FileChannel c, long from, long to) throws IOException {
        long n = to - from;
        if (n > Integer.MAX_VALUE - 16) {
            throw new IOException("journal segment of " + n + " bytes is too large to read at once");
        }
        ByteBuffer b = ByteBuffer.allocate((int) n);
        while (b.hasRemaining()) {
            if (c.read(b, from + b.position()) < 0) {
                break;
            }
        }
        return b.array();
    }

    /** An I/O failure in words, without Java's class names: "No space left on device", "permission denied: FILE". */
    static String why(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file: " + e.getMessage();
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied: " + e.getMessage();
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason() + (f.getFile() != null ? ": " + f.getFile() : "");
        }
        return e.getMessage() != null ? e.getMessage() : "an I/O error";
    }
}

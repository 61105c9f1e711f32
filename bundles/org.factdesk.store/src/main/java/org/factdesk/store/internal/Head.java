package org.factdesk.store.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The workspace head: the last acknowledged entry's number and hash, rewritten in place after
 * every commit. The chain alone cannot show entries cut off its end; the head can.
 * A fixed-size record in one disk sector, with a checksum so a torn write is recognised.
 */
final class Head {

    static final int SIZE = 128;

    record Mark(long seq, String hash) {
    }

    private Head() {
    }

    static void write(FileChannel c, long seq, String hash) throws IOException {
        String body = seq + " " + hash;
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.US_ASCII));
        String rec = String.format("%-" + (SIZE - 1) + "s\n", body + " " + Long.toHexString(crc.getValue()));
        c.write(ByteBuffer.wrap(rec.getBytes(StandardCharsets.US_ASCII)), 0);
        c.force(false);
    }

    /** The head, or empty if it was never written or does not read back (a torn write of the head itself). */
    static Optional<Mark> read(FileChannel c) throws IOException {
        if (c.size() < SIZE) {
            return Optional.empty();
        }
        byte[] b = Files2.read(c, 0, SIZE);
        String[] parts = new String(b, StandardCharsets.US_ASCII).trim().split(" ");
        if (parts.length != 3) {
            return Optional.empty();
        }
        CRC32 crc = new CRC32();
        crc.update((parts[0] + " " + parts[1]).getBytes(StandardCharsets.US_ASCII));
        if (!Long.toHexString(crc.getValue()).equals(parts[2])) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Mark(Long.parseLong(parts[0]), parts[1]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

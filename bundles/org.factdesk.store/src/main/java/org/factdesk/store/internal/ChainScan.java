package org.factdesk.store.internal;

import java.util.function.Consumer;

import org.factdesk.api.store.JournalEntry;

/**
 * Walks journal lines, checking each entry's hash, sequence number and link to the entry before.
 * Stops at the first entry that does not verify and says whether that is a torn write (an
 * incomplete last line, which a crash can leave and which was never acknowledged) or damage.
 */
final class ChainScan {

    /** Where the scan stopped and why. */
    record Result(long lastSeq, String lastHash, long lastEntryStart, long goodEnd, long badSeq, String problem, boolean torn) {
        boolean clean() {
            return problem == null;
        }
    }

    private ChainScan() {
    }

    /**
     * @param buf         bytes of the journal from file offset {@code base}
     * @param base        the file offset of {@code buf[0]}, at an entry boundary
     * @param prevSeq     the sequence number of the entry before {@code base}
     * @param prevHash    its hash
     * @param sink        receives each entry that verifies, in order
     */
    static Result scan(byte[] buf, int length, long base, long prevSeq, String prevHash, Consumer<JournalEntry> sink) {
        return scan(buf, length, base, prevSeq, prevHash, sink, Long.MAX_VALUE);
    }

    /** As {@link #scan(byte[], int, long, long, String, Consumer)}, stopping after entry {@code lastWanted}: what comes after is not looked at. */
    static Result scan(byte[] buf, int length, long base, long prevSeq, String prevHash, Consumer<JournalEntry> sink, long lastWanted) {
        long seq = prevSeq;
        String hash = prevHash;
        long lastStart = -1;
        int pos = 0;
        while (pos < length && seq < lastWanted) {
            int nl = indexOf(buf, (byte) '\n', pos, length);
            if (nl < 0) {
                return new Result(seq, hash, lastStart, base + pos, seq + 1,
                        "is incomplete: " + (length - pos) + " bytes without an end of line (a torn write, never acknowledged)", true);
            }
            JournalEntry e;
            try {
                e = EntryCodec.decode(buf, pos, nl);
            } catch (EntryCodec.BadEntry bad) {
                return new Result(seq, hash, lastStart, base + pos, seq + 1, bad.getMessage(), false);
            }
            if (e.seq() != seq + 1) {
                return new Result(seq, hash, lastStart, base + pos, seq + 1, "says it is entry " + e.seq() + " but follows entry " + seq
                        + (e.seq() > seq + 1 ? ": entries were deleted before it, or reordered" : ": entries were inserted or reordered"), false);
            }
            if (!e.prev().equals(hash)) {
                return new Result(seq, hash, lastStart, base + pos, seq + 1, "does not chain to entry " + seq + " (its prev is "
                        + abbrev(e.prev()) + ", entry " + seq + "'s hash is " + abbrev(hash) + "): an entry was replaced, inserted or moved", false);
            }
            sink.accept(e);
            seq = e.seq();
            hash = e.hash();
            lastStart = base + pos;
            pos = nl + 1;
        }
        return new Result(seq, hash, lastStart, base + pos, 0, null, false);
    }

    /** Bytes read at a time by {@link #scan(FileChannel, long, long, long, String, Consumer, long)}. */
    static final int CHUNK = 8 << 20;

    /**
     * As the array scan, over the file's bytes {@code [from, to)} read a chunk at a time: memory does
     * not grow with the journal (only with its longest entry), so journals of any size open.
     */
    static Result scan(java.nio.channels.FileChannel c, long from, long to, long prevSeq, String prevHash, Consumer<JournalEntry> sink,
            long lastWanted) throws java.io.IOException {
        return scan(c, from, to, prevSeq, prevHash, sink, lastWanted, CHUNK);
    }

    static Result scan(java.nio.channels.FileChannel c, long from, long to, long prevSeq, String prevHash, Consumer<JournalEntry> sink,
            long lastWanted, int chunk) throws java.io.IOException {
        byte[] buf = new byte[(int) Math.max(1, Math.min(chunk, to - from))];
        int filled = 0;
        long base = from;
        long read = from;
        long seq = prevSeq;
        String hash = prevHash;
        long lastStart = -1;
        while (true) {
            if (filled == buf.length && read < to) {
                buf = java.util.Arrays.copyOf(buf, buf.length * 2); // one entry longer than the buffer
            }
            int want = (int) Math.min(buf.length - filled, to - read);
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(buf, filled, want);
            while (b.hasRemaining() && c.read(b, read + (b.position() - filled)) >= 0) {
                // until the chunk is full or the file ends
            }
            int got = b.position() - filled;
            read += got;
            filled += got;
            boolean end = got == 0 || read >= to;
            int complete = filled;
            if (!end) {
                complete = lastIndexOf(buf, (byte) '\n', filled) + 1; // whole lines now, the rest with the next chunk
                if (complete == 0) {
                    continue;
                }
            }
            Result r = scan(buf, complete, base, seq, hash, sink, lastWanted);
            long start = r.lastEntryStart() >= 0 ? r.lastEntryStart() : lastStart;
            if (!r.clean() || end || r.lastSeq() >= lastWanted) {
                return new Result(r.lastSeq(), r.lastHash(), start, r.goodEnd(), r.badSeq(), r.problem(), r.torn());
            }
            seq = r.lastSeq();
            hash = r.lastHash();
            lastStart = start;
            System.arraycopy(buf, complete, buf, 0, filled - complete);
            filled -= complete;
            base += complete;
        }
    }

    private static int lastIndexOf(byte[] b, byte v, int to) {
        for (int i = to - 1; i >= 0; i--) {
            if (b[i] == v) {
                return i;
            }
        }
        return -1;
    }

    static String abbrev(String hash) {
        return hash.length() > 12 ? hash.substring(0, 12) + "..." : hash;
    }

    private static int indexOf(byte[] b, byte v, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == v) {
                return i;
            }
        }
        return -1;
    }
}

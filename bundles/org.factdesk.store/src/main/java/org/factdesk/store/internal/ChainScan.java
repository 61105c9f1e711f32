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
        long seq = prevSeq;
        String hash = prevHash;
        long lastStart = -1;
        int pos = 0;
        while (pos < length) {
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

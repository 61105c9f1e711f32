package org.factdesk.importer.support;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Objects;

import org.factdesk.api.article.ImportException;
import org.factdesk.api.article.ImportSource;

/**
 * The largest input an importer reads: larger ones are refused before they are read (when their
 * size is known) or as soon as they pass the limit (a stream of unknown size is never read to its
 * end), with a message that names the limit and the setting that changes it, for example
 * {@code "file is 3 MiB, larger than the 1 MiB limit (maxSizeMiB)"}. Immutable.
 */
public final class SizeLimit {

    /** What {@link #limit(InputStream)} throws when the stream passes the limit. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long maxBytes) {
            super("input is larger than " + describe(maxBytes));
        }
    }

    private final String format;
    private final long maxBytes;
    private final String setting;

    /**
     * @param format   the importer's format, as {@link ImportException#format()} reports it
     * @param maxBytes the most bytes read, at least 0
     * @param setting  the configuration attribute that sets the limit, named in messages, or {@code null}
     * @throws IllegalArgumentException if {@code maxBytes} is negative
     */
    public SizeLimit(String format, long maxBytes, String setting) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes is negative: " + maxBytes);
        }
        this.format = format;
        this.maxBytes = maxBytes;
        this.setting = setting;
    }

    /**
     * The usual limit: {@code maxSizeMiB} MiB, set by a configuration attribute {@code maxSizeMiB}.
     *
     * @param format     the importer's format
     * @param maxSizeMiB the limit in MiB, at least 0
     * @return the limit
     */
    public static SizeLimit ofMiB(String format, int maxSizeMiB) {
        return new SizeLimit(format, (long) maxSizeMiB << 20, "maxSizeMiB");
    }

    /** @return the most bytes read */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Refuses a source whose known size is over the limit, without reading it.
     *
     * @param source the input
     * @throws ImportException if {@link ImportSource#size()} is larger than the limit
     */
    public void check(ImportSource source) throws ImportException {
        long size = source.size();
        if (size > maxBytes) {
            throw new ImportException(source.location(), format, "file is " + describe(size) + ", larger than the "
                    + describe(maxBytes) + " limit" + because());
        }
    }

    /**
     * Reads the whole input into memory, at most one byte past the limit.
     *
     * @param source the input
     * @return its bytes
     * @throws ImportException if it is larger than the limit, or cannot be read ({@code "cannot read: ..."})
     */
    public byte[] readAll(ImportSource source) throws ImportException {
        check(source);
        try (InputStream in = source.open()) {
            // One byte past the limit tells a stream of unknown size that is too large, without reading it all.
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw tooLarge(source.location());
            }
            return bytes;
        } catch (IOException e) {
            throw new ImportException(source.location(), format, "cannot read: " + e.getMessage(), -1, -1, e);
        }
    }

    /**
     * A stream that throws {@link TooLarge} as soon as more than the limit has been read from it;
     * for importers that stream their input. It does not support mark and reset (wrap it in a
     * buffered stream for that).
     *
     * @param in the stream to read from; closed when the returned stream is closed
     * @return the limited stream
     */
    public InputStream limit(InputStream in) {
        return new Limited(Objects.requireNonNull(in, "in"), maxBytes);
    }

    /**
     * @param location where the input came from
     * @return the error for an input found larger than the limit while reading it
     */
    public ImportException tooLarge(String location) {
        return new ImportException(location, format, "input is larger than the " + describe(maxBytes) + " limit" + because());
    }

    /**
     * @param t an exception, or {@code null}
     * @return whether it, or one of its causes, is a {@link TooLarge} from {@link #limit(InputStream)}
     */
    public static boolean isTooLarge(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof TooLarge) {
                return true;
            }
        }
        return false;
    }

    /**
     * A size as people read it: whole MiB as {@code "3 MiB"}, other sizes from 1 MiB up with two
     * decimals ({@code "1.50 MiB"}), smaller ones in bytes ({@code "512 bytes"}).
     *
     * @param bytes a size in bytes, at least 0
     * @return the size in words
     */
    public static String describe(long bytes) {
        if (bytes >= 1 << 20) {
            return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB" : String.format(Locale.ROOT, "%.2f MiB", bytes / 1048576.0);
        }
        return bytes == 1 ? "1 byte" : bytes + " bytes";
    }

    private String because() {
        return setting == null ? "" : " (" + setting + ")";
    }

    @Override
    public String toString() {
        return describe(maxBytes) + (setting == null ? "" : " (" + setting + ")");
    }

    /** Stops reading one byte past the limit, so an endless or huge stream is refused without being read. */
    private static final class Limited extends FilterInputStream {
        private final long max;
        private long left;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
            this.left = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --left < 0) {
                throw new TooLarge(max);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, (int) Math.min(len, Math.max(1, left + 1)));
            if (n > 0) {
                left -= n;
                if (left < 0) {
                    throw new TooLarge(max);
                }
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, Math.max(0, left + 1)));
            left -= skipped;
            if (left < 0) {
                throw new TooLarge(max);
            }
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public synchronized void mark(int readlimit) {
            // not supported: the count of bytes read would go wrong
        }

        @Override
        public synchronized void reset() throws IOException {
            throw new IOException("mark/reset not supported");
        }
    }
}

package org.factdesk.importer.support;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Bytes to text the way newsroom files need it: a byte-order mark wins (UTF-8, UTF-16, UTF-32); then
 * UTF-16 or UTF-32 without a mark, told by the NUL bytes that mostly-Latin text has in every other
 * (or three of every four) bytes; then UTF-8 if the bytes are valid UTF-8; otherwise Windows-1252,
 * which western files that are not UTF-8 nearly always are.
 */
public final class Decoding {

    /** Windows-1252, what browsers read undeclared western pages and ISO-8859-1 labels as. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** UTF-32, big-endian. */
    public static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    /** UTF-32, little-endian. */
    public static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    /** How many of the first bytes {@link #byNulPattern} looks at. */
    private static final int SAMPLE = 4096;
    /** Fewer bytes than this (four UTF-16 or two UTF-32 characters) show no pattern. */
    private static final int MIN_SAMPLE = 8;

    /**
     * Text and the encoding it was read in.
     *
     * @param text    the decoded text, without a byte-order mark; never {@code null}
     * @param charset the encoding; never {@code null}
     */
    public record Decoded(String text, Charset charset) {
    }

    private Decoding() {
    }

    /**
     * Decodes by byte-order mark, else as UTF-8 if valid, else as Windows-1252.
     *
     * @param bytes the bytes; never {@code null}
     * @return the text (without the byte-order mark) and its encoding
     */
    public static Decoded decode(byte[] bytes) {
        Decoded wide = unicode(bytes);
        if (wide != null) {
            return wide;
        }
        String utf8 = strictUtf8(bytes);
        return utf8 != null ? new Decoded(utf8, StandardCharsets.UTF_8) : new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252);
    }

    /**
     * @param bytes the bytes; never {@code null}
     * @return the text after a UTF-8, UTF-16 or UTF-32 byte-order mark and its encoding, or {@code null}
     *         if the bytes do not start with one
     */
    public static Decoded byBom(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        Charset utf32 = utf32Bom(bytes);
        if (utf32 != null) {
            return new Decoded(new String(bytes, 4, bytes.length - 4, utf32), utf32);
        }
        if (Binary.hasUtf16Bom(bytes)) {
            Charset cs = (bytes[0] & 0xFF) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            return new Decoded(new String(bytes, 2, bytes.length - 2, cs), cs);
        }
        return null;
    }

    /** UTF-32's byte-order marks; FF FE 00 00 is UTF-32LE's, not UTF-16LE's mark before a NUL character. */
    static Charset utf32Bom(byte[] b) {
        if (b.length < 4) {
            return null;
        }
        if (b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
            return UTF_32BE;
        }
        if ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
            return UTF_32LE;
        }
        return null;
    }

    /**
     * Text in UTF-16 or UTF-32, with or without a byte-order mark.
     *
     * @param bytes the bytes; never {@code null}
     * @return the text (without a byte-order mark) and its encoding if the bytes start with a UTF-16
     *         or UTF-32 byte-order mark, or have no mark but {@link #byNulPattern}'s pattern and are
     *         valid in that encoding; {@code null} otherwise (a UTF-8 byte-order mark included)
     */
    public static Decoded unicode(byte[] bytes) {
        Decoded bom = byBom(bytes);
        if (bom != null) {
            return bom;
        }
        Charset cs = byNulPattern(bytes);
        if (cs == null) {
            return null;
        }
        String text = strict(bytes, cs);
        return text == null ? null : new Decoded(text, cs);
    }

    /**
     * The encoding of UTF-16 or UTF-32 text without a byte-order mark, told by where its NUL bytes
     * are: text that is mostly Latin letters, digits and punctuation has a NUL in every other byte
     * (the high byte of each UTF-16 code unit) or in three of every four (UTF-32); the first 4 KiB
     * are looked at, and at least 8. Text in other scripts without a mark cannot be told this way.
     *
     * @param bytes the bytes; never {@code null}
     * @return {@link StandardCharsets#UTF_16LE}, {@link StandardCharsets#UTF_16BE}, {@link #UTF_32LE}
     *         or {@link #UTF_32BE}; {@code null} if the bytes do not have such a pattern
     */
    public static Charset byNulPattern(byte[] bytes) {
        int n = Math.min(bytes.length, SAMPLE) & ~3;
        if (n < MIN_SAMPLE) {
            return null; // a few bytes with a NUL among them are binary data, not a pattern
        }
        int[] zeros = new int[4];
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                zeros[i & 3]++;
            }
        }
        int per = n / 4; // bytes at each position of four
        // UTF-32 of mostly-Latin text: the top byte always 0 (code points end at U+10FFFF), the next two
        // nearly always, the low byte nearly never.
        int most = per * 9 / 10;
        if (zeros[3] == per && zeros[2] >= most && zeros[1] >= most && zeros[0] * 10 <= per) {
            return UTF_32LE;
        }
        if (zeros[0] == per && zeros[1] >= most && zeros[2] >= most && zeros[3] * 10 <= per) {
            return UTF_32BE;
        }
        // UTF-16 of mostly-Latin text: most high bytes 0, (nearly) no low byte 0.
        int even = zeros[0] + zeros[2];
        int odd = zeros[1] + zeros[3];
        int half = n / 2;
        if (odd >= half * 6 / 10 && even * 20 <= half) {
            return StandardCharsets.UTF_16LE;
        }
        if (even >= half * 6 / 10 && odd * 20 <= half) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** The bytes decoded, or null where they are not valid in the encoding (a last odd byte is forgiven). */
    private static String strict(byte[] bytes, Charset cs) {
        int unit = cs.equals(UTF_32LE) || cs.equals(UTF_32BE) ? 4 : 2;
        int length = bytes.length - bytes.length % unit; // a file cut off in its last character
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * @param bytes the bytes; never {@code null}
     * @return the bytes as UTF-8 text, or {@code null} if they are not valid UTF-8
     */
    public static String strictUtf8(byte[] bytes) {
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast; // no replacement character: the bytes were valid UTF-8 (the common case, and fast)
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * The encoding an encoding label in a file (meta tag, XML declaration) stands for, as browsers
     * and feed readers read it: {@code iso-8859-1} and {@code latin1} mean Windows-1252.
     *
     * @param label the label as written, for example {@code "UTF-8"} or {@code "iso-8859-1"}
     * @return the encoding, or {@code null} if the label is {@code null} or names none this Java knows
     */
    public static Charset forLabel(String label) {
        if (label == null) {
            return null;
        }
        String name = label.strip().toLowerCase(Locale.ROOT);
        if (name.equals("iso-8859-1") || name.equals("latin1")) {
            return WINDOWS_1252;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}

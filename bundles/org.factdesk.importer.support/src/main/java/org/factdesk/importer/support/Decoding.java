package org.factdesk.importer.support;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Bytes to text the way newsroom files need it: a byte-order mark wins; then UTF-8 if the bytes
 * are valid UTF-8; otherwise Windows-1252, which western files that are not UTF-8 nearly always are.
 */
public final class Decoding {

    /** Windows-1252, what browsers read undeclared western pages and ISO-8859-1 labels as. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

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
        Decoded bom = byBom(bytes);
        if (bom != null) {
            return bom;
        }
        String utf8 = strictUtf8(bytes);
        return utf8 != null ? new Decoded(utf8, StandardCharsets.UTF_8) : new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252);
    }

    /**
     * @param bytes the bytes; never {@code null}
     * @return the text after a UTF-8 or UTF-16 byte-order mark and its encoding, or {@code null}
     *         if the bytes do not start with one
     */
    public static Decoded byBom(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (Binary.hasUtf16Bom(bytes)) {
            Charset cs = (bytes[0] & 0xFF) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            return new Decoded(new String(bytes, 2, bytes.length - 2, cs), cs);
        }
        return null;
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

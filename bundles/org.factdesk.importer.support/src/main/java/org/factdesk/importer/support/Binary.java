package org.factdesk.importer.support;

import java.nio.charset.StandardCharsets;

/**
 * Tells text from binary data (images, archives, office files) by its bytes: a NUL byte, which
 * text never has except in UTF-16 and UTF-32 (with a byte-order mark, or without one but with
 * {@link Decoding#byNulPattern}'s pattern), or a high share of control characters.
 */
public final class Binary {

    /** A text with a larger share of control characters than this is binary data. */
    public static final double MAX_CONTROL_RATIO = 0.05;

    private Binary() {
    }

    /**
     * @param bytes the bytes; never {@code null}
     * @return the offset of the first NUL byte, or -1 if there is none
     */
    public static int firstNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @param bytes the bytes; never {@code null}
     * @return the offset of the first NUL byte, or -1 if there is none or the bytes are UTF-16 or
     *         UTF-32 text ({@link Decoding#unicode}: a byte-order mark, or the NUL pattern of such
     *         text), which is full of NUL bytes
     */
    public static int firstNulOutsideUtf16(byte[] bytes) {
        int nul = firstNul(bytes);
        return nul < 0 || hasUtf16Bom(bytes) || Decoding.utf32Bom(bytes) != null || Decoding.unicode(bytes) != null ? -1 : nul;
    }

    /**
     * @param bytes the bytes; never {@code null}
     * @return whether they start with a UTF-16 byte-order mark, big- or little-endian
     */
    public static boolean hasUtf16Bom(byte[] bytes) {
        return bytes.length >= 2 && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
                || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE));
    }

    /**
     * @param s decoded text; never {@code null}
     * @return the share of its characters that are control characters other than tab, line feed,
     *         carriage return and form feed; 0 for an empty text
     */
    public static double controlRatio(CharSequence s) {
        if (s.length() == 0) {
            return 0;
        }
        int control = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return (double) control / s.length();
    }

    /**
     * @param s decoded text; never {@code null}
     * @return whether more than {@link #MAX_CONTROL_RATIO} of it are control characters
     */
    public static boolean hasTooManyControls(CharSequence s) {
        return controlRatio(s) > MAX_CONTROL_RATIO;
    }

    /**
     * Whether the first bytes of an input look like binary data rather than text: a NUL byte
     * outside UTF-16 and UTF-32, or too many control characters (in UTF-16 and UTF-32 text, among
     * its characters). Meant for {@link org.factdesk.api.article.ArticleImporter#sniff}.
     *
     * @param head the first bytes; never {@code null}
     * @return whether they are binary data
     */
    public static boolean looksBinary(byte[] head) {
        Decoding.Decoded bom = Decoding.byBom(head);
        if (bom != null && !bom.charset().equals(StandardCharsets.UTF_8)) {
            return hasTooManyControls(bom.text());
        }
        java.nio.charset.Charset wide = Decoding.byNulPattern(head);
        if (wide != null) { // a head may end inside a character: read leniently
            return hasTooManyControls(new String(head, wide));
        }
        return firstNul(head) >= 0 || hasTooManyControls(new String(head, StandardCharsets.ISO_8859_1));
    }
}

package org.factdesk.importer.html.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a page. Byte-order mark first, then the declared charset, checked against the bytes:
 * pages that declare one encoding and are saved in another are common, and the reader would
 * rather have the right characters and a warning than mojibake.
 */
final class Charsets {

    record Decoded(String text, Charset charset) {
    }

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final Pattern DECLARED = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)|<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)",
            Pattern.CASE_INSENSITIVE);

    private Charsets() {
    }

    static Decoded decode(byte[] b, List<String> warnings) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (hasUtf16Bom(b)) {
            Charset cs = (b[0] & 0xFF) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            return new Decoded(new String(b, 2, b.length - 2, cs), cs);
        }
        String declaredName = declared(b);
        Charset declared = null;
        if (declaredName != null) {
            try {
                declared = Charset.forName(declaredName);
            } catch (IllegalArgumentException unknown) {
                warnings.add("the page declares an unknown encoding \"" + declaredName + "\"; read as UTF-8 or windows-1252");
            }
        }
        String utf8 = strictUtf8(b);
        if (declared == null || declared.equals(StandardCharsets.UTF_8) || declared.equals(StandardCharsets.US_ASCII)) {
            if (utf8 != null) {
                return new Decoded(utf8, StandardCharsets.UTF_8);
            }
            if (declared != null) {
                warnings.add("the page declares " + declared.name() + " but is not; read as windows-1252");
            }
            // Undeclared and not UTF-8: what browsers assume for western pages.
            return new Decoded(new String(b, CP1252), CP1252);
        }
        if (utf8 != null && hasNonAscii(b) && isSingleByteWestern(declared)) {
            warnings.add("the page declares " + declared.name() + " but is UTF-8; read as UTF-8");
            return new Decoded(utf8, StandardCharsets.UTF_8);
        }
        return new Decoded(new String(b, declared), declared);
    }

    /** The charset named in a meta tag or XML declaration near the start, as browsers look for it. */
    static String declared(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1) != null ? m.group(1) : m.group(2);
        String lower = name.toLowerCase(Locale.ROOT);
        // The WHATWG encoding standard reads these labels as windows-1252, and so do we.
        return lower.equals("iso-8859-1") || lower.equals("latin1") ? "windows-1252" : name;
    }

    private static boolean isSingleByteWestern(Charset cs) {
        String n = cs.name().toLowerCase(Locale.ROOT);
        return n.startsWith("windows-125") || n.startsWith("iso-8859") || n.equals("ibm437");
    }

    private static String strictUtf8(byte[] b) {
        String fast = new String(b, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast; // no replacement character: the bytes were valid UTF-8 (the common case, and fast)
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean hasNonAscii(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return true;
            }
        }
        return false;
    }

    static boolean hasUtf16Bom(byte[] b) {
        return b.length >= 2 && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
                || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE));
    }

    static int firstNulWithoutBom(byte[] b) {
        if (hasUtf16Bom(b)) {
            return -1;
        }
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Share of control characters other than tab, line feed, carriage return and form feed. */
    static double controlRatio(CharSequence s) {
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
}

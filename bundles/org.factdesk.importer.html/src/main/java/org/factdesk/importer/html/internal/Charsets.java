package org.factdesk.importer.html.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factdesk.importer.support.Decoding;

/**
 * Decodes a page. Byte-order mark first, then the declared charset, checked against the bytes:
 * pages that declare one encoding and are saved in another are common, and the reader would
 * rather have the right characters and a warning than mojibake.
 */
final class Charsets {

    private static final Pattern DECLARED = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)|<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)",
            Pattern.CASE_INSENSITIVE);

    private Charsets() {
    }

    static Decoding.Decoded decode(byte[] b, List<String> warnings) {
        Decoding.Decoded wide = Decoding.unicode(b); // a byte-order mark, or UTF-16/UTF-32 told by its NUL bytes
        if (wide != null) {
            return wide;
        }
        String declaredName = declared(b);
        Charset declared = Decoding.forLabel(declaredName);
        if (declaredName != null && declared == null) {
            warnings.add("the page declares an unknown encoding \"" + declaredName + "\"; read as UTF-8 or windows-1252");
        }
        if (declared != null && isWide(declared)) {
            // A declaration readable as ASCII is not in UTF-16 or UTF-32 (browsers read such pages as UTF-8).
            warnings.add("the page declares " + declared.name() + " but its bytes are not " + declared.name()
                    + "; read as " + (Decoding.strictUtf8(b) != null ? "UTF-8" : "windows-1252"));
            declared = null;
        }
        String utf8 = Decoding.strictUtf8(b);
        if (declared == null || declared.equals(StandardCharsets.UTF_8) || declared.equals(StandardCharsets.US_ASCII)) {
            if (utf8 != null) {
                return new Decoding.Decoded(utf8, StandardCharsets.UTF_8);
            }
            if (declared != null) {
                warnings.add("the page declares " + declared.name() + " but is not; read as windows-1252");
            }
            // Undeclared and not UTF-8: what browsers assume for western pages.
            return new Decoding.Decoded(new String(b, Decoding.WINDOWS_1252), Decoding.WINDOWS_1252);
        }
        if (utf8 != null && hasNonAscii(b) && isSingleByteWestern(declared)) {
            warnings.add("the page declares " + declared.name() + " but is UTF-8; read as UTF-8");
            return new Decoding.Decoded(utf8, StandardCharsets.UTF_8);
        }
        return new Decoding.Decoded(new String(b, declared), declared);
    }

    /** The charset label in a meta tag or XML declaration near the start, as browsers look for it. */
    static String declared(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (!m.find()) {
            return null;
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static boolean isWide(Charset cs) {
        String n = cs.name().toUpperCase(Locale.ROOT);
        return n.startsWith("UTF-16") || n.startsWith("UTF-32") || n.startsWith("X-UTF-32") || n.equals("UTF_32");
    }

    private static boolean isSingleByteWestern(Charset cs) {
        String n = cs.name().toLowerCase(Locale.ROOT);
        return n.startsWith("windows-125") || n.startsWith("iso-8859") || n.equals("ibm437");
    }

    private static boolean hasNonAscii(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return true;
            }
        }
        return false;
    }
}

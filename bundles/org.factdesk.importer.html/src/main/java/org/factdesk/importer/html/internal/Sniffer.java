package org.factdesk.importer.html.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.factdesk.importer.support.Binary;
import org.factdesk.importer.support.Decoding;

/** Recognises HTML by its first bytes. */
final class Sniffer {
    private Sniffer() {
    }

    static int score(byte[] head) {
        if (head.length == 0 || Binary.firstNulOutsideUtf16(head) >= 0) {
            return 0;
        }
        String s;
        Decoding.Decoded bom = Decoding.byBom(head);
        java.nio.charset.Charset wide = Decoding.byNulPattern(head);
        if (bom != null && !bom.charset().equals(StandardCharsets.UTF_8)) {
            s = bom.text();
        } else if (wide != null) {
            s = new String(head, wide); // UTF-16 or UTF-32 without a byte-order mark
        } else {
            s = new String(head, StandardCharsets.ISO_8859_1);
        }
        s = s.replace("\uFEFF", "").replace("\u00EF\u00BB\u00BF", "").strip().toLowerCase(Locale.ROOT);
        String start = skipProlog(s);
        if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
            return 90;
        }
        if (start.startsWith("<rss") || start.startsWith("<feed") || start.startsWith("<rdf:rdf")) {
            return 0; // a feed, however much HTML its items carry
        }
        String near = s.substring(0, Math.min(s.length(), 1024));
        if (near.contains("<head") || near.contains("<body")) {
            return 70;
        }
        // A fragment of markup: more likely HTML than plain text, which bids 10.
        return near.contains("<p>") || near.contains("<div") || near.contains("<article") ? 30 : 0;
    }

    /** Skips an XML declaration, comments and processing instructions before the first tag. */
    private static String skipProlog(String s) {
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            int end;
            if (s.startsWith("<?", i)) {
                end = s.indexOf("?>", i);
                i = end < 0 ? s.length() : end + 2;
            } else if (s.startsWith("<!--", i)) {
                end = s.indexOf("-->", i);
                i = end < 0 ? s.length() : end + 3;
            } else if (s.startsWith("<!doctype", i) && !s.startsWith("<!doctype html", i)) {
                end = s.indexOf('>', i);
                i = end < 0 ? s.length() : end + 1;
            } else {
                break;
            }
        }
        return s.substring(Math.min(i, s.length()));
    }
}

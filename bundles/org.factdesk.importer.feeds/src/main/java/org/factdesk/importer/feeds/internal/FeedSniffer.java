package org.factdesk.importer.feeds.internal;

import java.nio.charset.StandardCharsets;

/** Recognises a feed by its root element, after an optional BOM, XML declaration, comments and DOCTYPE. */
final class FeedSniffer {
    private FeedSniffer() {
    }

    static int score(byte[] head) {
        if (head.length == 0) {
            return 0;
        }
        String s = new String(head, FeedImporter.declared(head).name().startsWith("UTF-16")
                ? FeedImporter.declared(head) : StandardCharsets.ISO_8859_1);
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\uFEFF' || c == '\u00EF' || c == '\u00BB' || c == '\u00BF') {
                i++;
            } else if (s.startsWith("<?", i)) {
                i = after(s, "?>", i);
            } else if (s.startsWith("<!--", i)) {
                i = after(s, "-->", i);
            } else if (s.startsWith("<!", i)) {
                int gt = s.indexOf('>', i);
                int bracket = s.indexOf('[', i);
                // A DOCTYPE with an internal subset ends at "]>", not at the first ">" of its declarations.
                i = bracket >= 0 && (gt < 0 || bracket < gt) ? after(s, "]>", bracket) : after(s, ">", i);
            } else {
                break;
            }
        }
        if (i >= n || s.charAt(i) != '<') {
            return 0;
        }
        String root = s.substring(i + 1, Math.min(n, i + 10));
        if (root.startsWith("rss") && !Character.isLetterOrDigit(root.length() > 3 ? root.charAt(3) : ' ')) {
            return 95;
        }
        if (root.startsWith("feed") && !Character.isLetterOrDigit(root.length() > 4 ? root.charAt(4) : ' ')) {
            return s.contains("http://www.w3.org/2005/Atom") ? 95 : 60;
        }
        if (root.startsWith("rdf:RDF")) {
            return s.contains("purl.org/rss/1.0") ? 90 : 50;
        }
        return 0;
    }

    private static int after(String s, String end, int from) {
        int e = s.indexOf(end, from + 2);
        return e < 0 ? s.length() : e + end.length();
    }
}

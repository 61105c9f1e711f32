package org.factdesk.checker.quotes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One transcript or document of a corpus. The text may open with metadata lines
 * ({@code Title:}, {@code Speaker:}, {@code Date:}, {@code Source:}, {@code URL:}), optionally
 * fenced by {@code ---} lines; a body line starting with a name and a colon
 * ({@code Satya Nadella: ...}) starts that speaker's turn. See the sample corpus README.
 *
 * @param name     file path, or {@code sample:NAME} for the bundled sample
 * @param title    the {@code Title:}, else a Markdown {@code # heading}, else the file name
 * @param speaker  the {@code Speaker:} of the whole document, or {@code null}
 * @param date     the {@code Date:} as written, or {@code null}
 * @param source   the {@code Source:} as written, or {@code null}
 * @param url      the {@code URL:}, else a {@code Source:} that is a URL, or {@code null}
 * @param text     the whole file; offsets in the index and in reports are into this text
 * @param segments the body split at speaker turns; speaker labels are not part of any segment
 */
record CorpusDocument(String name, String title, String speaker, String date, String source, String url, String text,
        List<Segment> segments) {

    /** Body text {@code [start, end)} spoken by {@code speaker} ({@code null}: the document's speaker). */
    record Segment(int start, int end, String speaker) {
    }

    private static final Set<String> KEYS = Set.of("title", "speaker", "date", "source", "url", "event", "language", "note");
    private static final Pattern HEADER = Pattern.compile("([A-Za-z]+)[ \\t]*:[ \\t]*(.*)");
    private static final String NAME_WORD = "[A-Z][\\p{L}'\u2019.-]*";
    /** "Mark Zuckerberg: ...", "**Operator:** ...", "SATYA NADELLA: ..." at the start of a line. */
    private static final Pattern TURN = Pattern.compile("(?m)^[ \\t]*(?:\\*\\*)?(" + NAME_WORD
            + "(?:[ \\t]+(?:" + NAME_WORD + "|de|van|von|der|bin|al)){0,4})[ \\t]*(?:\\*\\*)?:(?:\\*\\*)?[ \\t]+");

    CorpusDocument {
        segments = List.copyOf(segments);
    }

    /** Reads metadata and speaker turns from a document's text. */
    static CorpusDocument parse(String name, String text) {
        String title = null;
        String speaker = null;
        String date = null;
        String source = null;
        String url = null;
        int pos = 0;
        boolean fenced = text.startsWith("---\n") || text.startsWith("---\r\n");
        if (fenced) {
            pos = text.indexOf('\n') + 1;
        }
        while (pos < text.length()) {
            int eol = text.indexOf('\n', pos);
            int next = eol < 0 ? text.length() : eol + 1;
            String line = text.substring(pos, eol < 0 ? text.length() : eol).strip();
            if (fenced && line.equals("---")) {
                pos = next;
                break;
            }
            Matcher m = HEADER.matcher(line);
            if (!m.matches() || !KEYS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                if (line.isEmpty() && pos > 0) {
                    pos = next; // the blank line that ends the header
                }
                break;
            }
            String value = m.group(2).strip();
            value = value.isEmpty() ? null : value;
            switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "title" -> title = value;
                case "speaker" -> speaker = value;
                case "date" -> date = value;
                case "source" -> source = value;
                case "url" -> url = value;
                default -> { }
            }
            pos = next;
        }
        if (url == null && source != null && source.matches("(?i)https?://\\S+")) {
            url = source;
        }
        if (title == null) {
            Matcher h = Pattern.compile("(?m)^#[ \\t]+(.+)$").matcher(text).region(pos, text.length());
            title = h.find() ? h.group(1).strip() : fileName(name);
        }
        return new CorpusDocument(name, title, speaker, date, source, url, text, segments(text, pos));
    }

    private static List<Segment> segments(String text, int bodyStart) {
        List<Segment> out = new ArrayList<>();
        Matcher m = TURN.matcher(text).region(bodyStart, text.length());
        int start = bodyStart;
        String current = null;
        while (m.find()) {
            if (m.start() > start) {
                out.add(new Segment(start, m.start(), current));
            }
            current = m.group(1).replace("**", "").strip();
            start = m.end();
        }
        if (start < text.length()) {
            out.add(new Segment(start, text.length(), current));
        }
        return out;
    }

    /** @return who speaks at {@code offset}: the turn's speaker, else the document's, else {@code null} */
    String speakerAt(int offset) {
        for (Segment s : segments) {
            if (offset >= s.start() && offset < s.end()) {
                return s.speaker() != null ? s.speaker() : speaker;
            }
        }
        return speaker;
    }

    /** @return the 1-based line of {@code offset} in the file */
    int lineAt(int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String fileName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }
}

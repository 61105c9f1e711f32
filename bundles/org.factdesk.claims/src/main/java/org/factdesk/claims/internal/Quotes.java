package org.factdesk.claims.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Direct quotations and who said them. */
final class Quotes {

    /** A quotation: where it stands, and the speaker as written ("he", "Zuckerberg"), if any. */
    record Quote(int start, int end, String speaker, int speakerStart, int speakerEnd) {
    }

    private static final String VERB = "(?:said|says|say|commented|comments|stated|states|added|adds|told|tells|wrote|writes|"
            + "argued|argues|noted|notes|explained|explains|claimed|claims|insisted|insists|warned|warns|remarked|"
            + "declared|declares|announced|announces|emphasised|emphasized|asserted|asserts|replied|replies)";
    private static final String NAME = "(he|she|they|[A-Z][\\p{L}'’.-]+(?:\\s+[A-Z][\\p{L}'’.-]+){0,3})";
    /** “…,” Zuckerberg commented / “…,” he said */
    private static final Pattern NAME_AFTER = Pattern.compile("^[,\\s]*" + NAME + "\\s+" + VERB + "\\b");
    /** “…,” said Jane Doe */
    private static final Pattern VERB_NAME_AFTER = Pattern.compile("^[,\\s]*" + VERB + "\\s+" + NAME);
    /** Jane Doe said: “…” / he said, “…” */
    private static final Pattern NAME_BEFORE = Pattern.compile(NAME + "\\s+" + VERB + "\\b[^“\"]{0,80}?[,:]?\\s*$");

    private Quotes() {
    }

    /** Quotations of at least three words in {@code text[from, to)}; scare quotes are left out. */
    static List<Quote> find(String text, int from, int to) {
        List<Quote> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            int close = -1;
            if (c == '“') {
                close = Sentences.indexOf(text, '”', i + 1, to);
            } else if (c == '"') {
                close = Sentences.indexOf(text, '"', i + 1, to);
            }
            if (close < 0) {
                i++;
                continue;
            }
            String inner = text.substring(i + 1, close).strip();
            if (inner.split("\\s+").length >= 3) {
                out.add(withSpeaker(text, from, to, i, close + 1));
            }
            i = close + 1;
        }
        return out;
    }

    private static Quote withSpeaker(String text, int from, int to, int start, int end) {
        String after = text.substring(end, Math.min(to, end + 80));
        Matcher m = NAME_AFTER.matcher(after);
        if (m.find()) {
            return new Quote(start, end, m.group(1), end + m.start(1), end + m.end(1));
        }
        m = VERB_NAME_AFTER.matcher(after);
        if (m.find()) {
            return new Quote(start, end, m.group(1), end + m.start(1), end + m.end(1));
        }
        String before = text.substring(Math.max(from, start - 120), start);
        m = NAME_BEFORE.matcher(before);
        if (m.find()) {
            int base = start - before.length();
            return new Quote(start, end, m.group(1), base + m.start(1), base + m.end(1));
        }
        return new Quote(start, end, null, -1, -1);
    }

    static boolean isPronoun(String speaker) {
        return speaker.equals("he") || speaker.equals("she") || speaker.equals("they");
    }
}

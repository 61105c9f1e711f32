package org.factdesk.checker.quotes.internal;

import java.text.Normalizer.Form;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns text into comparable word tokens that keep their character span, so a match can be
 * quoted in its original wording. Folds case, accents, quote marks and punctuation; writes
 * numbers as digits ("eighty" and "80", "1,000" and "1000"); expands contractions, because
 * translators and re-quoters write "we will" for "we'll"; and gives each word a crude stem so
 * "heavy" and "heavily" count as the same word changed, not as two different words.
 */
final class Normalizer {

    /** A word: its normalised form, its stem, and where it stands in the text it came from. */
    record Token(String norm, String stem, int start, int end) {
    }

    private static final Map<String, String> NUMBERS = Map.ofEntries(
            Map.entry("zero", "0"), Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"),
            Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"),
            Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"),
            Map.entry("twelve", "12"), Map.entry("thirteen", "13"), Map.entry("fourteen", "14"),
            Map.entry("fifteen", "15"), Map.entry("sixteen", "16"), Map.entry("seventeen", "17"),
            Map.entry("eighteen", "18"), Map.entry("nineteen", "19"), Map.entry("twenty", "20"),
            Map.entry("thirty", "30"), Map.entry("forty", "40"), Map.entry("fifty", "50"), Map.entry("sixty", "60"),
            Map.entry("seventy", "70"), Map.entry("eighty", "80"), Map.entry("ninety", "90"),
            Map.entry("hundred", "100"));

    /** Words whose "'s" means "is" ("it's"); elsewhere "'s" is a possessive and is dropped. */
    private static final Set<String> IS_WORDS = Set.of("it", "that", "there", "here", "what", "he", "she", "who",
            "where", "how", "everything", "nothing", "everyone", "this");

    private Normalizer() {
    }

    /** @return the tokens of the whole text */
    static List<Token> tokens(String text) {
        return tokens(text, 0, text.length());
    }

    /** @return the tokens of {@code text[from, to)}, with offsets into {@code text} */
    static List<Token> tokens(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '%') {
                out.add(new Token("percent", "percent", i, i + 1));
                i++;
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < to && partOfWord(text, i, to)) {
                i++;
            }
            addWord(text.substring(start, i), start, i, out);
        }
        return out;
    }

    /** Letters and digits, plus an apostrophe between letters and a comma or dot between digits. */
    private static boolean partOfWord(String text, int i, int to) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
            return true;
        }
        if (i + 1 >= to || i == 0) {
            return false;
        }
        char before = text.charAt(i - 1);
        char after = text.charAt(i + 1);
        if (c == '\'' || c == '\u2019') {
            return Character.isLetter(before) && Character.isLetter(after);
        }
        return (c == ',' || c == '.') && Character.isDigit(before) && Character.isDigit(after);
    }

    private static void addWord(String surface, int start, int end, List<Token> out) {
        String w = fold(surface);
        int apostrophe = w.indexOf('\'');
        if (apostrophe > 0) {
            String head = w.substring(0, apostrophe);
            String tail = w.substring(apostrophe + 1);
            String second = switch (tail) {
                case "t" -> "not";
                case "ll" -> "will";
                case "re" -> "are";
                case "ve" -> "have";
                case "m" -> "am";
                case "d" -> "would";
                case "s" -> IS_WORDS.contains(head) ? "is" : "";
                default -> null;
            };
            if (second == null) {
                w = head + tail; // O'Brien, rock'n'roll
            } else {
                if (tail.equals("t") && head.endsWith("n")) {
                    head = switch (head) {
                        case "won" -> "will";
                        case "can" -> "can";
                        case "shan" -> "shall";
                        default -> head.substring(0, head.length() - 1);
                    };
                }
                add(head, start, end, out);
                if (!second.isEmpty()) {
                    add(second, start, end, out);
                }
                return;
            }
        }
        add(w, start, end, out);
    }

    private static void add(String w, int start, int end, List<Token> out) {
        if (w.isEmpty()) {
            return;
        }
        if (Character.isDigit(w.charAt(0))) {
            w = w.replace(",", "");
            if (w.contains(".")) {
                w = w.replaceAll("\\.?0+$", ""); // 3.50 and 3.5 are one number
            }
        }
        w = NUMBERS.getOrDefault(w, w);
        out.add(new Token(w, stem(w), start, end));
    }

    /** Lower case without accents, with every apostrophe written {@code '}. */
    static String fold(String s) {
        String d = java.text.Normalizer.normalize(s, Form.NFKD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            b.append(c == '\u2019' || c == '\u2018' ? '\'' : c);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * A crude English stem, only used to tell "the same word, inflected" from "another word":
     * heavily/heavy, demands/demand, investing/invested/invest.
     */
    static String stem(String w) {
        if (w.length() <= 3 || Character.isDigit(w.charAt(0))) {
            return w;
        }
        String s = w;
        if (s.endsWith("ily") && s.length() > 5) {
            s = s.substring(0, s.length() - 3) + "y";
        } else if (s.endsWith("ly") && s.length() > 5) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("ies") && s.length() > 4) {
            s = s.substring(0, s.length() - 3) + "y";
        } else if (s.endsWith("ing") && s.length() > 5) {
            s = s.substring(0, s.length() - 3);
        } else if (s.endsWith("ed") && s.length() > 4) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("es") && (s.endsWith("sses") || s.endsWith("xes") || s.endsWith("ches") || s.endsWith("shes"))) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith("e") && s.length() > 4) {
            s = s.substring(0, s.length() - 1); // become/becomes, advantage/advantages
        }
        if (s.endsWith("y") && s.length() > 3) {
            s = s.substring(0, s.length() - 1) + "i";
        }
        return s;
    }

    /** @return the normalised words of {@code text}, joined by single spaces (for display and tests) */
    static String normalize(String text) {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens(text)) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(t.norm());
        }
        return b.toString();
    }
}

package org.factdesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Synthetic articles for cost-versus-length measurements: claim-dense text (every sentence a figure, a
 * quotation with its speaker, a comparison or a vague source) and news-like text (mostly plain narration),
 * of any size, the same for the same seed. Names grow with the text as in real copy: most come from a
 * small cast, some are new, so per-name work is exercised as well as per-sentence work.
 *
 * <p>{@code DenseText KIND SIZE FILE [SEED]} writes one file; SIZE takes a K or M suffix (10^3, 10^6 bytes).
 */
public final class DenseText {

    /** What the text is like. */
    public enum Kind {
        /** Claim-dense paragraphs, one paragraph a line, a blank line between paragraphs. */
        DENSE,
        /** Claim-dense sentences on one line: no paragraph breaks at all. */
        DENSE_LINE,
        /** News-like paragraphs: a figure or quotation now and then. */
        NEWS
    }

    private static final List<String> FIRST = List.of("Ann", "James", "Maria", "Wei", "Fatima", "John", "Priya", "Carlos",
            "Olga", "Kwame", "Sarah", "Ahmed", "Elena", "David", "Yuki", "Laura");
    private static final List<String> LAST = List.of("Lee", "Smith", "Garcia", "Chen", "Okafor", "Novak", "Patel", "Rossi",
            "Kim", "Müller", "Haddad", "Johnson", "Silva", "Ivanova", "Tanaka", "Brown");
    private static final List<String> TITLES = List.of("Senator", "Minister", "Governor", "Mayor", "Professor", "Dr.",
            "economist", "spokeswoman for the ministry,");
    private static final List<String> ORGS = List.of("Microsoft", "the central bank", "the Treasury", "Acme Corp",
            "the World Bank", "Tesla", "the city council", "Eurostat", "the IMF", "Northwind Ltd");
    private static final List<String> TOPICS = List.of("Unemployment", "Inflation", "Revenue", "Spending on schools",
            "The deficit", "Crime", "Housing starts", "Exports", "The budget", "Debt");
    private static final List<String> THINGS = List.of("new hospitals", "the rail link", "data centres", "tax credits",
            "the pension fund", "border controls", "solar farms", "child care");
    private static final List<String> VERBS = List.of("rose", "fell", "grew", "dropped", "climbed", "jumped");
    private static final List<String> SOURCES = List.of("officials said", "sources said", "analysts said",
            "according to the report", "people familiar with the matter said", "experts say", "critics argued");
    private static final String[] SYLLABLES = {"ka", "ren", "bo", "li", "ta", "mar", "vo", "sen", "di", "ru", "mo", "len"};

    private DenseText() {
    }

    /** Text of {@code kind}, {@code bytes} long in UTF-8 (a sentence longer at most), the same for the same seed. */
    public static String generate(Kind kind, long bytes, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 16, bytes + 256));
        long written = 0;
        int inParagraph = 0;
        int paragraphLength = 4 + r.nextInt(6);
        while (written < bytes) {
            String s = kind == Kind.NEWS ? newsSentence(r) : denseSentence(r);
            if (inParagraph > 0) {
                sb.append(' ');
                written++;
            }
            sb.append(s);
            written += s.getBytes(StandardCharsets.UTF_8).length;
            if (kind != Kind.DENSE_LINE && ++inParagraph == paragraphLength) {
                sb.append("\n\n");
                written += 2;
                inParagraph = 0;
                paragraphLength = 4 + r.nextInt(6);
            } else if (kind == Kind.DENSE_LINE) {
                inParagraph = 1;
            }
        }
        return sb.toString();
    }

    /** One sentence a desk would check. */
    private static String denseSentence(Random r) {
        return switch (r.nextInt(9)) {
            case 0 -> String.format(Locale.ROOT, "%s %s %.1f%% to %,d in %d, twice the %d figure, %s.", pick(r, TOPICS),
                    pick(r, VERBS), r.nextInt(200) / 10.0, 10_000 + r.nextInt(9_000_000), year(r), year(r), pick(r, SOURCES));
            case 1 -> String.format(Locale.ROOT, "\"We cut taxes by $%d billion,\" said %s %s.", 1 + r.nextInt(90),
                    pick(r, TITLES), person(r));
            case 2 -> String.format(Locale.ROOT, "“Our %s will cost %d million euros more than planned,” %s told reporters.",
                    pick(r, THINGS), 2 + r.nextInt(500), lastName(r));
            case 3 -> String.format(Locale.ROOT, "According to people familiar with the matter, %s will spend $%d million on %s by %d.",
                    pick(r, ORGS), 5 + r.nextInt(900), pick(r, THINGS), 2025 + r.nextInt(10));
            case 4 -> String.format(Locale.ROOT, "%s said revenue at %s grew %d%% compared with %d, more than analysts expected.",
                    person(r), pick(r, ORGS), 1 + r.nextInt(60), year(r));
            case 5 -> String.format(Locale.ROOT, "Experts say %s cost %,d pounds a year because prices rose %d%% in the third quarter of %d.",
                    pick(r, THINGS), 1_000 + r.nextInt(90_000), 1 + r.nextInt(30), year(r));
            case 6 -> String.format(Locale.ROOT, "%s %s said: “The deficit is %.1f percent higher than last year, the highest since %d.”",
                    pick(r, TITLES), person(r), r.nextInt(150) / 10.0, 1990 + r.nextInt(30));
            case 7 -> String.format(Locale.ROOT, "Sources said %s lost %,d customers in %d, half the number it expects to lose by %d.",
                    pick(r, ORGS), 1_000 + r.nextInt(500_000), year(r), 2026 + r.nextInt(5));
            default -> String.format(Locale.ROOT, "\"Nobody here believed %s would ever be finished,\" %s said, adding that it was %d months late.",
                    pick(r, THINGS), person(r), 2 + r.nextInt(40));
        };
    }

    /** Mostly narration; one sentence in five is a claim. */
    private static String newsSentence(Random r) {
        if (r.nextInt(5) == 0) {
            return denseSentence(r);
        }
        return switch (r.nextInt(6)) {
            case 0 -> "The council met on Tuesday evening to discuss plans for " + pick(r, THINGS) + " in the old town.";
            case 1 -> "Residents gathered outside the hall, some carrying signs, others simply watching from the steps.";
            case 2 -> person(r) + " has lived in the neighbourhood since childhood and runs a small bakery on the corner.";
            case 3 -> "The weather stayed mild for most of the week, and the market stalls were busy until late.";
            case 4 -> "Work on " + pick(r, THINGS) + " is due to start in the spring, once the contracts are signed.";
            default -> "Visitors to the exhibition can see photographs, letters and maps from the town's archive.";
        };
    }

    private static String person(Random r) {
        return pick(r, FIRST) + " " + lastName(r);
    }

    /** A familiar name three times in four, else a new one: names keep coming as the text grows. */
    private static String lastName(Random r) {
        if (r.nextInt(4) > 0) {
            return pick(r, LAST);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 2 + r.nextInt(2); i > 0; i--) {
            sb.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
        }
        sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
        return sb.toString();
    }

    private static int year(Random r) {
        return 2000 + r.nextInt(25);
    }

    private static String pick(Random r, List<String> from) {
        return from.get(r.nextInt(from.size()));
    }

    /** {@code 1500}, {@code 100K}, {@code 2.5M}: bytes. */
    static long size(String s) {
        String u = s.toUpperCase(Locale.ROOT);
        double scale = u.endsWith("K") ? 1e3 : u.endsWith("M") ? 1e6 : 1;
        return (long) (Double.parseDouble(scale == 1 ? u : u.substring(0, u.length() - 1)) * scale);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || args.length > 4) {
            System.err.println("usage: DenseText DENSE|DENSE_LINE|NEWS SIZE FILE [SEED]   (SIZE: 1K ... 10M)");
            System.exit(2);
        }
        Kind kind = Kind.valueOf(args[0].toUpperCase(Locale.ROOT));
        long seed = args.length == 4 ? Long.parseLong(args[3]) : 1;
        Files.writeString(Path.of(args[2]), generate(kind, size(args[1]), seed), StandardCharsets.UTF_8);
    }
}

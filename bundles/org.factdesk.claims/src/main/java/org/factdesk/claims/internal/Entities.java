package org.factdesk.claims.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factdesk.api.claim.Entity;

/**
 * People, organisations and places named in an article, with variant spellings clustered:
 * "Deepsek" and "Dipsek" both map to "DeepSeek", "Openai" and "OpenIA" to "OpenAI".
 */
final class Entities {

    /** A known name, from the bundled list. */
    record Known(String canonical, String kind) {
    }

    private static final Pattern TITLED_PERSON = Pattern.compile(
            "\\b(?:CEO|chief executive|[Pp]resident|[Pp]rime [Mm]inister|[Mm]inister|[Ss]enator|[Gg]overnor|[Cc]hairman|"
                    + "[Cc]hairwoman|[Ff]ounder|[Ss]pokes(?:man|woman|person)|[Dd]irector|[Pp]rofessor|Mr\\.|Mrs\\.|Ms\\.|Dr\\.|"
                    + "[Ss]ecretary|[Cc]hancellor|[Mm]ayor|[Aa]nalyst|[Ee]conomist)\\s+"
                    + "((?:[A-Z][a-z]+|[A-Z]\\.)(?:\\s+(?:[A-Z][a-z]+|[A-Z]\\.)){0,2})");
    /** Capitalised words, possibly several in a row: candidate names. */
    private static final Pattern CAPITALISED = Pattern.compile("\\b[A-Z][\\p{L}\\d]*(?:[-.][A-Z][\\p{L}\\d]*)*(?:\\s+[A-Z][\\p{L}\\d]*)*");
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "In", "On", "At", "As", "It", "Its", "This", "That",
            "These", "Those", "He", "She", "They", "We", "I", "You", "But", "And", "Or", "If", "When", "While", "During",
            "After", "Before", "Similarly", "Meanwhile", "However", "According", "Although", "Despite", "Since", "For",
            "From", "With", "By", "Of", "To", "Investing", "Chinese", "Western", "American", "European", "Indian",
            "AI", "API", "CEO", "T", "Has", "Had", "Have", "Is", "Was", "Are", "Were", "Be", "Some", "Many", "Most",
            "Such", "Also", "Even", "Yet", "So", "Then", "Now", "Today", "Yesterday", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Corp", "Inc", "Ltd",
            // common nouns that headlines and tag lines capitalise
            "Artificial", "Intelligence", "Startup", "Tech", "Giant", "Model", "Investor", "Investors", "Market",
            "Government", "Company", "Report", "News", "Officials", "Experts", "Sources", "Update", "Breaking");

    /** "Acme Corp", "Acme Inc.": the word before is a company name even at the start of a sentence. */
    private static final Set<String> ORG_SUFFIXES = Set.of("Corp", "Corporation", "Inc", "Ltd", "Limited", "Plc", "PLC", "LLC",
            "AG", "GmbH", "SA", "Group", "Holdings", "Bank");

    /** Kind of a candidate named with a company suffix: a name even if seen once. */
    private static final String COMPANY = "COMPANY";

    /** Kind of a candidate that is capitalised only because it starts a sentence. */
    private static final String SENTENCE_START = "?";

    private final Map<String, Known> known = new HashMap<>();
    /** One entry per canonical name, for the fuzzy comparison (aliases map to the same Known). */
    private final Map<String, Known> knownByKey = new LinkedHashMap<>();

    Entities(InputStream table) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(table, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                Known k = new Known(cols[0], cols[1]);
                known.put(key(cols[0]), k);
                knownByKey.put(key(cols[0]), k);
                if (cols.length > 2) {
                    for (String alias : cols[2].split("\\|")) {
                        known.put(key(alias), k);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Mentions found in one article, with canonical names resolved across the whole article. Every claim
     * asks for its own mentions and speakers: answered from indexes built once, not by a pass over all
     * the article's mentions per claim.
     */
    final class Mentions {
        /** In text order and not overlapping: starts and ends both ascend. */
        private final List<Entity> all;
        private final int[] starts;
        /** Positions in {@link #all} of the people, ascending. */
        private final int[] people;
        /** Positions of the people by canonical name. */
        private final Map<String, List<Integer>> peopleByName = new HashMap<>();
        /** The people's canonical names by every ending of theirs ("Lee", "ee", ...): a last name finds its people at once. */
        private final Map<String, List<String>> namesByEnding = new HashMap<>();
        /** Positions of the people whose canonical name ends with a last name, ascending, by last name, built when first asked. */
        private final Map<String, int[]> peopleEndingWith = new HashMap<>();

        private Mentions(List<Entity> all) {
            this.all = all;
            this.starts = all.stream().mapToInt(Entity::start).toArray();
            List<Integer> persons = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).kind().equals("PERSON")) {
                    persons.add(i);
                    peopleByName.computeIfAbsent(all.get(i).canonical(), k -> new ArrayList<>()).add(i);
                }
            }
            this.people = persons.stream().mapToInt(Integer::intValue).toArray();
            for (String name : peopleByName.keySet()) {
                for (int i = 0; i <= name.length(); i++) {
                    namesByEnding.computeIfAbsent(name.substring(i), k -> new ArrayList<>()).add(name);
                }
            }
        }

        List<Entity> within(int from, int to) {
            List<Entity> out = new ArrayList<>();
            for (int i = firstAtOrAfter(starts, from); i < all.size() && all.get(i).start() < to; i++) {
                if (all.get(i).end() <= to) {
                    out.add(all.get(i));
                }
            }
            return List.copyOf(out);
        }

        /** The full name of a person mentioned before {@code before} whose last name is {@code name}. */
        String fullPersonName(String name, int before) {
            String last = name.substring(name.lastIndexOf(' ') + 1);
            int[] candidates = peopleEndingWith.computeIfAbsent(last, l -> namesByEnding.getOrDefault(l, List.of()).stream()
                    .flatMap(n -> peopleByName.get(n).stream()).mapToInt(Integer::intValue).sorted().toArray());
            return lastBefore(candidates, before);
        }

        /** The last person named before {@code before}: what "he" or "she" most likely refers to. */
        String lastPerson(int before) {
            return lastBefore(people, before);
        }

        /** The canonical name of the last of {@code positions} (ascending) that starts before {@code before}. */
        private String lastBefore(int[] positions, int before) {
            int lo = 0;
            int hi = positions.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[positions[mid]] < before) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo == 0 ? null : all.get(positions[lo - 1]).canonical();
        }

        /** Every spelling that was mapped to a canonical name different from itself. */
        Map<String, List<String>> variants() {
            Map<String, List<String>> out = new LinkedHashMap<>();
            for (Entity e : all) {
                if (!e.text().equals(e.canonical())) {
                    List<String> forms = out.computeIfAbsent(e.canonical(), k -> new ArrayList<>());
                    if (!forms.contains(e.text())) {
                        forms.add(e.text());
                    }
                }
            }
            return out;
        }
    }

    Mentions find(String text, List<int[]> speakerNames) {
        List<Entity> raw = new ArrayList<>();
        Matcher t = TITLED_PERSON.matcher(text);
        while (t.find()) {
            raw.add(new Entity(t.group(1), t.start(1), t.end(1), "PERSON", t.group(1)));
        }
        for (int[] s : speakerNames) {
            raw.add(new Entity(text.substring(s[0], s[1]), s[0], s[1], "PERSON", text.substring(s[0], s[1])));
        }
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            addCandidates(text, m.start(), m.group(), raw);
        }
        raw.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        List<Entity> kept = new ArrayList<>();
        int covered = -1;
        for (Entity e : raw) {
            if (e.start() >= covered) {
                kept.add(e);
                covered = e.end();
            }
        }
        return new Mentions(cluster(kept));
    }

    /** Splits a run of capitalised words into known names and leftover name-like words. */
    private void addCandidates(String text, int offset, String run, List<Entity> out) {
        String[] words = run.split("\\s+");
        int[] starts = new int[words.length];
        int pos = 0;
        for (int i = 0; i < words.length; i++) {
            pos = run.indexOf(words[i], pos);
            starts[i] = pos;
            pos += words[i].length();
        }
        int i = 0;
        while (i < words.length) {
            int matched = 0;
            for (int len = Math.min(4, words.length - i); len >= 1 && matched == 0; len--) {
                int s = starts[i];
                int e = starts[i + len - 1] + words[i + len - 1].length();
                Known k = known.get(key(run.substring(s, e)));
                if (k != null) {
                    out.add(new Entity(run.substring(s, e), offset + s, offset + e, k.kind(), k.canonical()));
                    matched = len;
                }
            }
            if (matched > 0) {
                i += matched;
                continue;
            }
            String w = words[i];
            if (!NOT_NAMES.contains(w) && w.length() > 2) {
                // a capitalised first word may just start the sentence: kept only if it turns out a variant of a name
                boolean company = i + 1 < words.length && ORG_SUFFIXES.contains(words[i + 1].replace(".", ""));
                String kind = company ? COMPANY : isSentenceStartWord(text, offset + starts[i]) ? SENTENCE_START : "ORGANIZATION";
                out.add(new Entity(w, offset + starts[i], offset + starts[i] + w.length(), kind, w));
            }
            i++;
        }
    }

    /** The first index whose value is at least {@code value}, in an ascending array. */
    private static int firstAtOrAfter(int[] ascending, int value) {
        int lo = 0;
        int hi = ascending.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ascending[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Capitalised only because it starts a sentence or a line: not evidence of a name. */
    private static boolean isSentenceStartWord(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '“' || text.charAt(i) == '"')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '.' || text.charAt(i) == '\n' || text.charAt(i) == '!' || text.charAt(i) == '?'
                || text.charAt(i) == '#';
    }

    /**
     * Maps each mention to a canonical name: a known name within a small edit distance, else the
     * most frequent spelling among the mentions it is close to.
     */
    private List<Entity> cluster(List<Entity> mentions) {
        Map<String, Integer> counts = new HashMap<>();
        for (Entity e : mentions) {
            counts.merge(e.text(), 1, Integer::sum);
        }
        List<String> names = new ArrayList<>(counts.keySet());
        names.sort((a, b) -> counts.get(b) - counts.get(a));
        Map<String, String> canonicalOf = canonicalNames(names);
        List<Entity> out = new ArrayList<>(mentions.size());
        Map<String, String> fullNames = new HashMap<>();
        for (Entity e : mentions) {
            String canonical = e.kind().equals("PERSON") ? fullName(e, fullNames) : canonicalOf.get(e.text());
            Known k = known.get(key(canonical));
            boolean linked = k != null || !canonical.equals(e.text());
            if (!linked && e.kind().equals(SENTENCE_START)) {
                continue;
            }
            if (!linked && !e.kind().equals("PERSON") && !e.kind().equals(COMPANY) && counts.get(e.text()) < 2) {
                continue; // a capitalised word seen once, like no known name: too weak to call a name
            }
            String kind = k != null ? k.kind() : e.kind().equals(SENTENCE_START) || e.kind().equals(COMPANY) ? "ORGANIZATION" : e.kind();
            out.add(new Entity(e.text(), e.start(), e.end(), kind, canonical));
            if (kind.equals("PERSON") && canonical.indexOf(' ') >= 0) {
                fullNames.putIfAbsent(canonical.substring(canonical.lastIndexOf(' ') + 1), canonical);
            }
        }
        return out;
    }

    /**
     * The canonical name of each of {@code names} (most frequent first): the known name it is close to, else
     * the canonical name of the first earlier one it is close to, else itself. The earlier names are looked
     * up in a trie of their keys, not compared one by one: a text full of distinct names costs about its
     * length, not its number of names squared.
     */
    Map<String, String> canonicalNames(List<String> names) {
        Map<String, String> canonicalOf = new HashMap<>();
        Map<String, Integer> firstWithKey = new HashMap<>();
        KeyTrie earlier = new KeyTrie();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String nameKey = key(name);
            String canonical = knownCanonical(nameKey);
            if (canonical == null) {
                int first = firstWithKey.getOrDefault(nameKey, i);
                if (nameKey.length() >= MIN_FUZZY) {
                    first = earlier.firstClose(nameKey, first);
                }
                if (first < i) {
                    canonical = canonicalOf.get(names.get(first));
                }
            }
            canonicalOf.put(name, canonical == null ? name : canonical);
            firstWithKey.putIfAbsent(nameKey, i);
            if (nameKey.length() >= MIN_FUZZY) {
                earlier.add(nameKey, i);
            }
        }
        // a variant may have been seen before the spelling that links it to a known name
        for (String name : names) {
            String c = canonicalOf.get(name);
            String cc = canonicalOf.get(c);
            if (cc != null) {
                canonicalOf.put(name, cc);
            }
        }
        return canonicalOf;
    }

    /** The canonical spelling of the known name that {@code nameKey} is, or else is close to (the first in the table); null if none. */
    String knownCanonical(String nameKey) {
        Known exact = known.get(nameKey);
        if (exact != null) {
            return exact.canonical();
        }
        for (Map.Entry<String, Known> k : knownByKey.entrySet()) {
            if (closeKeys(nameKey, k.getKey())) {
                return k.getValue().canonical();
            }
        }
        return null;
    }

    /**
     * "Zuckerberg" after "Mark Zuckerberg" is the same person: the first person named before whose name
     * ends in " Zuckerberg", looked up in {@code fullNames} (the people named so far, by last word).
     */
    private static String fullName(Entity person, Map<String, String> fullNames) {
        if (person.canonical().indexOf(' ') < 0) {
            String full = fullNames.get(person.canonical());
            if (full != null) {
                return full;
            }
        }
        return person.canonical();
    }

    /** Close enough to be the same name misspelled: at most a third of the letters differ. */
    static boolean close(String a, String b) {
        return closeKeys(key(a), key(b));
    }

    /** Keys shorter than this are close only to themselves. */
    static final int MIN_FUZZY = 5;

    private static boolean closeKeys(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        int longer = Math.max(x.length(), y.length());
        if (Math.min(x.length(), y.length()) < MIN_FUZZY || x.charAt(0) != y.charAt(0)
                || Math.abs(x.length() - y.length()) * 3 > longer) { // the distance is at least the length difference
            return false;
        }
        return editDistance(x, y) * 3 <= longer;
    }

    /** Lower-case letters and digits only: "Open AI" and "OpenAI" share a key. */
    static String key(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    /** Optimal string alignment distance: Levenshtein plus adjacent transpositions ("ai"/"ia"). */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}

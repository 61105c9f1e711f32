package org.factdesk.claims.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.factdesk.api.claim.Entity;
import org.junit.jupiter.api.Test;

class EntitiesTest {

    private final Entities entities = new Entities(ClaimFinder.class.getResourceAsStream("entities.tsv"));

    /** The mentions' indexes answer as a pass over all mentions would (what they replaced, once per claim). */
    @Test
    void indexedLookupsAgreeWithAPassOverAllMentions() {
        StringBuilder sb = new StringBuilder();
        String[] people = {"Ann Lee", "Mark Zuckerberg", "Jo Kim", "Satya Nadella", "Kim Jones", "Lee Ann Kim"};
        java.util.Random r = new java.util.Random(7);
        for (int i = 0; i < 300; i++) {
            String p = people[r.nextInt(people.length)];
            switch (r.nextInt(4)) {
                case 0 -> sb.append("Senator ").append(p).append(" spoke to Microsoft about Meta. ");
                case 1 -> sb.append("Later ").append(p.substring(p.lastIndexOf(' ') + 1)).append(" met Governor ").append(p).append(". ");
                case 2 -> sb.append("He said the rain in Spain is mainly on the plain. ");
                default -> sb.append("Director ").append(p).append(" and Professor ").append(people[r.nextInt(people.length)]).append(" agreed. ");
            }
        }
        String text = sb.toString();
        Entities.Mentions m = entities.find(text, List.of());
        List<Entity> all = m.within(0, text.length());
        assertThat(all).hasSizeGreaterThan(300);
        for (int i = 0; i < 400; i++) {
            int from = r.nextInt(text.length());
            int to = from + r.nextInt(200);
            assertThat(m.within(from, to)).isEqualTo(all.stream().filter(e -> e.start() >= from && e.end() <= to).toList());
            String last = null;
            for (Entity e : all) {
                if (e.start() < from && e.kind().equals("PERSON")) {
                    last = e.canonical();
                }
            }
            assertThat(m.lastPerson(from)).isEqualTo(last);
            for (String name : List.of("Lee", "Kim", "Ann Kim", "Zuckerberg", "Nobody", "a")) {
                String full = null;
                for (Entity e : all) {
                    if (e.start() < from && e.kind().equals("PERSON") && e.canonical().endsWith(name.substring(name.lastIndexOf(' ') + 1))) {
                        full = e.canonical();
                    }
                }
                assertThat(m.fullPersonName(name, from)).as("%s before %d", name, from).isEqualTo(full);
            }
        }
    }

    /** The trie of earlier names gives the canonical names that comparing each name with every earlier one gave. */
    @Test
    void clusteringAgreesWithComparingEachNameToEveryEarlierOne() {
        for (int seed = 1; seed <= 6; seed++) {
            List<String> names = generatedNames(new Random(seed), 1500);
            Map<String, String> expected = pairwise(names);
            assertThat(entities.canonicalNames(names)).as("seed %d", seed).isEqualTo(expected);
            // most names have near neighbours: the search is tested on matches, not only on misses
            long linked = names.stream().filter(n -> !expected.get(n).equals(n)).count();
            assertThat(linked).as("seed %d", seed).isBetween(names.size() / 5L, names.size() * 4L / 5);
        }
    }

    /** The clustering before the trie, kept as the reference: each name against every more frequent (earlier) one. */
    private Map<String, String> pairwise(List<String> names) {
        Map<String, String> canonicalOf = new HashMap<>();
        for (String name : names) {
            String canonical = entities.knownCanonical(Entities.key(name));
            if (canonical == null) {
                for (String other : names) {
                    if (other.equals(name)) {
                        break;
                    }
                    if (Entities.close(name, other)) {
                        canonical = canonicalOf.get(other);
                        break;
                    }
                }
            }
            canonicalOf.put(name, canonical == null ? name : canonical);
        }
        for (String name : names) {
            String cc = canonicalOf.get(canonicalOf.get(name));
            if (cc != null) {
                canonicalOf.put(name, cc);
            }
        }
        return canonicalOf;
    }

    /** Invented names from few syllables, many of them misspelled copies of others, some known names and some long ones. */
    private static List<String> generatedNames(Random r, int count) {
        String[] syllables = {"ka", "mar", "len", "bo", "sen", "ru", "vo", "di", "ta", "an", "lee", "o"};
        List<String> bases = new ArrayList<>(List.of("DeepSeek", "Deepsek", "Open AI", "Openia", "Microsfot", "Nvidai"));
        Set<String> names = new LinkedHashSet<>(bases);
        while (names.size() < count) {
            String name;
            if (!bases.isEmpty() && r.nextInt(3) > 0) {
                name = misspelled(bases.get(r.nextInt(bases.size())), r);
            } else {
                StringBuilder sb = new StringBuilder();
                int parts = r.nextInt(10) == 0 ? 2 : 1;
                for (int p = 0; p < parts; p++) {
                    sb.append(p > 0 ? " " : "");
                    int n = 1 + r.nextInt(r.nextInt(8) == 0 ? 9 : 4);
                    for (int i = 0; i < n; i++) {
                        String s = syllables[r.nextInt(syllables.length)];
                        sb.append(i == 0 ? Character.toUpperCase(s.charAt(0)) + s.substring(1) : s);
                    }
                }
                name = sb.toString();
                bases.add(name);
            }
            names.add(name);
        }
        List<String> out = new ArrayList<>(names);
        Collections.shuffle(out, r); // any order: it stands for the order of frequency
        return out;
    }

    /** One to four edits of the kinds the distance counts (or the key ignores): drop, add, change or swap a letter, case, spaces. */
    private static String misspelled(String name, Random r) {
        StringBuilder sb = new StringBuilder(name);
        for (int edits = 1 + r.nextInt(4); edits > 0 && sb.length() > 1; edits--) {
            int at = 1 + r.nextInt(sb.length() - 1);
            char c = (char) ('a' + r.nextInt(26));
            switch (r.nextInt(6)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, c);
                case 2 -> sb.setCharAt(at, c);
                case 3 -> {
                    if (at + 1 < sb.length()) {
                        char t = sb.charAt(at);
                        sb.setCharAt(at, sb.charAt(at + 1));
                        sb.setCharAt(at + 1, t);
                    }
                }
                case 4 -> sb.setCharAt(at, Character.toUpperCase(sb.charAt(at)));
                default -> sb.insert(at, r.nextBoolean() ? ' ' : '-');
            }
        }
        return sb.toString();
    }

    @Test
    void transpositionsAndDroppedLettersAreCloseButDifferentNamesAreNot() {
        assertThat(Entities.editDistance("openai", "openia")).isEqualTo(1);
        assertThat(Entities.close("OpenIA", "OpenAI")).isTrue();
        assertThat(Entities.close("Deepsek", "DeepSeek")).isTrue();
        assertThat(Entities.close("Meta", "Mint")).isFalse();
        assertThat(Entities.close("Google", "Apple")).isFalse();
    }

    @Test
    void variantsClusterThroughEachOtherToTheKnownName() {
        String text = "Dipsek said so. Later Deepsek repeated it, and Deepsek again. Openai and OpenIA disagreed.";
        var variants = entities.find(text, List.of()).variants();
        assertThat(variants.get("DeepSeek")).containsExactlyInAnyOrder("Dipsek", "Deepsek");
        assertThat(variants.get("OpenAI")).containsExactlyInAnyOrder("Openai", "OpenIA");
    }

    @Test
    void peopleAreFoundByTitleAndLaterSurnamesResolveToThem() {
        String text = "Meta CEO Mark Zuckerberg spoke. Later, Zuckerberg said more.";
        int later = text.indexOf("Zuckerberg said");
        var m = entities.find(text, List.of(new int[] {later, later + "Zuckerberg".length()}));
        assertThat(m.fullPersonName("Zuckerberg", later)).isEqualTo("Mark Zuckerberg");
        assertThat(m.lastPerson(text.length())).isEqualTo("Mark Zuckerberg");
    }

    @Test
    void aCompanySuffixMakesTheFirstWordOfASentenceAName() {
        String text = "Acme Corp said revenue rose. Yesterday was quiet.";
        var names = entities.find(text, List.of()).within(0, text.length());
        assertThat(names).extracting(e -> e.text()).containsExactly("Acme");
    }
}

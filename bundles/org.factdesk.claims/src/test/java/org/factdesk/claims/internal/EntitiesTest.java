package org.factdesk.claims.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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

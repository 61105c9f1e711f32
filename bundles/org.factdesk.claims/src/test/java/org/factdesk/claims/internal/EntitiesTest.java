package org.factdesk.claims.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class EntitiesTest {

    private final Entities entities = new Entities(ClaimFinder.class.getResourceAsStream("entities.tsv"));

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

package org.factdesk.importer.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.factdesk.api.article.Paragraph;
import org.junit.jupiter.api.Test;

class ArticleTextTest {

    @Test
    void builderJoinsParagraphsWithABlankLineAndKeepsTheirOffsets() {
        ArticleText t = ArticleText.builder().add("One.").add("").add("Two, three.").build();
        assertThat(t.text()).isEqualTo("One.\n\nTwo, three.");
        assertThat(t.paragraphs()).containsExactly(new Paragraph(0, 4), new Paragraph(6, 17));
        assertThat(t.paragraphs()).extracting(p -> p.in(t.text())).containsExactly("One.", "Two, three.");
    }

    @Test
    void emptyBuilderGivesTheEmptyText() {
        ArticleText.Builder b = ArticleText.builder();
        assertThat(b.isEmpty()).isTrue();
        assertThat(b.build()).isEqualTo(ArticleText.EMPTY);
        assertThat(b.add("x").isEmpty()).isFalse();
    }

    @Test
    void paragraphsOutsideTheTextOrOutOfOrderAreRefused() {
        assertThatThrownBy(() -> new ArticleText("abc", List.of(new Paragraph(0, 4))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the text (3 characters)");
        assertThatThrownBy(() -> new ArticleText("abcdef", List.of(new Paragraph(2, 4), new Paragraph(0, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of order");
        assertThatThrownBy(() -> new ArticleText(null, List.of())).isInstanceOf(NullPointerException.class);
    }
}

package org.factdesk.checker.quotes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorpusDocumentTest {

    @Test
    void readsHeaderAndSpeakerTurns() {
        String text = """
                Title: Results call
                Speaker: Jane Roe
                Date: 2025-01-29
                Source: https://example.org/call

                Intro by the host before any label.
                Operator: Welcome to the call.
                JANE ROE: We will keep investing.
                **Sam Poe:** Demand is strong.
                """;
        CorpusDocument d = CorpusDocument.parse("/corpus/call.txt", text);
        assertThat(d.title()).isEqualTo("Results call");
        assertThat(d.speaker()).isEqualTo("Jane Roe");
        assertThat(d.date()).isEqualTo("2025-01-29");
        assertThat(d.url()).isEqualTo("https://example.org/call");
        assertThat(d.speakerAt(text.indexOf("Intro"))).isEqualTo("Jane Roe");
        assertThat(d.speakerAt(text.indexOf("Welcome"))).isEqualTo("Operator");
        assertThat(d.speakerAt(text.indexOf("We will"))).isEqualTo("JANE ROE");
        assertThat(d.speakerAt(text.indexOf("Demand"))).isEqualTo("Sam Poe");
        assertThat(d.lineAt(text.indexOf("Demand"))).isEqualTo(9);
        // turn labels and header are not searchable text
        assertThat(d.segments()).noneMatch(s -> text.substring(s.start(), s.end()).contains("Operator:"));
        assertThat(d.segments()).noneMatch(s -> text.substring(s.start(), s.end()).contains("Title"));
    }

    @Test
    void markdownFrontMatterAndHeadingTitle() {
        CorpusDocument fenced = CorpusDocument.parse("a.md", "---\nDate: 2025-02-10\nURL: https://example.org/a\n---\n\n# A panel\n\ntext\n");
        assertThat(fenced.title()).isEqualTo("A panel");
        assertThat(fenced.url()).isEqualTo("https://example.org/a");
        assertThat(fenced.speaker()).isNull();
        CorpusDocument plain = CorpusDocument.parse("/x/notes.txt", "Just a line of text: with a colon.\n");
        assertThat(plain.title()).isEqualTo("notes.txt");
        assertThat(plain.segments()).hasSize(1);
    }
}

package org.factdesk.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonReportTest {

    /** "😀" is two UTF-16 units, one code point; offset 4 splits it. */
    private static final String TEXT = "ab😀cd😀😀 ef".repeat(50);

    @Test
    void codePointsAreThoseOfStringCodePointCountInAnyOrder() {
        JsonReport.CodePoints cp = new JsonReport.CodePoints(TEXT);
        int[] offsets = {0, 1, 3, 4, 4, 9, 10, 2, 11, 200, 57, 58, TEXT.length()};
        for (int offset : offsets) {
            assertThat(cp.at(offset)).as("offset %d", offset).isEqualTo(TEXT.codePointCount(0, offset));
        }
    }

    /** Each claim's offset was counted from the start of the text: a pass over the article per claim. */
    @Test
    void offsetsInTextOrderReadTheTextOnce() {
        int[] reads = new int[1];
        CharSequence counted = new CharSequence() {
            @Override
            public int length() {
                return TEXT.length();
            }

            @Override
            public char charAt(int index) {
                reads[0]++;
                return TEXT.charAt(index);
            }

            @Override
            public CharSequence subSequence(int start, int end) {
                throw new UnsupportedOperationException();
            }
        };
        JsonReport.CodePoints cp = new JsonReport.CodePoints(counted);
        for (int offset = 0; offset <= TEXT.length(); offset += 3) {
            assertThat(cp.at(offset)).isEqualTo(TEXT.codePointCount(0, offset));
        }
        assertThat(reads[0]).isLessThanOrEqualTo(2 * TEXT.length());
    }
}

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

    /** Pieces join to what was written, none longer than its size, none ending in half a surrogate pair, however written. */
    @Test
    void piecesJoinToTheTextAndKeepSurrogatePairsWhole() {
        StringBuilder all = new StringBuilder();
        JsonReport.Pieces pieces = new JsonReport.Pieces();
        java.util.Random r = new java.util.Random(3);
        while (all.length() < 5 * JsonReport.Pieces.SIZE) {
            // an emoji at every offset, in writes of any size across the pieces' ends
            int from = r.nextInt(7);
            String run = TEXT.substring(Character.isLowSurrogate(TEXT.charAt(from)) ? from + 1 : from).repeat(1 + r.nextInt(400));
            int to = Math.min(run.length(), 2 + r.nextInt(3000));
            String s = run.substring(0, Character.isHighSurrogate(run.charAt(to - 1)) ? to - 1 : to); // well-formed text
            all.append(s);
            pieces.write(s.toCharArray(), 0, s.length());
        }
        java.util.List<String> out = pieces.pieces();
        assertThat(String.join("", out)).isEqualTo(all.toString());
        assertThat(out).hasSizeGreaterThan(4).allSatisfy(p -> {
            assertThat(p.length()).isBetween(1, JsonReport.Pieces.SIZE);
            assertThat(Character.isHighSurrogate(p.charAt(p.length() - 1))).isFalse();
        });
        assertThat(out.stream().filter(p -> p.length() == JsonReport.Pieces.SIZE - 1)).as("some end moved off a pair").isNotEmpty();
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

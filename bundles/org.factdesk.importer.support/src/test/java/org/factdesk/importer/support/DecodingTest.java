package org.factdesk.importer.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class DecodingTest {

    private static final String TEXT = "Caf\u00e9 prices \u2013 up 5% \u201cquoted\u201d";

    @Test
    void byteOrderMarkWins() {
        Decoding.Decoded u8 = Decoding.decode(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8));
        assertThat(u8.text()).isEqualTo(TEXT);
        assertThat(u8.charset()).isEqualTo(StandardCharsets.UTF_8);
        Decoding.Decoded le = Decoding.decode(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE));
        assertThat(le.text()).isEqualTo(TEXT);
        assertThat(le.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(Decoding.decode(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16BE)).charset())
                .isEqualTo(StandardCharsets.UTF_16BE);
        assertThat(Decoding.byBom(TEXT.getBytes(StandardCharsets.UTF_8))).isNull();
    }

    @Test
    void validUtf8IsUtf8AndAnythingElseWindows1252() {
        Decoding.Decoded u8 = Decoding.decode(TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(u8.text()).isEqualTo(TEXT);
        assertThat(u8.charset()).isEqualTo(StandardCharsets.UTF_8);
        Decoding.Decoded cp = Decoding.decode(TEXT.getBytes(Decoding.WINDOWS_1252));
        assertThat(cp.text()).isEqualTo(TEXT);
        assertThat(cp.charset().name()).isEqualTo("windows-1252");
    }

    @Test
    void strictUtf8RefusesMalformedBytesButKeepsARealReplacementCharacter() {
        assertThat(Decoding.strictUtf8(new byte[] {'a', (byte) 0xC3})).isNull();
        assertThat(Decoding.strictUtf8("a\uFFFDb".getBytes(StandardCharsets.UTF_8))).isEqualTo("a\uFFFDb");
    }

    @Test
    void labelsAreReadAsBrowsersReadThem() {
        assertThat(Decoding.forLabel("ISO-8859-1")).isEqualTo(Decoding.WINDOWS_1252);
        assertThat(Decoding.forLabel(" latin1 ")).isEqualTo(Decoding.WINDOWS_1252);
        assertThat(Decoding.forLabel("utf-8")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(Decoding.forLabel("no-such-encoding")).isNull();
        assertThat(Decoding.forLabel("bad name!")).isNull();
        assertThat(Decoding.forLabel(null)).isNull();
    }

    private static final String LATIN = "The council said on Tuesday that spending rose by 12% to \u20ac4.5m (caf\u00e9 \u201cprices\u201d).\n";

    @Test
    void utf16WithoutAByteOrderMarkIsToldByItsNulBytes() {
        for (java.nio.charset.Charset cs : new java.nio.charset.Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            byte[] bytes = LATIN.repeat(3).getBytes(cs);
            assertThat(Decoding.byNulPattern(bytes)).isEqualTo(cs);
            Decoding.Decoded d = Decoding.decode(bytes);
            assertThat(d.text()).isEqualTo(LATIN.repeat(3));
            assertThat(d.charset()).isEqualTo(cs);
        }
    }

    @Test
    void utf32WithOrWithoutAByteOrderMarkIsRead() {
        for (java.nio.charset.Charset cs : new java.nio.charset.Charset[] {Decoding.UTF_32LE, Decoding.UTF_32BE}) {
            byte[] plain = LATIN.getBytes(cs);
            assertThat(Decoding.byNulPattern(plain)).isEqualTo(cs);
            assertThat(Decoding.decode(plain).text()).isEqualTo(LATIN);
            assertThat(Decoding.decode(plain).charset()).isEqualTo(cs);
            byte[] marked = ("\uFEFF" + LATIN).getBytes(cs);
            Decoding.Decoded bom = Decoding.byBom(marked);
            assertThat(bom.charset()).isEqualTo(cs); // FF FE 00 00 is UTF-32LE, not UTF-16LE and a NUL
            assertThat(bom.text()).isEqualTo(LATIN);
        }
    }

    @Test
    void ordinaryTextAndBinaryDataHaveNoWidePattern() {
        assertThat(Decoding.byNulPattern(LATIN.getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(Decoding.byNulPattern(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'}))
                .isNull();
        assertThat(Decoding.byNulPattern(new byte[64])).isNull(); // all NUL: not text at all
        assertThat(Decoding.byNulPattern(new byte[] {'a', 0})).isNull(); // too short to tell
        assertThat(Decoding.unicode(LATIN.getBytes(StandardCharsets.UTF_8))).isNull();
    }

    @Test
    void aWidePatternThatIsNotValidTextIsNotDecoded() {
        byte[] bytes = LATIN.getBytes(StandardCharsets.UTF_16LE);
        bytes[10] = (byte) 0x00;
        bytes[11] = (byte) 0xDC; // a lone low surrogate
        assertThat(Decoding.byNulPattern(bytes)).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(Decoding.unicode(bytes)).isNull();
        assertThat(Binary.firstNulOutsideUtf16(bytes)).isEqualTo(1);
    }
}

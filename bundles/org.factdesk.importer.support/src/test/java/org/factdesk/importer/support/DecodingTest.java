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
}

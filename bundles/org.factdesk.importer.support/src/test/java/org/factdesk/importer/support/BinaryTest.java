package org.factdesk.importer.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class BinaryTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};

    @Test
    void nulBytesAreFoundExceptInUtf16() {
        assertThat(Binary.firstNul(PNG)).isEqualTo(8);
        assertThat(Binary.firstNul("text".getBytes())).isEqualTo(-1);
        byte[] utf16 = "\uFEFFtext".getBytes(StandardCharsets.UTF_16LE);
        assertThat(Binary.hasUtf16Bom(utf16)).isTrue();
        assertThat(Binary.hasUtf16Bom("\uFEFFtext".getBytes(StandardCharsets.UTF_16BE))).isTrue();
        assertThat(Binary.firstNul(utf16)).isPositive();
        assertThat(Binary.firstNulOutsideUtf16(utf16)).isEqualTo(-1);
        assertThat(Binary.firstNulOutsideUtf16(PNG)).isEqualTo(8);
        assertThat(Binary.hasUtf16Bom(new byte[] {(byte) 0xFE})).isFalse();
    }

    @Test
    void controlCharactersOtherThanLayoutCount() {
        assertThat(Binary.controlRatio("")).isZero();
        assertThat(Binary.controlRatio("a\tb\nc\r\f")).isZero();
        assertThat(Binary.controlRatio("ab\u0001\u0002")).isEqualTo(0.5);
        assertThat(Binary.hasTooManyControls("x".repeat(95) + "\u0007".repeat(5))).isFalse();
        assertThat(Binary.hasTooManyControls("x".repeat(94) + "\u0007".repeat(6))).isTrue();
    }

    @Test
    void looksBinaryJudgesTheFirstBytes() {
        assertThat(Binary.looksBinary(PNG)).isTrue();
        assertThat(Binary.looksBinary("Caf\u00e9 prices rose.\n".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(Binary.looksBinary("\uFEFFUTF-16 text".getBytes(StandardCharsets.UTF_16BE))).isFalse();
        assertThat(Binary.looksBinary(new byte[] {1, 2, 3, 'a'})).isTrue();
        assertThat(Binary.looksBinary(new byte[0])).isFalse();
    }

    @Test
    void utf16AndUtf32WithoutAByteOrderMarkAreTextNotBinary() {
        String text = "Prices rose by 5% in March, the office said.\n".repeat(4);
        for (java.nio.charset.Charset cs : new java.nio.charset.Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
                Decoding.UTF_32LE, Decoding.UTF_32BE}) {
            byte[] bytes = text.getBytes(cs);
            assertThat(Binary.firstNul(bytes)).as(cs.name()).isNotNegative();
            assertThat(Binary.firstNulOutsideUtf16(bytes)).as(cs.name()).isEqualTo(-1);
            assertThat(Binary.looksBinary(bytes)).as(cs.name()).isFalse();
        }
        assertThat(Binary.firstNulOutsideUtf16(("\uFEFF" + text).getBytes(Decoding.UTF_32LE))).isEqualTo(-1);
        // a few bytes with NULs among them are no pattern: binary, as before
        assertThat(Binary.firstNulOutsideUtf16(new byte[] {'a', 'b', 0, 0, 1, 2, 3})).isEqualTo(2);
        assertThat(Binary.firstNulOutsideUtf16(new byte[] {'a', 'b', 0, 0, 'c', 'd', 0, 0, 'e', 'f', 0, 0})).isEqualTo(2);
        assertThat(Binary.looksBinary(PNG)).isTrue();
    }
}

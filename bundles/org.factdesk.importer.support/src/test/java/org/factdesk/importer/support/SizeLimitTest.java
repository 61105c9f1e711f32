package org.factdesk.importer.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.factdesk.api.article.ImportException;
import org.factdesk.api.article.ImportSource;
import org.junit.jupiter.api.Test;

class SizeLimitTest {

    private final SizeLimit limit = SizeLimit.ofMiB("text", 1);

    /** A stream of unknown size that counts what is read from it. */
    private static final class Endless implements ImportSource {
        int read;

        public String location() {
            return "-";
        }

        public long size() {
            return -1;
        }

        public InputStream open() {
            return new InputStream() {
                public int read() {
                    Endless.this.read++;
                    return 'x';
                }
            };
        }
    }

    @Test
    void knownSizeOverTheLimitIsRefusedBeforeReading() {
        ImportSource big = new ImportSource() {
            public String location() {
                return "big.txt";
            }

            public long size() {
                return 3L << 20;
            }

            public InputStream open() throws IOException {
                throw new IOException("must not be opened");
            }
        };
        assertThatThrownBy(() -> limit.readAll(big)).isInstanceOf(ImportException.class)
                .hasMessage("file is 3 MiB, larger than the 1 MiB limit (maxSizeMiB)")
                .satisfies(e -> assertThat(((ImportException) e).describe()).startsWith("big.txt: text: "));
    }

    @Test
    void streamOfUnknownSizeIsReadOneBytePastTheLimitAtMost() {
        Endless endless = new Endless();
        SizeLimit small = new SizeLimit("ninjs", 100, null);
        assertThatThrownBy(() -> small.readAll(endless)).isInstanceOf(ImportException.class)
                .hasMessage("input is larger than the 100 bytes limit");
        assertThat(endless.read).isLessThanOrEqualTo(101);
    }

    @Test
    void inputWithinTheLimitIsReadWhole() throws Exception {
        byte[] bytes = "0123456789".getBytes();
        assertThat(new SizeLimit("t", 10, null).readAll(ImportSource.of("a", bytes))).isEqualTo(bytes);
    }

    @Test
    void unreadableInputSaysWhy() {
        ImportSource broken = new ImportSource() {
            public String location() {
                return "gone.txt";
            }

            public long size() {
                return -1;
            }

            public InputStream open() throws IOException {
                throw new IOException("no such file");
            }
        };
        assertThatThrownBy(() -> limit.readAll(broken)).isInstanceOf(ImportException.class)
                .hasMessage("cannot read: no such file").hasCauseInstanceOf(IOException.class);
    }

    @Test
    void limitedStreamThrowsTooLargeOnePastTheLimit() throws Exception {
        SizeLimit five = new SizeLimit("feed", 5, "maxSizeMiB");
        try (InputStream in = five.limit(new ByteArrayInputStream("12345".getBytes()))) {
            assertThat(in.readAllBytes()).hasSize(5);
        }
        InputStream in = five.limit(new ByteArrayInputStream("123456".getBytes()));
        assertThatThrownBy(in::readAllBytes).isInstanceOf(SizeLimit.TooLarge.class)
                .satisfies(e -> assertThat(SizeLimit.isTooLarge(new IOException("wrapped", e))).isTrue());
        InputStream bytewise = five.limit(new ByteArrayInputStream("123456".getBytes()));
        for (int i = 0; i < 5; i++) {
            assertThat(bytewise.read()).isPositive();
        }
        assertThatThrownBy(bytewise::read).isInstanceOf(SizeLimit.TooLarge.class);
        assertThat(five.limit(new ByteArrayInputStream(new byte[0])).markSupported()).isFalse();
        assertThat(SizeLimit.isTooLarge(new IOException("other"))).isFalse();
        assertThat(five.tooLarge("x.rss").getMessage()).isEqualTo("input is larger than the 5 bytes limit (maxSizeMiB)");
    }

    @Test
    void sizesInWords() {
        assertThat(SizeLimit.describe(64L << 20)).isEqualTo("64 MiB");
        assertThat(SizeLimit.describe(3L << 19)).isEqualTo("1.50 MiB");
        assertThat(SizeLimit.describe(1000)).isEqualTo("1000 bytes");
        assertThat(SizeLimit.describe(1)).isEqualTo("1 byte");
        assertThatThrownBy(() -> new SizeLimit("x", -1, null)).isInstanceOf(IllegalArgumentException.class);
    }
}

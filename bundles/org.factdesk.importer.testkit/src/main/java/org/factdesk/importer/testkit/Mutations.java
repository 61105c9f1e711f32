package org.factdesk.importer.testkit;

import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators for the importers' property tests: random bytes, and real inputs broken the ways
 * files break (cut off, bytes changed, runs of one byte).
 */
public final class Mutations {

    private Mutations() {
    }

    /**
     * @param maxSize the largest array
     * @return random byte arrays of 0 to {@code maxSize} bytes
     */
    public static Arbitrary<byte[]> randomBytes(int maxSize) {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(maxSize);
    }

    /**
     * @param fixtures well-formed inputs, at least one
     * @return one of them truncated, with bytes flipped, or with a burst of one byte value, at a random place
     *         (see {@link #mutate})
     */
    public static Arbitrary<byte[]> of(List<byte[]> fixtures) {
        return Combinators.combine(Arbitraries.of(fixtures), Arbitraries.integers().between(0, 2),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(1, 64), Arbitraries.bytes())
                .as(Mutations::mutate);
    }

    /**
     * @param fixtures     well-formed inputs, at least one, none empty
     * @param maxPositions the most bytes overwritten
     * @return one of them truncated anywhere, or with 1 to {@code maxPositions} bytes overwritten by random values
     */
    public static Arbitrary<byte[]> truncatedOrOverwritten(List<byte[]> fixtures, int maxPositions) {
        return Arbitraries.of(fixtures).flatMap(b -> Arbitraries.oneOf(
                Arbitraries.integers().between(0, b.length).map(n -> Arrays.copyOf(b, n)),
                Arbitraries.integers().between(0, b.length - 1).list().ofMinSize(1).ofMaxSize(maxPositions)
                        .flatMap(positions -> Arbitraries.bytes().list().ofSize(positions.size()).map(values -> {
                            byte[] copy = b.clone();
                            for (int i = 0; i < positions.size(); i++) {
                                copy[positions.get(i)] = values.get(i);
                            }
                            return copy;
                        }))));
    }

    /**
     * One mutation of an input.
     *
     * @param input the input; not changed
     * @param kind  0: cut off at {@code where}; 1: up to {@code count} bytes flipped, 97 bytes apart, from
     *              {@code where} on; 2: {@code count} bytes from {@code where} set to {@code value}
     * @param where where, as a share of the input's length, 0 to 1
     * @param count how many bytes, at least 1
     * @param value the byte to flip with (0: 0x5A) or to set
     * @return the mutated copy
     */
    public static byte[] mutate(byte[] input, int kind, double where, int count, byte value) {
        int at = (int) (where * input.length);
        return switch (kind) {
            case 0 -> Arrays.copyOf(input, at);
            case 1 -> {
                byte[] b = input.clone();
                for (int i = 0; i < count && at + i * 97 < b.length; i++) {
                    b[at + i * 97] ^= (byte) (value == 0 ? 0x5A : value);
                }
                yield b;
            }
            default -> {
                byte[] b = input.clone();
                Arrays.fill(b, Math.min(at, b.length), Math.min(b.length, at + count), value);
                yield b;
            }
        };
    }
}

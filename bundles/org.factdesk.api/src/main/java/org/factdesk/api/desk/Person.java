package org.factdesk.api.desk;

import java.util.Objects;

/**
 * Someone at the desk.
 *
 * @param id        short user name, for example {@code "ana"}
 * @param name      full name, as published
 * @param role      what they may do
 * @param publicKey their Ed25519 public key (X.509, Base64), which their journal entries and
 *                  sign-offs verify against; empty once revoked
 */
public record Person(String id, String name, Role role, String publicKey) {
    /** @throws NullPointerException if a part is {@code null} */
    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(publicKey, "publicKey");
    }

    /** The key's short name, which people compare: the first 16 hex digits of its SHA-256; {@code "revoked"} without a key. */
    public String keyFingerprint() {
        return fingerprint(publicKey);
    }

    /** {@link #keyFingerprint()} of a public key. */
    public static String fingerprint(String publicKey) {
        if (publicKey.isEmpty()) {
            return "revoked";
        }
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(publicKey.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return java.util.HexFormat.of().formatHex(d, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}

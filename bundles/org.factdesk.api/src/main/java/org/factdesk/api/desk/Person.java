package org.factdesk.api.desk;

import java.util.Objects;

/**
 * Someone at the desk.
 *
 * @param id        short user name, for example {@code "ana"}
 * @param name      full name, as published
 * @param role      what they may do
 * @param publicKey their Ed25519 public key (X.509, Base64); sign-offs verify against it
 */
public record Person(String id, String name, Role role, String publicKey) {
    /** @throws NullPointerException if a part is {@code null} */
    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(publicKey, "publicKey");
    }
}

package org.factdesk.workflow.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import org.factdesk.api.desk.Person;
import org.factdesk.api.desk.WorkflowException;

/**
 * The people's Ed25519 keys. Private keys live in a key directory on the person's own machine,
 * outside the workspace (whoever can edit a workspace must not be able to sign in someone's
 * name), one file per key, readable by its owner only; public keys go into the journal.
 */
final class KeyRing {

    private final Path dir;

    KeyRing(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    /** Makes a key pair for {@code id}, stores the private key, returns the public key (X.509, Base64). */
    String create(String id) throws WorkflowException {
        KeyPair pair = generate();
        store(id, pair);
        return publicKey(pair);
    }

    static KeyPair generate() throws WorkflowException {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new WorkflowException("cannot make an Ed25519 key pair: " + e.getMessage(), e);
        }
    }

    static String publicKey(KeyPair pair) {
        return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
    }

    /** Stores the private key, readable by its owner only. */
    void store(String id, KeyPair pair) throws WorkflowException {
        Path file = file(id, publicKey(pair));
        try {
            Files.createDirectories(dir);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n", StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException e) {
            throw new WorkflowException("a key file for " + id + " already exists: " + e.getFile());
        } catch (IOException e) {
            throw new WorkflowException("cannot store the private key of " + id + " in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Removes a private key stored for a change that was then not recorded. */
    void forget(Person person) {
        try {
            Files.deleteIfExists(file(person.id(), person.publicKey()));
        } catch (IOException ignored) {
            // an unused key file harms nothing
        }
    }

    String sign(Person person, String payload) throws WorkflowException {
        return sign(privateKey(person), payload.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Signs journal entries for {@code person}; FactDesk acts for nobody whose private key is not at hand.
     *
     * @throws WorkflowException if this key directory does not hold the person's current private key
     */
    org.factdesk.api.store.Change.Signer signer(Person person) throws WorkflowException {
        PrivateKey key = privateKey(person);
        return bytes -> {
            try {
                return sign(key, bytes);
            } catch (WorkflowException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        };
    }

    private static String sign(PrivateKey key, byte[] bytes) throws WorkflowException {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(key);
            s.update(bytes);
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new WorkflowException("cannot sign: " + e.getMessage(), e);
        }
    }

    private PrivateKey privateKey(Person person) throws WorkflowException {
        if (person.publicKey().isEmpty()) {
            throw new WorkflowException(person.id() + "'s key was revoked: an admin registers a new one (factdesk user key " + person.id() + " --public-key FILE)");
        }
        Path file = file(person.id(), person.publicKey());
        if (!Files.isRegularFile(file)) {
            throw new WorkflowException("the private key of " + person.id() + " is not on this machine (looked for " + file
                    + "): every action is signed with its author's own key; point --keys (or FACTDESK_KEYS) at " + person.id() + "'s key directory");
        }
        try {
            byte[] pkcs8 = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new WorkflowException("the key file " + file + " does not hold an Ed25519 private key", e);
        }
    }

    /** Whether the text is an Ed25519 public key as FactDesk writes them (X.509, Base64). */
    static boolean isPublicKey(String publicKey) {
        try {
            return publicKey != null && KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey.strip()))) != null;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    static boolean verify(String publicKey, String payload, String signature) {
        return verify(publicKey, payload.getBytes(StandardCharsets.UTF_8), signature);
    }

    static boolean verify(String publicKey, byte[] payload, String signature) {
        if (publicKey == null || publicKey.isEmpty() || signature == null) {
            return false;
        }
        try {
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(key);
            s.update(payload);
            return s.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code ID-FINGERPRINT.key}: a person added again in another workspace gets another file. */
    private Path file(String id, String publicKey) {
        return dir.resolve(id + "-" + fingerprint(publicKey) + ".key");
    }

    static String fingerprint(String publicKey) {
        return Person.fingerprint(publicKey);
    }
}

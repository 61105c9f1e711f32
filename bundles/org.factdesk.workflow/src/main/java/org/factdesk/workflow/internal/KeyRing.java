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
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            String publicKey = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
            Files.createDirectories(dir);
            Path file = file(id, publicKey);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n", StandardCharsets.US_ASCII);
            return publicKey;
        } catch (FileAlreadyExistsException e) {
            throw new WorkflowException("a key file for " + id + " already exists: " + e.getFile());
        } catch (IOException | GeneralSecurityException e) {
            throw new WorkflowException("cannot make a key pair for " + id + " in " + dir + ": " + e, e);
        }
    }

    String sign(Person person, String payload) throws WorkflowException {
        Path file = file(person.id(), person.publicKey());
        if (!Files.isRegularFile(file)) {
            throw new WorkflowException("the private key of " + person.id() + " is not on this machine (looked for " + file
                    + "): a sign-off is made with the editor's own key; point --keys (or FACTDESK_KEYS) at their key directory");
        }
        try {
            byte[] pkcs8 = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            PrivateKey key = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(key);
            s.update(payload.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new WorkflowException("cannot sign with the key in " + file + ": " + e, e);
        }
    }

    static boolean verify(String publicKey, String payload, String signature) {
        try {
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(key);
            s.update(payload.getBytes(StandardCharsets.UTF_8));
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
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(publicKey.getBytes(StandardCharsets.US_ASCII));
            return java.util.HexFormat.of().formatHex(d, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

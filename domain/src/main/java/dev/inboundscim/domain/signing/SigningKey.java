package dev.inboundscim.domain.signing;

import dev.inboundscim.domain.id.RandomIds;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * An RS256 key pair that signs the tokens this server issues (back-channel logout tokens). {@code current} signs;
 * {@code previous} no longer signs but is still published, so tokens signed just before a rotation still verify;
 * {@code revoked} is neither. Keys are kept as DER in Base64 (X.509 public, PKCS#8 private).
 */
public record SigningKey(String kid, String publicKey, String privateKey, Status status, Instant createdAt,
                         Instant rotatedAt) {

    public enum Status { CURRENT, PREVIOUS, REVOKED }

    public SigningKey {
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A fresh 2048-bit RSA key pair with a random kid. */
    public static SigningKey generate(Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Base64.Encoder base64 = Base64.getEncoder();
            return new SigningKey(RandomIds.alphanumeric("", 24), base64.encodeToString(pair.getPublic().getEncoded()),
                    base64.encodeToString(pair.getPrivate().getEncoded()), Status.CURRENT, now, null);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has RSA", e);
        }
    }

    public boolean isPublished() {
        return status != Status.REVOKED;
    }

    public RSAPublicKey rsaPublicKey() {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("stored signing key " + kid + " is unreadable", e);
        }
    }

    public RSAPrivateKey rsaPrivateKey() {
        try {
            return (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKey)));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("stored signing key " + kid + " is unreadable", e);
        }
    }

    @Override
    public String toString() {
        // Never the private key, wherever a key ends up printed.
        return "SigningKey[kid=" + kid + ", status=" + status + "]";
    }
}

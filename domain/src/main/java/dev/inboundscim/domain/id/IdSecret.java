package dev.inboundscim.domain.id;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A secret {@code <id>.<64 hex>}: 256 random bits behind a public id, so the id finds the stored digest and the digest
 * proves the secret, compared in constant time. Setup tickets and OAuth client secrets have this shape (SCIM tokens
 * too, parsed by hand on their hot path in {@code TokenSecret}). Never logged: {@link #toString()} hides it.
 */
public final class IdSecret {

    private static final int DIGITS = 64;

    private final String id;
    private final String value;

    private IdSecret(String id, String value) {
        this.id = id;
        this.value = value;
    }

    /** A fresh secret behind {@code id}. */
    public static IdSecret generate(String id) {
        return new IdSecret(id, id + "." + RandomIds.hex(DIGITS / 2));
    }

    /** The secret presented, if it is {@code prefix} + {@code idLength} alphanumerics, a dot and 64 hex digits. */
    public static Optional<IdSecret> parse(String presented, String prefix, int idLength) {
        int dot = prefix.length() + idLength;
        if (presented == null || presented.length() != dot + 1 + DIGITS || presented.charAt(dot) != '.'
                || !IdShape.lowerHex(presented, dot + 1, presented.length())) {
            return Optional.empty();
        }
        String id = presented.substring(0, dot);
        return IdShape.prefixedAlphanumeric(id, prefix, idLength) ? Optional.of(new IdSecret(id, presented))
                : Optional.empty();
    }

    public String id() {
        return id;
    }

    /** The secret itself, for the one answer that shows it. */
    public String reveal() {
        return value;
    }

    /** The SHA-256 digest, lower-case hex: the only form that is stored. */
    public String digest() {
        return sha256Hex(value);
    }

    /** SHA-256 of {@code text} as lower-case hex: how every secret of this server is kept. */
    public static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** Whether this secret's digest equals {@code storedDigest}, compared in constant time. */
    public boolean matches(String storedDigest) {
        return MessageDigest.isEqual(digest().getBytes(StandardCharsets.US_ASCII),
                storedDigest.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return id + ".…";
    }
}

package dev.inboundscim.domain.signing;

import dev.inboundscim.domain.id.IdShape;

/** A signing key's {@code kid}: 24 letters and digits, as {@link SigningKey#generate} makes them. */
public record SigningKeyId(String value) {

    public SigningKeyId {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a signing key id");
        }
    }

    public static boolean isWellFormed(String value) {
        return IdShape.prefixedAlphanumeric(value, "", 24);
    }
}

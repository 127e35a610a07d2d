package dev.inboundscim.domain.token;

import dev.inboundscim.domain.id.IdShape;
import dev.inboundscim.domain.id.RandomIds;
import java.util.Objects;

/** A SCIM token's public id: {@code tok_} followed by 16 alphanumerics. */
public record TokenId(String value) {

    static final String PREFIX = "tok_";
    static final int LENGTH = 16;

    public TokenId {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a token id");
        }
    }

    public static boolean isWellFormed(String text) {
        return IdShape.prefixedAlphanumeric(text, PREFIX, LENGTH);
    }

    public static TokenId generate() {
        return new TokenId(RandomIds.alphanumeric(PREFIX, LENGTH));
    }

    @Override
    public String toString() {
        return value;
    }
}

package dev.inboundscim.domain.oauth;

import dev.inboundscim.domain.id.IdShape;
import dev.inboundscim.domain.id.RandomIds;
import java.util.Objects;

/** One secret of an OAuth client: {@code scs_} followed by 16 alphanumerics, the first 20 characters of it. */
public record ClientSecretId(String value) {

    static final String PREFIX = "scs_";
    static final int LENGTH = 16;

    public ClientSecretId {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a client secret id");
        }
    }

    public static boolean isWellFormed(String text) {
        return IdShape.prefixedAlphanumeric(text, PREFIX, LENGTH);
    }

    public static ClientSecretId generate() {
        return new ClientSecretId(RandomIds.alphanumeric(PREFIX, LENGTH));
    }

    @Override
    public String toString() {
        return value;
    }
}

package dev.inboundscim.domain.oauth;

import dev.inboundscim.domain.id.IdShape;
import dev.inboundscim.domain.id.RandomIds;
import java.util.Objects;

/** An OAuth client of a connection's SCIM endpoint (SPEC §9): {@code cli_} followed by 16 alphanumerics. */
public record ScimClientId(String value) {

    static final String PREFIX = "cli_";
    static final int LENGTH = 16;

    public ScimClientId {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a client id");
        }
    }

    public static boolean isWellFormed(String text) {
        return IdShape.prefixedAlphanumeric(text, PREFIX, LENGTH);
    }

    public static ScimClientId generate() {
        return new ScimClientId(RandomIds.alphanumeric(PREFIX, LENGTH));
    }

    @Override
    public String toString() {
        return value;
    }
}

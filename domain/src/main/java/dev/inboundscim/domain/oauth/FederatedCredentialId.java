package dev.inboundscim.domain.oauth;

import dev.inboundscim.domain.id.IdShape;
import dev.inboundscim.domain.id.RandomIds;
import java.util.Objects;

/** A federated credential of a connection (SPEC §9): {@code fcr_} followed by 16 alphanumerics. */
public record FederatedCredentialId(String value) {

    static final String PREFIX = "fcr_";
    static final int LENGTH = 16;

    public FederatedCredentialId {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a federated credential id");
        }
    }

    public static boolean isWellFormed(String text) {
        return IdShape.prefixedAlphanumeric(text, PREFIX, LENGTH);
    }

    public static FederatedCredentialId generate() {
        return new FederatedCredentialId(RandomIds.alphanumeric(PREFIX, LENGTH));
    }

    @Override
    public String toString() {
        return value;
    }
}

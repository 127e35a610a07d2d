package dev.inboundscim.domain.role;

import dev.inboundscim.domain.id.IdShape;
import dev.inboundscim.domain.id.RandomIds;
import java.util.Objects;

/** A role's id: {@code rol_} followed by 16 alphanumerics (SPEC §12). */
public record RoleId(String value) {

    private static final String PREFIX = "rol_";
    private static final int LENGTH = 16;

    public RoleId {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a role id: " + value);
        }
    }

    public static RoleId generate() {
        return new RoleId(RandomIds.alphanumeric(PREFIX, LENGTH));
    }

    public static boolean isWellFormed(String text) {
        return IdShape.prefixedAlphanumeric(text, PREFIX, LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}

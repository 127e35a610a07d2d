package dev.inboundscim.domain.group;

import dev.inboundscim.domain.id.IdShape;
import dev.inboundscim.domain.id.RandomIds;
import java.util.Objects;

/** A group's permanent id and SCIM {@code id}: {@code grp_} followed by 16 alphanumerics. */
public record GroupId(String value) {

    private static final String PREFIX = "grp_";
    private static final int LENGTH = 16;

    public GroupId {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a group id: " + value);
        }
    }

    public static GroupId generate() {
        return new GroupId(RandomIds.alphanumeric(PREFIX, LENGTH));
    }

    /** Whether {@code text} has the shape of a group id; anything else cannot name a stored group. */
    public static boolean isWellFormed(String text) {
        return IdShape.prefixedAlphanumeric(text, PREFIX, LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}

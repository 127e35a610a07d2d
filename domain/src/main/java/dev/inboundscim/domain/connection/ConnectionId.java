package dev.inboundscim.domain.connection;

import dev.inboundscim.domain.id.IdShape;
import dev.inboundscim.domain.id.RandomIds;
import java.util.Objects;

/** A connection's id: {@code con_} followed by 16 alphanumerics. */
public record ConnectionId(String value) {

    private static final String PREFIX = "con_";
    private static final int LENGTH = 16;

    public ConnectionId {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a connection id");
        }
    }

    /** Whether {@code text} has the shape of a connection id, so a lookup is worth making. */
    public static boolean isWellFormed(String text) {
        return IdShape.prefixedAlphanumeric(text, PREFIX, LENGTH);
    }

    public static ConnectionId generate() {
        return new ConnectionId(RandomIds.alphanumeric(PREFIX, LENGTH));
    }

    @Override
    public String toString() {
        return value;
    }
}

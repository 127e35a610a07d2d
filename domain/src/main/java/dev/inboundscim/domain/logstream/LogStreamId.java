package dev.inboundscim.domain.logstream;

import dev.inboundscim.domain.id.IdShape;
import dev.inboundscim.domain.id.RandomIds;
import java.util.Objects;

/** A log stream's permanent id: {@code lst_} followed by 16 alphanumerics. */
public record LogStreamId(String value) {

    private static final String PREFIX = "lst_";
    private static final int LENGTH = 16;

    public LogStreamId {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a log stream id: " + value);
        }
    }

    public static LogStreamId generate() {
        return new LogStreamId(RandomIds.alphanumeric(PREFIX, LENGTH));
    }

    /** Whether {@code text} has the shape of a log stream id; anything else cannot name a stored stream. */
    public static boolean isWellFormed(String text) {
        return IdShape.prefixedAlphanumeric(text, PREFIX, LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}

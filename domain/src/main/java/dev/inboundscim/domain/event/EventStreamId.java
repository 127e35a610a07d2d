package dev.inboundscim.domain.event;

import dev.inboundscim.domain.id.IdShape;
import dev.inboundscim.domain.id.RandomIds;
import java.util.Objects;

/** An event stream's permanent id: {@code evs_} followed by 16 alphanumerics. */
public record EventStreamId(String value) {

    private static final String PREFIX = "evs_";
    private static final int LENGTH = 16;

    public EventStreamId {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not an event stream id: " + value);
        }
    }

    public static EventStreamId generate() {
        return new EventStreamId(RandomIds.alphanumeric(PREFIX, LENGTH));
    }

    /** Whether {@code text} has the shape of an event stream id; anything else cannot name a stored stream. */
    public static boolean isWellFormed(String text) {
        return IdShape.prefixedAlphanumeric(text, PREFIX, LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}

package dev.inboundscim.domain.setup;

import dev.inboundscim.domain.id.IdShape;
import dev.inboundscim.domain.id.RandomIds;
import java.util.Objects;

/** A setup ticket's public id: {@code stk_} followed by 16 alphanumerics. */
public record SetupTicketId(String value) {

    static final String PREFIX = "stk_";
    static final int LENGTH = 16;

    public SetupTicketId {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a setup ticket id");
        }
    }

    public static boolean isWellFormed(String text) {
        return IdShape.prefixedAlphanumeric(text, PREFIX, LENGTH);
    }

    public static SetupTicketId generate() {
        return new SetupTicketId(RandomIds.alphanumeric(PREFIX, LENGTH));
    }

    @Override
    public String toString() {
        return value;
    }
}

package dev.inboundscim.domain.user;

import dev.inboundscim.domain.connection.ConnectionName;
import dev.inboundscim.domain.connection.Strategy;
import dev.inboundscim.domain.error.BadRequestException;
import java.util.Objects;

/** A user's permanent id and SCIM {@code id}: {@code <strategy>|<connection name>|<user id attribute value>}. */
public record UserId(String value) {

    /** Generous, but bounded: the id is a primary key and appears in URLs. */
    public static final int MAX_LENGTH = 1024;

    public UserId {
        Objects.requireNonNull(value, "value");
        if (!isAcceptable(value)) {
            throw new IllegalArgumentException("user id length out of range or contains NUL");
        }
    }

    /** Whether {@code text} can be a user id: 1 to {@link #MAX_LENGTH} characters, no NUL (no store keeps one). */
    public static boolean isAcceptable(String text) {
        return text != null && !text.isEmpty() && text.length() <= MAX_LENGTH && text.indexOf('\0') < 0;
    }

    /** The id of a user created through {@code connection} whose user-id attribute has {@code key}. */
    public static UserId of(Strategy strategy, ConnectionName connection, String key) {
        String id = strategy.wireName() + "|" + connection.value() + "|" + key;
        if (!isAcceptable(id)) {
            throw BadRequestException.invalidValue("the user id attribute value is too long or contains NUL");
        }
        return new UserId(id);
    }

    @Override
    public String toString() {
        return value;
    }
}

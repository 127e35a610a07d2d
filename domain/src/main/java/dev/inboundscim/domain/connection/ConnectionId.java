package dev.inboundscim.domain.connection;

import dev.inboundscim.domain.id.RandomIds;
import java.util.Objects;
import java.util.regex.Pattern;

/** A connection's id: {@code con_} followed by 16 alphanumerics. */
public record ConnectionId(String value) {

    private static final Pattern FORMAT = Pattern.compile("con_[A-Za-z0-9]{16}");

    public ConnectionId {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a connection id");
        }
    }

    /** Whether {@code text} has the shape of a connection id, so a lookup is worth making. */
    public static boolean isWellFormed(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    public static ConnectionId generate() {
        return new ConnectionId(RandomIds.alphanumeric("con_", 16));
    }

    @Override
    public String toString() {
        return value;
    }
}

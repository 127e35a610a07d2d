package dev.inboundscim.domain.client;

import dev.inboundscim.domain.id.RandomIds;
import java.util.Objects;
import java.util.regex.Pattern;

/** An application's client id: 32 alphanumerics, as Auth0 issues them. */
public record ClientId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9]{32}");

    public ClientId {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a client id: " + value);
        }
    }

    public static ClientId generate() {
        return new ClientId(RandomIds.alphanumeric("", 32));
    }

    public static boolean isWellFormed(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}

package dev.inboundscim.domain.token;

import dev.inboundscim.domain.id.RandomIds;
import java.util.Objects;
import java.util.regex.Pattern;

/** A SCIM token's public id: {@code tok_} followed by 16 alphanumerics. */
public record TokenId(String value) {

    static final Pattern FORMAT = Pattern.compile("tok_[A-Za-z0-9]{16}");

    public TokenId {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a token id");
        }
    }

    public static boolean isWellFormed(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    public static TokenId generate() {
        return new TokenId(RandomIds.alphanumeric("tok_", 16));
    }

    @Override
    public String toString() {
        return value;
    }
}

package dev.inboundscim.domain.connection;

import dev.inboundscim.domain.error.BadRequestException;
import java.util.regex.Pattern;

/** A connection's unique name: letters, digits and inner hyphens, 2 to 128 characters (SPEC §1). */
public record ConnectionName(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,126}[A-Za-z0-9]");

    public ConnectionName {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw BadRequestException.invalidValue("name must match [A-Za-z0-9][A-Za-z0-9-]{0,126}[A-Za-z0-9]");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

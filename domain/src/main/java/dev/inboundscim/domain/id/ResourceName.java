package dev.inboundscim.domain.id;

import dev.inboundscim.domain.error.BadRequestException;

/** The rule for the name an operator gives a client or a log stream: present, at most 128 characters. */
public final class ResourceName {

    public static final int MAX_LENGTH = 128;

    private ResourceName() {
    }

    /** {@code name} when it follows the rule; {@code invalidValue} otherwise. */
    public static String require(String name) {
        if (name == null || name.isBlank()) {
            throw BadRequestException.invalidValue("name is required");
        }
        if (name.length() > MAX_LENGTH) {
            throw BadRequestException.invalidValue("name must have at most " + MAX_LENGTH + " characters");
        }
        return name;
    }
}

package dev.inboundscim.domain.organization;

import dev.inboundscim.domain.error.BadRequestException;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A customer organization (SPEC §4–§5): users of its enabled connections that have {@code assign_membership_on_login}
 * join it when SCIM creates them or when they log in. {@code name} is unique, lower case, as Auth0 requires.
 */
public record Organization(OrganizationId id, String name, String displayName, Instant createdAt) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9](?:[a-z0-9_-]{0,48}[a-z0-9])?");

    public Organization {
        Objects.requireNonNull(id, "id");
        if (name == null || !NAME.matcher(name).matches()) {
            throw BadRequestException.invalidValue("name must be 1 to 50 lower-case letters, digits, '-' or '_', "
                    + "starting and ending with a letter or digit");
        }
        if (displayName != null && displayName.length() > 255) {
            throw BadRequestException.invalidValue("display_name must have at most 255 characters");
        }
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static Organization create(String name, String displayName, Instant now) {
        return new Organization(OrganizationId.generate(), name, displayName, now);
    }
}

package dev.inboundscim.domain.role;

import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.scim.value.CanonicalText;
import java.time.Instant;
import java.util.Objects;

/**
 * A tenant-level role (SPEC §12), assigned to users, to groups and to groups inside organizations. {@code name} is
 * unique after {@link CanonicalText} (NFKC + lower case), which the store decides through {@link #nameKey}.
 */
public record Role(RoleId id, String name, String description, Instant createdAt, Instant updatedAt) {

    static final int MAX_NAME = 128;
    static final int MAX_DESCRIPTION = 255;

    public Role {
        Objects.requireNonNull(id, "id");
        if (name == null || name.isEmpty() || name.length() > MAX_NAME || name.indexOf('\0') >= 0) {
            throw BadRequestException.invalidValue("name must have 1 to " + MAX_NAME + " characters");
        }
        if (description != null && (description.length() > MAX_DESCRIPTION || description.indexOf('\0') >= 0)) {
            throw BadRequestException.invalidValue("description must have at most " + MAX_DESCRIPTION
                    + " characters");
        }
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static Role create(String name, String description, Instant now) {
        return new Role(RoleId.generate(), name, description, now, now);
    }

    /** The role with {@code name} and/or {@code description} changed (null: unchanged), stamped {@code now}. */
    public Role edited(String newName, String newDescription, Instant now) {
        return new Role(id, newName == null ? name : newName, newDescription == null ? description : newDescription,
                createdAt, now);
    }

    /** What uniqueness and the {@code value} filters of {@code /Roles} compare. */
    public String nameKey() {
        return CanonicalText.of(name);
    }

    /** The SCIM {@code display} (SPEC §12): the description, or the name when there is none. */
    public String display() {
        return description == null || description.isEmpty() ? name : description;
    }

    /** What the {@code display} filters of {@code /Roles} compare. */
    public String displayKey() {
        return CanonicalText.of(display());
    }
}

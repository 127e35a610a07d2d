package dev.inboundscim.domain.group;

import java.util.Objects;

/** A group as a member's {@code groups} attribute shows it. */
public record GroupRef(GroupId id, String displayName) {
    public GroupRef {
        Objects.requireNonNull(id, "id");
    }
}

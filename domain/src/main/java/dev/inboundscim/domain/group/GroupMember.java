package dev.inboundscim.domain.group;

import dev.inboundscim.domain.user.UserId;
import java.util.Objects;

/** One member of a group as responses show it: the user's id and its display text (null when it has none). */
public record GroupMember(UserId userId, String display) {
    public GroupMember {
        Objects.requireNonNull(userId, "userId");
    }
}

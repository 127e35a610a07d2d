package dev.inboundscim.application.port.in.scim;

import dev.inboundscim.domain.group.Group;
import dev.inboundscim.domain.group.GroupMember;
import java.util.function.Consumer;

/**
 * A stored group and a way to read its members. Members are read lazily, in batches, while the response is written:
 * a group of 200,000 members never sits in memory at once, and a response that leaves members out never reads them.
 */
public record ScimGroupView(Group group, Members members) {

    /** The members of one group, in user id order. */
    @FunctionalInterface
    public interface Members {
        void forEach(Consumer<GroupMember> action);
    }
}

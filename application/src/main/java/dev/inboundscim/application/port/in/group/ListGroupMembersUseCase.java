package dev.inboundscim.application.port.in.group;

import dev.inboundscim.domain.group.GroupId;
import dev.inboundscim.domain.group.GroupMember;
import dev.inboundscim.domain.user.UserId;
import java.util.List;

/**
 * A group's members for the Management API, with checkpoint paging as Auth0's member lists have it: {@code from} is
 * the {@code next} of the previous page, so a page costs its size even deep into a 200,000-member group.
 */
public interface ListGroupMembersUseCase {

    MemberPage list(ListGroupMembersCommand command);

    /** {@code take} defaults to 50 and is capped at 1000; a null {@code from} starts at the first member. */
    record ListGroupMembersCommand(GroupId groupId, UserId from, Integer take) {
    }

    /** {@code next} is null on the last page. */
    record MemberPage(List<GroupMember> members, String next, long total) {
        public MemberPage {
            members = List.copyOf(members);
        }
    }
}

package dev.inboundscim.application.service.scim;

import dev.inboundscim.application.GroupLimits;
import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.application.port.in.scim.ScimGroupView;
import dev.inboundscim.application.port.out.GroupRepository;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.group.Group;
import dev.inboundscim.domain.group.GroupId;
import dev.inboundscim.domain.group.GroupMember;
import dev.inboundscim.domain.mapping.ProfilePath;
import dev.inboundscim.domain.user.UserId;
import java.util.List;

/** Lookups, limits and views shared by the SCIM group use cases. */
final class ScimGroups {

    /** Members read per store round trip while a response streams; bounds the memory one response holds. */
    static final int MEMBER_BATCH = 1000;

    private ScimGroups() {
    }

    /** The group of the request's connection; another connection's is simply not found. */
    static Group require(GroupRepository groups, ScimContext context, GroupId groupId) {
        return groups.findById(context.connection().id(), groupId)
                .orElseThrow(() -> new NotFoundException("Group not found"));
    }

    static void requireWithinRequestLimit(int memberIds, GroupLimits limits) {
        if (memberIds > limits.maxMembersPerRequest()) {
            throw BadRequestException.tooMany("a request may name at most " + limits.maxMembersPerRequest()
                    + " members; split the change into several requests");
        }
    }

    static ScimGroupView view(ScimContext context, Group group, GroupRepository groups) {
        ProfilePath display = MemberDisplay.path(context.configuration().mapping());
        return new ScimGroupView(group, action -> {
            UserId after = null;
            while (true) {
                List<GroupMember> batch = groups.members(group.id(), after, MEMBER_BATCH, display);
                batch.forEach(action);
                if (batch.size() < MEMBER_BATCH) {
                    return;
                }
                after = batch.getLast().userId();
            }
        });
    }
}

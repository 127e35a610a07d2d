package dev.inboundscim.application.service.scim;

import dev.inboundscim.application.port.in.scim.CreateScimGroupUseCase;
import dev.inboundscim.application.port.in.scim.ScimGroupView;
import dev.inboundscim.application.port.out.GroupRepository;
import dev.inboundscim.application.service.log.LogEntries;
import dev.inboundscim.domain.group.Group;
import dev.inboundscim.domain.group.GroupId;
import dev.inboundscim.domain.group.GroupResource;
import java.time.Instant;

/** Creates a group with its members; the store decides displayName races and checks every member is a user. */
public final class CreateScimGroupService implements CreateScimGroupUseCase {

    private final GroupRepository groups;
    private final GroupWrites writes;
    private final LogEntries entries;

    public CreateScimGroupService(GroupRepository groups, GroupWrites writes, LogEntries entries) {
        this.groups = groups;
        this.writes = writes;
        this.entries = entries;
    }

    @Override
    public ScimGroupView create(CreateScimGroupCommand command) {
        GroupResource resource = command.resource();
        ScimGroups.requireWithinRequestLimit(resource.members().size(), writes.limits());
        Instant now = entries.now();
        Group group = new Group(GroupId.generate(), command.context().connection().id(), resource.displayName(),
                resource.externalId(), now, now, 1, resource.members().size());
        groups.insert(writes.insert(group, resource.members(), entries.scimSuccess(group.connectionId().value(),
                command.request(), "Create group", null, now), now));
        return ScimGroups.view(command.context(), group, groups);
    }
}

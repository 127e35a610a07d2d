package dev.inboundscim.application.service.scim;

import dev.inboundscim.application.port.in.scim.CreateScimGroupUseCase;
import dev.inboundscim.application.port.in.scim.ScimGroupView;
import dev.inboundscim.application.port.out.GroupRepository;
import dev.inboundscim.application.service.log.ScimLogEntries;
import dev.inboundscim.domain.group.Group;
import dev.inboundscim.domain.group.GroupId;
import dev.inboundscim.domain.group.GroupResource;
import java.time.Clock;
import java.time.Instant;

/** Creates a group with its members; the store decides displayName races and checks every member is a user. */
public final class CreateScimGroupService implements CreateScimGroupUseCase {

    private final GroupRepository groups;
    private final GroupWrites writes;
    private final Clock clock;

    public CreateScimGroupService(GroupRepository groups, GroupWrites writes, Clock clock) {
        this.groups = groups;
        this.writes = writes;
        this.clock = clock;
    }

    @Override
    public ScimGroupView create(CreateScimGroupCommand command) {
        GroupResource resource = command.resource();
        ScimGroups.requireWithinRequestLimit(resource.members().size(), writes.limits());
        Instant now = clock.instant();
        Group group = new Group(GroupId.generate(), command.context().connection().id(), resource.displayName(),
                resource.externalId(), now, now, 1, resource.members().size());
        groups.insert(writes.insert(group, resource.members(), ScimLogEntries.success(group.connectionId().value(),
                command.request(), "Create group", null, now), now));
        return ScimGroups.view(command.context(), group, groups);
    }
}

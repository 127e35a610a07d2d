package dev.inboundscim.adapter.in.http.management;

import dev.inboundscim.application.port.in.group.GetGroupUseCase;
import dev.inboundscim.application.port.in.group.ListGroupMembersUseCase;
import dev.inboundscim.application.port.in.group.ListGroupsUseCase;
import dev.inboundscim.application.port.in.group.ListUserGroupsUseCase;

/** The use cases of {@code /groups} and {@code /users/{id}/groups}. */
public record GroupUseCases(ListGroupsUseCase list, GetGroupUseCase get, ListGroupMembersUseCase members,
                            ListUserGroupsUseCase userGroups) {
}

package dev.inboundscim.adapter.in.http.management;

import dev.inboundscim.application.port.in.group.GetGroupUseCase;
import dev.inboundscim.application.port.in.group.ListGroupMembersUseCase;
import dev.inboundscim.application.port.in.group.ListGroupsUseCase;
import dev.inboundscim.application.port.in.group.ListUserGroupsUseCase;

/** The Management API's group use cases. */
public record ManagementGroupUseCases(ListGroupsUseCase list, GetGroupUseCase get, ListGroupMembersUseCase members,
                                      ListUserGroupsUseCase userGroups) {
}

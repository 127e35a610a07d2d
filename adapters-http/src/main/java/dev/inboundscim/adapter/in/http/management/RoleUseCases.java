package dev.inboundscim.adapter.in.http.management;

import dev.inboundscim.application.port.in.role.AssignRolesUseCase;
import dev.inboundscim.application.port.in.role.CreateRoleUseCase;
import dev.inboundscim.application.port.in.role.DeleteRoleUseCase;
import dev.inboundscim.application.port.in.role.GetEffectiveRolesUseCase;
import dev.inboundscim.application.port.in.role.GetOrganizationMemberRolesUseCase;
import dev.inboundscim.application.port.in.role.GetRoleUseCase;
import dev.inboundscim.application.port.in.role.ListAssignedRolesUseCase;
import dev.inboundscim.application.port.in.role.ListRolesUseCase;
import dev.inboundscim.application.port.in.role.RemoveRolesUseCase;
import dev.inboundscim.application.port.in.role.UpdateRoleUseCase;

/** The use cases of {@code /roles} and of the role assignments of users, groups and organization groups. */
public record RoleUseCases(CreateRoleUseCase create, ListRolesUseCase list, GetRoleUseCase get,
                           UpdateRoleUseCase update, DeleteRoleUseCase delete, AssignRolesUseCase assign,
                           RemoveRolesUseCase remove, ListAssignedRolesUseCase assigned,
                           GetEffectiveRolesUseCase effective, GetOrganizationMemberRolesUseCase organizationMember) {
}

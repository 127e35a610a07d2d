package dev.inboundscim.bootstrap;

import dev.inboundscim.adapter.in.http.management.RoleUseCases;
import dev.inboundscim.adapter.in.http.scim.ScimRoleUseCases;
import dev.inboundscim.application.port.out.Repositories;
import dev.inboundscim.application.service.role.AssignRolesService;
import dev.inboundscim.application.service.role.CreateRoleService;
import dev.inboundscim.application.service.role.DeleteRoleService;
import dev.inboundscim.application.service.role.GetEffectiveRolesService;
import dev.inboundscim.application.service.role.GetOrganizationMemberRolesService;
import dev.inboundscim.application.service.role.GetRoleService;
import dev.inboundscim.application.service.role.ListAssignedRolesService;
import dev.inboundscim.application.service.role.ListRolesService;
import dev.inboundscim.application.service.role.RemoveRolesService;
import dev.inboundscim.application.service.role.RoleChanges;
import dev.inboundscim.application.service.role.RoleTargets;
import dev.inboundscim.application.service.role.ScimRoleSync;
import dev.inboundscim.application.service.role.UpdateRoleService;
import dev.inboundscim.application.service.scim.GetScimRoleService;
import dev.inboundscim.application.service.scim.ListScimRolesService;

/** The services of roles (SPEC §12): the Management API's and the SCIM endpoint's {@code /Roles}. */
final class RoleWiring {

    private RoleWiring() {
    }

    static RoleUseCases management(CoreComponents core) {
        Repositories s = core.repositories();
        RoleTargets targets = new RoleTargets(s.users(), s.groups(), s.organizations());
        RoleChanges changes = new RoleChanges(core.logEntries(), core.logRouter());
        return new RoleUseCases(
                new CreateRoleService(s.roles(), core.clock()),
                new ListRolesService(s.roles()),
                new GetRoleService(s.roles()),
                new UpdateRoleService(s.roles(), core.clock()),
                new DeleteRoleService(s.roles()),
                new AssignRolesService(s.roles(), targets, changes),
                new RemoveRolesService(s.roles(), targets, changes),
                new ListAssignedRolesService(s.roles(), targets),
                new GetEffectiveRolesService(s.roles(), targets),
                new GetOrganizationMemberRolesService(s.roles()));
    }

    static ScimRoleUseCases scim(CoreComponents core) {
        Repositories s = core.repositories();
        return new ScimRoleUseCases(new ListScimRolesService(s.roles(), core.scimSettings(), core.logs(),
                core.logEntries()), new GetScimRoleService(s.roles(), core.logs(), core.logEntries()));
    }

    /** Role sync from SCIM for the SCIM user writes (SPEC §12). */
    static ScimRoleSync scimSync(CoreComponents core) {
        return new ScimRoleSync(core.repositories().roles(), new RoleChanges(core.logEntries(), core.logRouter()));
    }
}

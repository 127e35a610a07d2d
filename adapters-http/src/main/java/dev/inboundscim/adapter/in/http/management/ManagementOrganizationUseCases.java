package dev.inboundscim.adapter.in.http.management;

import dev.inboundscim.application.port.in.organization.OrganizationUseCases.CreateOrganizationUseCase;
import dev.inboundscim.application.port.in.organization.OrganizationUseCases.DeleteOrganizationUseCase;
import dev.inboundscim.application.port.in.organization.OrganizationUseCases.EnableConnectionUseCase;
import dev.inboundscim.application.port.in.organization.OrganizationUseCases.GetOrganizationUseCase;
import dev.inboundscim.application.port.in.organization.OrganizationUseCases.ListEnabledConnectionsUseCase;
import dev.inboundscim.application.port.in.organization.OrganizationUseCases.ListMembersUseCase;
import dev.inboundscim.application.port.in.organization.OrganizationUseCases.ListOrganizationsUseCase;

/** The Management API's organization use cases. */
public record ManagementOrganizationUseCases(CreateOrganizationUseCase create, ListOrganizationsUseCase list,
                                             GetOrganizationUseCase get, DeleteOrganizationUseCase delete,
                                             EnableConnectionUseCase enableConnection,
                                             ListEnabledConnectionsUseCase enabledConnections,
                                             ListMembersUseCase members) {
}

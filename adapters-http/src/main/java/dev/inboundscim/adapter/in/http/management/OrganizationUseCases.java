package dev.inboundscim.adapter.in.http.management;

import dev.inboundscim.application.port.in.organization.CreateOrganizationUseCase;
import dev.inboundscim.application.port.in.organization.DeleteOrganizationUseCase;
import dev.inboundscim.application.port.in.organization.EnableConnectionUseCase;
import dev.inboundscim.application.port.in.organization.GetOrganizationUseCase;
import dev.inboundscim.application.port.in.organization.ListEnabledConnectionsUseCase;
import dev.inboundscim.application.port.in.organization.ListOrganizationMembersUseCase;
import dev.inboundscim.application.port.in.organization.ListOrganizationsUseCase;

/** The use cases of {@code /organizations}. */
public record OrganizationUseCases(CreateOrganizationUseCase create, ListOrganizationsUseCase list,
                                   GetOrganizationUseCase get, DeleteOrganizationUseCase delete,
                                   EnableConnectionUseCase enableConnection,
                                   ListEnabledConnectionsUseCase enabledConnections,
                                   ListOrganizationMembersUseCase members) {
}

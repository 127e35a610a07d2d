package dev.inboundscim.bootstrap;

import dev.inboundscim.adapter.in.http.HttpSettings;
import dev.inboundscim.adapter.in.http.json.JsonCodec;
import dev.inboundscim.adapter.in.http.management.ClientUseCases;
import dev.inboundscim.adapter.in.http.management.ConnectionUseCases;
import dev.inboundscim.adapter.in.http.management.EventStreamUseCases;
import dev.inboundscim.adapter.in.http.management.FederatedCredentialUseCases;
import dev.inboundscim.adapter.in.http.management.GroupUseCases;
import dev.inboundscim.adapter.in.http.management.LogStreamUseCases;
import dev.inboundscim.adapter.in.http.management.ManagementApi;
import dev.inboundscim.adapter.in.http.management.OrganizationUseCases;
import dev.inboundscim.adapter.in.http.management.ScimClientUseCases;
import dev.inboundscim.adapter.in.http.management.ScimConfigurationUseCases;
import dev.inboundscim.adapter.in.http.management.ScimTokenUseCases;
import dev.inboundscim.adapter.in.http.management.SessionUseCases;
import dev.inboundscim.adapter.in.http.management.SetupTicketUseCases;
import dev.inboundscim.adapter.in.http.management.SigningKeyUseCases;
import dev.inboundscim.adapter.in.http.management.UserUseCases;
import dev.inboundscim.adapter.in.http.setup.SetupRoutes;
import dev.inboundscim.application.port.out.EventStreamRepository;
import dev.inboundscim.application.port.out.Repositories;
import dev.inboundscim.application.service.ConnectionLookup;
import dev.inboundscim.application.service.auth.AuthenticateAdminService;
import dev.inboundscim.application.service.client.CreateClientService;
import dev.inboundscim.application.service.client.DeleteClientService;
import dev.inboundscim.application.service.client.GetClientService;
import dev.inboundscim.application.service.client.ListClientsService;
import dev.inboundscim.application.service.client.UpdateClientService;
import dev.inboundscim.application.service.connection.CreateConnectionService;
import dev.inboundscim.application.service.connection.DeleteConnectionService;
import dev.inboundscim.application.service.connection.GetConnectionHealthService;
import dev.inboundscim.application.service.connection.GetConnectionService;
import dev.inboundscim.application.service.connection.ListConnectionsService;
import dev.inboundscim.application.service.connection.UpdateConnectionService;
import dev.inboundscim.application.service.eventstream.CreateEventStreamService;
import dev.inboundscim.application.service.eventstream.DeleteEventStreamService;
import dev.inboundscim.application.service.eventstream.GetEventStreamService;
import dev.inboundscim.application.service.eventstream.ListEventDeliveriesService;
import dev.inboundscim.application.service.eventstream.ListEventStreamsService;
import dev.inboundscim.application.service.eventstream.PollEventsService;
import dev.inboundscim.application.service.eventstream.RedeliverEventsService;
import dev.inboundscim.application.service.eventstream.UpdateEventStreamService;
import dev.inboundscim.application.service.group.GetGroupService;
import dev.inboundscim.application.service.group.ListGroupMembersService;
import dev.inboundscim.application.service.group.ListGroupsService;
import dev.inboundscim.application.service.group.ListUserGroupsService;
import dev.inboundscim.application.service.log.ListLogsService;
import dev.inboundscim.application.service.log.RecordManagementOperationService;
import dev.inboundscim.application.service.logstream.CreateLogStreamService;
import dev.inboundscim.application.service.logstream.DeleteLogStreamService;
import dev.inboundscim.application.service.logstream.GetLogStreamService;
import dev.inboundscim.application.service.logstream.ListLogStreamsService;
import dev.inboundscim.application.service.logstream.UpdateLogStreamService;
import dev.inboundscim.application.service.oauth.AddClientSecretService;
import dev.inboundscim.application.service.oauth.CreateFederatedCredentialService;
import dev.inboundscim.application.service.oauth.CreateScimClientService;
import dev.inboundscim.application.service.oauth.DeleteClientSecretService;
import dev.inboundscim.application.service.oauth.DeleteFederatedCredentialService;
import dev.inboundscim.application.service.oauth.DeleteScimClientService;
import dev.inboundscim.application.service.oauth.GetFederatedCredentialService;
import dev.inboundscim.application.service.oauth.GetScimClientService;
import dev.inboundscim.application.service.oauth.ListFederatedCredentialsService;
import dev.inboundscim.application.service.oauth.ListScimClientsService;
import dev.inboundscim.application.service.organization.CreateOrganizationService;
import dev.inboundscim.application.service.organization.DeleteOrganizationService;
import dev.inboundscim.application.service.organization.EnableConnectionService;
import dev.inboundscim.application.service.organization.GetOrganizationService;
import dev.inboundscim.application.service.organization.ListEnabledConnectionsService;
import dev.inboundscim.application.service.organization.ListOrganizationMembersService;
import dev.inboundscim.application.service.organization.ListOrganizationsService;
import dev.inboundscim.application.service.scimconfig.CreateScimConfigurationService;
import dev.inboundscim.application.service.scimconfig.DeleteScimConfigurationService;
import dev.inboundscim.application.service.scimconfig.GetDefaultMappingService;
import dev.inboundscim.application.service.scimconfig.GetScimConfigurationService;
import dev.inboundscim.application.service.scimconfig.ListScimConfigurationsService;
import dev.inboundscim.application.service.scimconfig.UpdateScimConfigurationService;
import dev.inboundscim.application.service.session.EndSessionsService;
import dev.inboundscim.application.service.session.ListRefreshTokensService;
import dev.inboundscim.application.service.session.ListSessionsService;
import dev.inboundscim.application.service.session.RecordLoginService;
import dev.inboundscim.application.service.session.RevokeRefreshTokensService;
import dev.inboundscim.application.service.setup.CreateSetupTicketService;
import dev.inboundscim.application.service.setup.IssueSetupTokenService;
import dev.inboundscim.application.service.setup.ListSetupRequestsService;
import dev.inboundscim.application.service.setup.ListSetupTicketsService;
import dev.inboundscim.application.service.setup.OpenSetupTicketService;
import dev.inboundscim.application.service.setup.RevokeSetupTicketService;
import dev.inboundscim.application.service.setup.SetupTicketLookup;
import dev.inboundscim.application.service.signing.ListSigningKeysService;
import dev.inboundscim.application.service.signing.RevokeSigningKeyService;
import dev.inboundscim.application.service.signing.RotateSigningKeyService;
import dev.inboundscim.application.service.token.IssueScimTokenService;
import dev.inboundscim.application.service.token.ListScimTokensService;
import dev.inboundscim.application.service.token.RevokeScimTokenService;
import dev.inboundscim.application.service.user.DeleteUserService;
import dev.inboundscim.application.service.user.GetUserScimViewService;
import dev.inboundscim.application.service.user.GetUserService;
import dev.inboundscim.application.service.user.LinkIdentityService;
import dev.inboundscim.application.service.user.ListUsersService;
import java.time.Clock;

/** The Management API (SPEC §4) and the services behind each of its resources. */
final class ManagementWiring {

    private ManagementWiring() {
    }

    static ManagementApi api(CoreComponents core, JsonCodec json, HttpSettings http) {
        return ManagementApi.builder(json, http)
                .authenticateAdmin(new AuthenticateAdminService(core.adminToken()))
                .audit(new RecordManagementOperationService(core.logs(), core.logEntries(), System::nanoTime))
                .connections(connections(core))
                .scimConfigurations(scimConfigurations(core))
                .tokens(tokens(core))
                .users(users(core))
                .logs(new ListLogsService(core.logs()))
                .groups(groups(core))
                .logStreams(logStreams(core))
                .eventStreams(eventStreams(core))
                .clients(clients(core))
                .sessions(sessions(core))
                .signingKeys(signingKeys(core))
                .organizations(organizations(core))
                .setupTickets(setupTickets(core))
                .scimClients(scimClients(core))
                .federatedCredentials(federatedCredentials(core))
                .roles(RoleWiring.management(core))
                .build();
    }

    /** The page a setup ticket opens and the calls it makes (SPEC §8), authorised by the ticket alone. */
    static SetupRoutes setupPage(CoreComponents core, JsonCodec json, HttpSettings http) {
        Repositories s = core.repositories();
        SetupTicketLookup tickets = new SetupTicketLookup(s.setupTickets(), core.clock());
        return new SetupRoutes(new OpenSetupTicketService(tickets, core.connections(), s.tokens()),
                new IssueSetupTokenService(tickets, s.setupTickets(), s.tokens(),
                        new IssueScimTokenService(core.connections(), s.scimConfigurations(), s.tokens(),
                                core.clock())),
                new ListSetupRequestsService(tickets, s.logs()), json, http);
    }

    private static ScimClientUseCases scimClients(CoreComponents core) {
        Repositories s = core.repositories();
        ConnectionLookup lookup = core.connections();
        return new ScimClientUseCases(
                new CreateScimClientService(lookup, s.scimConfigurations(), s.scimClients(), core.clock()),
                new ListScimClientsService(lookup, s.scimClients()),
                new GetScimClientService(lookup, s.scimClients()),
                new DeleteScimClientService(lookup, s.scimClients()),
                new AddClientSecretService(lookup, s.scimClients(), core.clock()),
                new DeleteClientSecretService(lookup, s.scimClients()));
    }

    private static FederatedCredentialUseCases federatedCredentials(CoreComponents core) {
        Repositories s = core.repositories();
        ConnectionLookup lookup = core.connections();
        return new FederatedCredentialUseCases(
                new CreateFederatedCredentialService(lookup, s.scimConfigurations(), s.federatedCredentials(),
                        core.clock()),
                new ListFederatedCredentialsService(lookup, s.federatedCredentials()),
                new GetFederatedCredentialService(lookup, s.federatedCredentials()),
                new DeleteFederatedCredentialService(lookup, s.federatedCredentials()));
    }

    private static SetupTicketUseCases setupTickets(CoreComponents core) {
        Repositories s = core.repositories();
        ConnectionLookup lookup = core.connections();
        return new SetupTicketUseCases(
                new CreateSetupTicketService(lookup, s.scimConfigurations(), s.setupTickets(), core.clock()),
                new ListSetupTicketsService(lookup, s.setupTickets()),
                new RevokeSetupTicketService(lookup, s.setupTickets()));
    }

    private static ConnectionUseCases connections(CoreComponents core) {
        Repositories s = core.repositories();
        ConnectionLookup lookup = core.connections();
        return new ConnectionUseCases(
                new CreateConnectionService(s.connections(), core.clock()),
                new ListConnectionsService(s.connections(), s.scimConfigurations()),
                new GetConnectionService(lookup, s.scimConfigurations()),
                new UpdateConnectionService(lookup, s.connections(), s.scimConfigurations(), core.clock()),
                new DeleteConnectionService(lookup, s.connections(), s.sessions(), core.clock()),
                new GetConnectionHealthService(lookup, s.logs(), s.tokens(), core.clock()));
    }

    private static ScimConfigurationUseCases scimConfigurations(CoreComponents core) {
        Repositories s = core.repositories();
        ConnectionLookup lookup = core.connections();
        return new ScimConfigurationUseCases(
                new CreateScimConfigurationService(lookup, s.connections(), s.scimConfigurations(),
                        core.scimSettings(), core.rateLimits(), core.clock()),
                new GetScimConfigurationService(lookup, s.scimConfigurations(), core.scimSettings()),
                new UpdateScimConfigurationService(lookup, s.scimConfigurations(), s.users(), core.scimSettings(),
                        core.rateLimits(), core.clock()),
                new DeleteScimConfigurationService(lookup, s.scimConfigurations()),
                new GetDefaultMappingService(lookup),
                new ListScimConfigurationsService(s.connections(), s.scimConfigurations(), core.scimSettings()));
    }

    private static ScimTokenUseCases tokens(CoreComponents core) {
        Repositories s = core.repositories();
        ConnectionLookup lookup = core.connections();
        return new ScimTokenUseCases(
                new IssueScimTokenService(lookup, s.scimConfigurations(), s.tokens(), core.clock()),
                new ListScimTokensService(lookup, s.tokens()),
                new RevokeScimTokenService(lookup, s.tokens()));
    }

    private static UserUseCases users(CoreComponents core) {
        Repositories s = core.repositories();
        return new UserUseCases(
                new ListUsersService(core.connections(), s.users(), s.groups()),
                new GetUserService(s.users(), s.groups()),
                new DeleteUserService(s.users(), core.userWrites(), core.writes(), core.clock()),
                new GetUserScimViewService(s.users(), s.scimConfigurations()));
    }

    private static GroupUseCases groups(CoreComponents core) {
        Repositories s = core.repositories();
        return new GroupUseCases(
                new ListGroupsService(core.connections(), s.groups()),
                new GetGroupService(s.groups()),
                new ListGroupMembersService(s.groups(), s.scimConfigurations()),
                new ListUserGroupsService(s.users(), s.groups()));
    }

    private static LogStreamUseCases logStreams(CoreComponents core) {
        Repositories s = core.repositories();
        return new LogStreamUseCases(
                new CreateLogStreamService(s.logStreams(), core.clock()),
                new ListLogStreamsService(s.logStreams()),
                new GetLogStreamService(s.logStreams()),
                new UpdateLogStreamService(s.logStreams(), core.clock()),
                new DeleteLogStreamService(s.logStreams()));
    }

    private static EventStreamUseCases eventStreams(CoreComponents core) {
        EventStreamRepository streams = core.repositories().eventStreams();
        return new EventStreamUseCases(
                new CreateEventStreamService(streams, core.clock()),
                new ListEventStreamsService(streams),
                new GetEventStreamService(streams),
                new UpdateEventStreamService(streams, core.clock()),
                new DeleteEventStreamService(streams),
                new ListEventDeliveriesService(streams),
                new RedeliverEventsService(streams),
                new PollEventsService(streams, core.eventEncoder(), core.clock(), core.settings().logStreams(),
                        core.settings().eventStreams()));
    }

    private static ClientUseCases clients(CoreComponents core) {
        Repositories s = core.repositories();
        return new ClientUseCases(
                new CreateClientService(s.clients(), core.clock()),
                new ListClientsService(s.clients()),
                new GetClientService(s.clients()),
                new UpdateClientService(s.clients(), core.writes(), core.clock()),
                new DeleteClientService(s.clients()));
    }

    private static SessionUseCases sessions(CoreComponents core) {
        Repositories s = core.repositories();
        Clock clock = core.clock();
        return new SessionUseCases(
                new RecordLoginService(core.connections(), s.scimConfigurations(), s.users(), core.userWrites(),
                        s.groups(), s.clients(), s.sessions(), core.organizationAssignments(), core.logs(),
                        core.logEntries(), s.roles()),
                new LinkIdentityService(s.users(), core.connections(), s.scimConfigurations(), core.userWrites(),
                        core.logEntries()),
                new ListSessionsService(s.users(), s.sessions()),
                new EndSessionsService(s.users(), s.sessions(), clock),
                new ListRefreshTokensService(s.users(), s.sessions()),
                new RevokeRefreshTokensService(s.users(), s.sessions()));
    }

    private static SigningKeyUseCases signingKeys(CoreComponents core) {
        return new SigningKeyUseCases(
                new ListSigningKeysService(core.signingKeys()),
                new RotateSigningKeyService(core.signingKeys(), core.repositories().signingKeys(), core.clock()),
                new RevokeSigningKeyService(core.repositories().signingKeys(), core.clock()));
    }

    private static OrganizationUseCases organizations(CoreComponents core) {
        Repositories s = core.repositories();
        return new OrganizationUseCases(
                new CreateOrganizationService(s.organizations(), core.clock()),
                new ListOrganizationsService(s.organizations()),
                new GetOrganizationService(s.organizations()),
                new DeleteOrganizationService(s.organizations()),
                new EnableConnectionService(s.organizations(), core.connections()),
                new ListEnabledConnectionsService(s.organizations()),
                new ListOrganizationMembersService(s.organizations(), s.users()));
    }
}

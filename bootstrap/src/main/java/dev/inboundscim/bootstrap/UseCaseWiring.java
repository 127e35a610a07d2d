package dev.inboundscim.bootstrap;

import dev.inboundscim.adapter.in.http.management.ManagementGroupUseCases;
import dev.inboundscim.adapter.in.http.management.ManagementLogStreamUseCases;
import dev.inboundscim.adapter.in.http.management.ManagementOrganizationUseCases;
import dev.inboundscim.adapter.in.http.management.ManagementSessionUseCases;
import dev.inboundscim.adapter.in.http.management.ManagementUseCases;
import dev.inboundscim.adapter.in.http.scim.ScimGroupUseCases;
import dev.inboundscim.adapter.in.http.scim.ScimUseCases;
import dev.inboundscim.application.ScimSettings;
import dev.inboundscim.application.port.in.auth.InitializeAdminTokenUseCase;
import dev.inboundscim.application.port.out.Store;
import dev.inboundscim.application.service.ConnectionLookup;
import dev.inboundscim.application.service.auth.AdminTokenDigest;
import dev.inboundscim.application.service.auth.AuthenticateAdminService;
import dev.inboundscim.application.service.auth.AuthenticateScimRequestService;
import dev.inboundscim.application.service.auth.InitializeAdminTokenService;
import dev.inboundscim.application.service.client.ClientServices;
import dev.inboundscim.application.service.connection.CreateConnectionService;
import dev.inboundscim.application.service.connection.DeleteConnectionService;
import dev.inboundscim.application.service.connection.GetConnectionService;
import dev.inboundscim.application.service.connection.ListConnectionsService;
import dev.inboundscim.application.service.connection.UpdateConnectionService;
import dev.inboundscim.application.service.group.GetGroupService;
import dev.inboundscim.application.service.group.ListGroupMembersService;
import dev.inboundscim.application.service.group.ListGroupsService;
import dev.inboundscim.application.service.group.ListUserGroupsService;
import dev.inboundscim.application.service.log.BatchingLogWriter;
import dev.inboundscim.application.service.log.ListLogsService;
import dev.inboundscim.application.service.log.RecordScimFailureService;
import dev.inboundscim.application.service.log.RecordScimSuccessService;
import dev.inboundscim.application.service.logstream.CreateLogStreamService;
import dev.inboundscim.application.service.logstream.DeleteLogStreamService;
import dev.inboundscim.application.service.logstream.GetLogStreamService;
import dev.inboundscim.application.service.logstream.ListLogStreamsService;
import dev.inboundscim.application.service.logstream.UpdateLogStreamService;
import dev.inboundscim.application.service.organization.OrganizationServices;
import dev.inboundscim.application.service.ratelimit.ScimRateLimiter;
import dev.inboundscim.application.service.scim.CreateScimGroupService;
import dev.inboundscim.application.service.scim.CreateScimUserService;
import dev.inboundscim.application.service.scim.DeleteScimGroupService;
import dev.inboundscim.application.service.scim.DeleteScimUserService;
import dev.inboundscim.application.service.scim.DescribeScimSchemasService;
import dev.inboundscim.application.service.scim.GetScimGroupService;
import dev.inboundscim.application.service.scim.GetScimUserService;
import dev.inboundscim.application.service.scim.PatchScimGroupService;
import dev.inboundscim.application.service.scim.PatchScimUserService;
import dev.inboundscim.application.service.scim.ReplaceScimGroupService;
import dev.inboundscim.application.service.scim.ReplaceScimUserService;
import dev.inboundscim.application.service.scim.SearchScimGroupsService;
import dev.inboundscim.application.service.scim.SearchScimUsersService;
import dev.inboundscim.application.service.scim.VersionedWrite;
import dev.inboundscim.application.service.scimconfig.CreateScimConfigurationService;
import dev.inboundscim.application.service.scimconfig.DeleteScimConfigurationService;
import dev.inboundscim.application.service.scimconfig.GetDefaultMappingService;
import dev.inboundscim.application.service.scimconfig.GetScimConfigurationService;
import dev.inboundscim.application.service.scimconfig.ListScimConfigurationsService;
import dev.inboundscim.application.service.scimconfig.UpdateScimConfigurationService;
import dev.inboundscim.application.service.session.RecordLoginService;
import dev.inboundscim.application.service.session.SessionServices;
import dev.inboundscim.application.service.signing.SigningKeyService;
import dev.inboundscim.application.service.token.IssueScimTokenService;
import dev.inboundscim.application.service.token.ListScimTokensService;
import dev.inboundscim.application.service.token.RevokeScimTokenService;
import dev.inboundscim.application.service.user.DeleteUserService;
import dev.inboundscim.application.service.user.GetUserService;
import dev.inboundscim.application.service.user.LinkIdentityService;
import dev.inboundscim.application.service.user.ListUsersService;
import java.time.Clock;

/** Builds every use case over the chosen persistence adapter: plain constructor wiring, no container. */
record UseCaseWiring(ManagementUseCases management, ScimUseCases scim, InitializeAdminTokenUseCase adminToken,
                     BatchingLogWriter logWriter, SigningKeyService signingKeys) {

    static UseCaseWiring of(Store p, ServerSettings settings, Clock clock) {
        ScimSettings scimSettings = new ScimSettings(settings.maxResults(), Math.min(100, settings.maxResults()),
                settings.tenantName());
        ConnectionLookup lookup = new ConnectionLookup(p.connections());
        AdminTokenDigest digest = new AdminTokenDigest(settings.adminToken(), p.adminToken());
        // Entries of requests that change nothing are written in batches; writes keep theirs transactional.
        BatchingLogWriter logs = new BatchingLogWriter(p.logs());
        SigningKeyService signingKeys = new SigningKeyService(p.signingKeys(), clock);
        VersionedWrite writes = new VersionedWrite(settings.reliability().writeRetryDeadline());
        ScimRateLimiter rateLimits = new ScimRateLimiter(settings.reliability().rateLimits(), System::nanoTime);
        ClientServices clients = new ClientServices(p.clients(), clock);
        SessionServices sessions = new SessionServices(p.users(), p.sessions(), clock);
        OrganizationServices organizations = new OrganizationServices(p.organizations(), lookup, p.users(), clock);
        ManagementUseCases management = new ManagementUseCases(
                new AuthenticateAdminService(digest),
                new CreateConnectionService(p.connections(), clock),
                new ListConnectionsService(p.connections(), p.scimConfigurations()),
                new GetConnectionService(lookup, p.scimConfigurations()),
                new UpdateConnectionService(lookup, p.connections(), p.scimConfigurations(), clock),
                new DeleteConnectionService(lookup, p.connections(), p.sessions(), clock),
                new CreateScimConfigurationService(lookup, p.connections(), p.scimConfigurations(), scimSettings,
                        rateLimits, clock),
                new GetScimConfigurationService(lookup, p.scimConfigurations(), scimSettings),
                new UpdateScimConfigurationService(lookup, p.scimConfigurations(), p.users(), scimSettings,
                        rateLimits, clock),
                new DeleteScimConfigurationService(lookup, p.scimConfigurations()),
                new GetDefaultMappingService(lookup),
                new ListScimConfigurationsService(p.connections(), p.scimConfigurations(), scimSettings),
                new IssueScimTokenService(lookup, p.scimConfigurations(), p.tokens(), clock),
                new ListScimTokensService(lookup, p.tokens()),
                new RevokeScimTokenService(lookup, p.tokens()),
                new ListUsersService(lookup, p.users(), p.groups()),
                new GetUserService(p.users(), p.groups()),
                new DeleteUserService(p.users(), clock),
                new ListLogsService(logs),
                new ManagementGroupUseCases(
                        new ListGroupsService(lookup, p.groups()),
                        new GetGroupService(p.groups()),
                        new ListGroupMembersService(p.groups(), p.scimConfigurations()),
                        new ListUserGroupsService(p.users(), p.groups())),
                new ManagementLogStreamUseCases(
                        new CreateLogStreamService(p.logStreams(), clock),
                        new ListLogStreamsService(p.logStreams()),
                        new GetLogStreamService(p.logStreams()),
                        new UpdateLogStreamService(p.logStreams(), clock),
                        new DeleteLogStreamService(p.logStreams())),
                new ManagementSessionUseCases(clients, clients, clients, clients, clients,
                        new RecordLoginService(lookup, p.scimConfigurations(), p.users(), p.groups(), p.clients(),
                                p.sessions(), p.organizations(), logs, clock),
                        sessions, sessions, sessions, sessions, signingKeys, signingKeys, signingKeys,
                        new LinkIdentityService(p.users(), lookup, p.scimConfigurations(), clock)),
                new ManagementOrganizationUseCases(organizations, organizations, organizations, organizations,
                        organizations, organizations, organizations));
        ScimUseCases scim = new ScimUseCases(
                rateLimits,
                new AuthenticateScimRequestService(p.connections(), p.scimConfigurations(), p.tokens(), rateLimits,
                        clock),
                new RecordScimFailureService(logs, p.connections(), clock),
                new RecordScimSuccessService(logs, clock),
                new CreateScimUserService(p.users(), clock),
                new GetScimUserService(p.users(), p.groups(), logs, clock),
                new ReplaceScimUserService(p.users(), p.groups(), writes, clock),
                new DeleteScimUserService(p.users(), writes, clock),
                new SearchScimUsersService(p.users(), p.groups(), logs, scimSettings, clock),
                new DescribeScimSchemasService(logs, clock),
                new PatchScimUserService(p.users(), p.groups(), writes, clock),
                new ScimGroupUseCases(
                        new CreateScimGroupService(p.groups(), settings.groupLimits(), clock),
                        new GetScimGroupService(p.groups(), logs, clock),
                        new ReplaceScimGroupService(p.groups(), settings.groupLimits(), writes, clock),
                        new PatchScimGroupService(p.groups(), settings.groupLimits(), writes, clock),
                        new DeleteScimGroupService(p.groups(), writes, clock),
                        new SearchScimGroupsService(p.groups(), logs, scimSettings, clock)));
        return new UseCaseWiring(management, scim, new InitializeAdminTokenService(digest), logs, signingKeys);
    }
}

package dev.inboundscim.bootstrap;

import dev.inboundscim.adapter.in.http.HttpSettings;
import dev.inboundscim.adapter.in.http.json.JsonCodec;
import dev.inboundscim.adapter.in.http.scim.ScimApi;
import dev.inboundscim.adapter.in.http.scim.ScimGroupUseCases;
import dev.inboundscim.adapter.in.http.scim.ScimRequestUseCases;
import dev.inboundscim.adapter.in.http.scim.ScimUserUseCases;
import dev.inboundscim.adapter.out.http.JwksCache;
import dev.inboundscim.adapter.out.http.NimbusClientAssertionPort;
import dev.inboundscim.application.port.out.Repositories;
import dev.inboundscim.application.service.auth.AuthenticateScimRequestService;
import dev.inboundscim.application.service.auth.CachedScimGrants;
import dev.inboundscim.application.service.auth.ScimGrants;
import dev.inboundscim.application.service.auth.StoredScimGrants;
import dev.inboundscim.application.service.log.LogEntries;
import dev.inboundscim.application.service.log.RecordScimFailureService;
import dev.inboundscim.application.service.log.RecordScimSuccessService;
import dev.inboundscim.application.service.oauth.IssueAccessTokenService;
import dev.inboundscim.application.service.ratelimit.AdmitScimRequestService;
import dev.inboundscim.application.service.scim.BulkDispatch;
import dev.inboundscim.application.service.scim.CreateScimGroupService;
import dev.inboundscim.application.service.scim.CreateScimUserService;
import dev.inboundscim.application.service.scim.DeleteScimGroupService;
import dev.inboundscim.application.service.scim.DeleteScimUserService;
import dev.inboundscim.application.service.scim.DescribeAuthenticationService;
import dev.inboundscim.application.service.scim.DescribeScimSchemasService;
import dev.inboundscim.application.service.scim.ExecuteScimBulkService;
import dev.inboundscim.application.service.scim.GetScimGroupService;
import dev.inboundscim.application.service.scim.GetScimUserService;
import dev.inboundscim.application.service.scim.GroupWrites;
import dev.inboundscim.application.service.scim.PatchScimGroupService;
import dev.inboundscim.application.service.scim.PatchScimUserService;
import dev.inboundscim.application.service.scim.ReplaceScimGroupService;
import dev.inboundscim.application.service.scim.ReplaceScimUserService;
import dev.inboundscim.application.service.scim.SearchScimGroupsService;
import dev.inboundscim.application.service.scim.SearchScimUsersService;
import java.time.Duration;

/** The SCIM endpoint (SPEC §3) and the services behind each of its resources. */
final class ScimWiring {

    private ScimWiring() {
    }

    /** How long the token endpoint waits for a federated credential's JWKS before it refuses the assertion. */
    private static final Duration JWKS_TIMEOUT = Duration.ofSeconds(3);

    static ScimApi api(CoreComponents core, JsonCodec json, HttpSettings http) {
        ScimRequestUseCases requests = requests(core);
        ScimUserUseCases users = users(core);
        ScimGroupUseCases groups = groups(core);
        return ScimApi.builder(json, http)
                .requests(requests)
                .users(users)
                .groups(groups)
                .roles(RoleWiring.scim(core))
                .bulk(bulk(requests, users, groups), core.settings().bulkLimits())
                .discovery(new DescribeScimSchemasService(core.logs(), core.logEntries()))
                .describeAuthentication(new DescribeAuthenticationService(core.repositories().scimClients(),
                        core.repositories().federatedCredentials(), core.clock()))
                .issueAccessToken(new IssueAccessTokenService(core.repositories().scimConfigurations(),
                        core.repositories().scimClients(), core.repositories().tokens(),
                        core.repositories().federatedCredentials(),
                        new NimbusClientAssertionPort(new JwksCache(JWKS_TIMEOUT)), core.logs(),
                        core.logEntries(), core.clock(), core.settings().oauthAccessTokenLifetime()))
                .maxResults(core.settings().maxResults())
                .groupPatchResponseMaxMembers(core.settings().groupPatchResponseMaxMembers())
                .build();
    }

    private static ScimRequestUseCases requests(CoreComponents core) {
        Repositories s = core.repositories();
        return new ScimRequestUseCases(
                new AdmitScimRequestService(core.rateLimits()),
                new AuthenticateScimRequestService(grants(core), s.tokens(), core.rateLimits(), core.clock()),
                new RecordScimFailureService(core.logs(), s.connections(), core.logEntries()),
                new RecordScimSuccessService(core.logs(), core.logEntries()));
    }

    /** Bulk operations run through the very use cases of the single requests they stand for (RFC 7644 §3.7). */
    private static ExecuteScimBulkService bulk(ScimRequestUseCases requests, ScimUserUseCases users,
                                               ScimGroupUseCases groups) {
        return new ExecuteScimBulkService(requests.admit(), requests.authenticate(), new BulkDispatch(users.create(),
                users.replace(), users.patch(), users.delete(), groups.create(), groups.replace(), groups.patch(),
                groups.delete()));
    }

    /** Grants from memory while the store observes changes; otherwise one store read when nothing moved. */
    private static ScimGrants grants(CoreComponents core) {
        Repositories s = core.repositories();
        return new CachedScimGrants(new StoredScimGrants(s.connections(), s.scimConfigurations(), s.tokens()),
                core.store().settingsChanges());
    }

    private static ScimUserUseCases users(CoreComponents core) {
        Repositories s = core.repositories();
        LogEntries entries = core.logEntries();
        return new ScimUserUseCases(
                new CreateScimUserService(s.users(), core.userWrites(), entries, RoleWiring.scimSync(core)),
                new GetScimUserService(s.users(), core.logs(), entries),
                new ReplaceScimUserService(s.users(), core.writes(), core.userWrites(), entries,
                        RoleWiring.scimSync(core)),
                new PatchScimUserService(s.users(), core.writes(), core.userWrites(), entries,
                        RoleWiring.scimSync(core)),
                new DeleteScimUserService(s.users(), core.writes(), core.userWrites(), entries),
                new SearchScimUsersService(s.users(), core.logs(), core.scimSettings(), entries));
    }

    private static ScimGroupUseCases groups(CoreComponents core) {
        Repositories s = core.repositories();
        LogEntries entries = core.logEntries();
        GroupWrites groupWrites = core.groupWrites();
        return new ScimGroupUseCases(
                new CreateScimGroupService(s.groups(), groupWrites, entries),
                new GetScimGroupService(s.groups(), core.logs(), entries),
                new ReplaceScimGroupService(s.groups(), core.writes(), groupWrites, entries),
                new PatchScimGroupService(s.groups(), core.writes(), groupWrites, entries),
                new DeleteScimGroupService(s.groups(), core.writes(), groupWrites, entries),
                new SearchScimGroupsService(s.groups(), core.logs(), core.scimSettings(), entries));
    }
}

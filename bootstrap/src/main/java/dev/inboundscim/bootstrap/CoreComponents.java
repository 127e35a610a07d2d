package dev.inboundscim.bootstrap;

import dev.inboundscim.adapter.in.http.RequestIds;
import dev.inboundscim.adapter.out.http.NimbusSecurityEventSigner;
import dev.inboundscim.application.ScimSettings;
import dev.inboundscim.application.port.in.auth.InitializeAdminTokenUseCase;
import dev.inboundscim.application.port.out.Repositories;
import dev.inboundscim.application.port.out.Store;
import dev.inboundscim.application.service.ConnectionLookup;
import dev.inboundscim.application.service.VersionedWrite;
import dev.inboundscim.application.service.auth.AdminTokenDigest;
import dev.inboundscim.application.service.auth.InitializeAdminTokenService;
import dev.inboundscim.application.service.eventstream.EventEncoder;
import dev.inboundscim.application.service.log.BatchingLogWriter;
import dev.inboundscim.application.service.log.LogEntries;
import dev.inboundscim.application.service.log.LogRouter;
import dev.inboundscim.application.service.organization.OrganizationAssignments;
import dev.inboundscim.application.service.ratelimit.ScimRateLimiter;
import dev.inboundscim.application.service.scim.GroupWrites;
import dev.inboundscim.application.service.signing.SigningKeys;
import dev.inboundscim.application.service.user.UserWrites;
import dev.inboundscim.domain.log.LogIds;
import java.time.Clock;

/**
 * The components both APIs share, built once over the chosen store: {@link ScimWiring} and
 * {@link ManagementWiring} take them from here by name.
 */
record CoreComponents(Store store, Clock clock, ServerSettings settings, ScimSettings scimSettings,
                      ConnectionLookup connections, AdminTokenDigest adminToken, BatchingLogWriter logs,
                      LogEntries logEntries, SigningKeys signingKeys, VersionedWrite writes, LogRouter logRouter,
                      UserWrites userWrites, OrganizationAssignments organizationAssignments,
                      ScimRateLimiter rateLimits, ServerIssuer issuer) {

    static CoreComponents over(Store store, ServerSettings settings, Clock clock) {
        // The settings that decide a write's consequences are read once and reused while the store observes them.
        Repositories repositories = store.repositories();
        LogRouter router = new LogRouter(repositories.logStreams(), repositories.eventStreams(),
                store.settingsChanges());
        OrganizationAssignments assignments = new OrganizationAssignments(repositories.organizations(),
                store.settingsChanges());
        // One id source for the whole process: the ids of its entries strictly increase, as streams need.
        LogEntries entries = new LogEntries(new LogIds(), clock, RequestIds::current);
        return new CoreComponents(store, clock, settings,
                new ScimSettings(settings.maxResults(), Math.min(100, settings.maxResults()), settings.tenantName()),
                new ConnectionLookup(repositories.connections()),
                new AdminTokenDigest(settings.adminToken(), repositories.adminToken()),
                // Entries of requests that change nothing are written in batches; writes keep theirs transactional.
                new BatchingLogWriter(repositories.logs(), router),
                entries,
                new SigningKeys(repositories.signingKeys(), clock),
                new VersionedWrite(settings.reliability().writeRetryDeadline()),
                router,
                new UserWrites(router, assignments, entries),
                assignments,
                new ScimRateLimiter(settings.reliability().rateLimits(), System::nanoTime),
                new ServerIssuer(settings.publicBaseUrl().orElse(null)));
    }

    /** Writes events in their streams' formats, signing Security Event Tokens with the server's keys (SPEC §11). */
    EventEncoder eventEncoder() {
        return new EventEncoder(signingKeys, new NimbusSecurityEventSigner(), settings.tenantName(), issuer, clock);
    }

    /** Group writes with the consequences {@link GroupWrites} decides, under this server's group limits. */
    GroupWrites groupWrites() {
        return new GroupWrites(store.repositories().groups(), settings.groupLimits(), logRouter, logEntries);
    }

    /** The store's repositories, as the use cases see them. */
    Repositories repositories() {
        return store.repositories();
    }

    /** Generates the Management API token at first start, unless the deployment set one. */
    InitializeAdminTokenUseCase initializeAdminToken() {
        return new InitializeAdminTokenService(adminToken);
    }
}

package dev.inboundscim.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.application.RateLimitSettings;
import dev.inboundscim.application.ScimSettings;
import dev.inboundscim.application.port.in.connection.CreateConnectionUseCase.CreateConnectionCommand;
import dev.inboundscim.application.port.in.connection.GetConnectionHealthUseCase.ConnectionHealth;
import dev.inboundscim.application.port.in.connection.GetConnectionHealthUseCase.GetConnectionHealthCommand;
import dev.inboundscim.application.port.in.scimconfig.CreateScimConfigurationUseCase.CreateScimConfigurationCommand;
import dev.inboundscim.application.port.in.scimconfig.ScimConfigurationView;
import dev.inboundscim.application.port.in.token.IssueScimTokenUseCase.IssueScimTokenCommand;
import dev.inboundscim.application.service.auth.AdminTokenDigest;
import dev.inboundscim.application.service.auth.AuthenticateAdminService;
import dev.inboundscim.application.service.auth.InitializeAdminTokenService;
import dev.inboundscim.application.service.connection.CreateConnectionService;
import dev.inboundscim.application.service.connection.GetConnectionHealthService;
import dev.inboundscim.application.service.ratelimit.ScimRateLimiter;
import dev.inboundscim.application.service.scimconfig.CreateScimConfigurationService;
import dev.inboundscim.application.service.scimconfig.DeleteScimConfigurationService;
import dev.inboundscim.application.service.token.IssueScimTokenService;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.connection.ConnectionName;
import dev.inboundscim.domain.connection.Strategy;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.ConflictException;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.error.UnauthorizedException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ManagementServicesTest {

    private final InMemoryPorts ports = new InMemoryPorts();
    private final MutableClock clock = new MutableClock();
    private final ConnectionLookup lookup = new ConnectionLookup(ports.connections);

    private Connection connection(String strategy) {
        return new CreateConnectionService(ports.connections, clock)
                .create(new CreateConnectionCommand(new ConnectionName("acme"), Strategy.parse(strategy), "Acme"));
    }

    private ScimConfigurationView enableScim(Connection connection) {
        return new CreateScimConfigurationService(lookup, ports.connections, ports.configurations,
                ScimSettings.DEFAULTS, new ScimRateLimiter(RateLimitSettings.OFF, System::nanoTime), clock).create(new CreateScimConfigurationCommand(connection.id(),
                null, null, null, null, null, null));
    }

    @Test
    void rejectsUnknownStrategiesAndBadNames() {
        assertThrows(BadRequestException.class, () -> connection("google-oauth2"));
        assertThrows(BadRequestException.class, () -> new CreateConnectionService(ports.connections, clock)
                .create(new CreateConnectionCommand(new ConnectionName("-bad-"), Strategy.OKTA, null)));
    }

    @Test
    void enablingScimUsesTheStrategyDefaultAndTurnsOffLoginSync() {
        Connection acme = connection("waad");
        assertTrue(acme.syncUserProfileAtLogin());
        ScimConfigurationView view = enableScim(acme);
        assertEquals(30, view.configuration().mapping().pairs().size());
        assertFalse(ports.connections.findById(acme.id()).orElseThrow().syncUserProfileAtLogin());
        assertThrows(ConflictException.class, () -> enableScim(acme));
    }

    @Test
    void allowsTwoTokensPerConnectionAndNoThird() {
        Connection acme = connection("okta");
        IssueScimTokenService issue = new IssueScimTokenService(lookup, ports.configurations, ports.tokens, clock);
        IssueScimTokenCommand command = new IssueScimTokenCommand(acme.id(), List.of("get:users"), null);
        assertThrows(NotFoundException.class, () -> issue.issue(command), "no SCIM configuration yet");
        enableScim(acme);
        issue.issue(command);
        issue.issue(command);
        assertThrows(ConflictException.class, () -> issue.issue(command));
        assertThrows(BadRequestException.class, () -> issue.issue(new IssueScimTokenCommand(acme.id(),
                List.of("get:user"), null)));
    }

    @Test
    void theHealthViewTellsExpiredTokensFromThoseExpiringWithinFourteenDays() {
        Connection acme = connection("okta");
        enableScim(acme);
        IssueScimTokenService issue = new IssueScimTokenService(lookup, ports.configurations, ports.tokens, clock);
        issue.issue(new IssueScimTokenCommand(acme.id(), List.of("get:users"), Duration.ofDays(20).toSeconds()));
        issue.issue(new IssueScimTokenCommand(acme.id(), List.of("get:users"), Duration.ofDays(2).toSeconds()));
        GetConnectionHealthService health = new GetConnectionHealthService(lookup, ports.logs, ports.tokens, clock);
        GetConnectionHealthCommand lastHour = new GetConnectionHealthCommand(acme.id(), Duration.ofHours(1));

        ConnectionHealth now = health.health(lastHour);
        assertEquals(List.of(2, 1, 0), List.of(now.tokens(), now.tokensExpiringSoon(), now.tokensExpired()));
        assertEquals(clock.instant().minus(Duration.ofHours(1)), now.from());
        assertTrue(now.errorRate().isEmpty(), "no requests, no rate");

        clock.advance(Duration.ofDays(7));
        ConnectionHealth later = health.health(lastHour);
        assertEquals(List.of(2, 1, 1), List.of(later.tokens(), later.tokensExpiringSoon(), later.tokensExpired()));

        assertThrows(BadRequestException.class, () -> new GetConnectionHealthCommand(acme.id(), Duration.ofDays(8)));
        assertThrows(NotFoundException.class, () -> health.health(new GetConnectionHealthCommand(
                new ConnectionId("con_absent0000000000"), Duration.ofHours(1))));
    }

    @Test
    void deletingTheScimConfigurationRevokesTheTokens() {
        Connection acme = connection("okta");
        enableScim(acme);
        new IssueScimTokenService(lookup, ports.configurations, ports.tokens, clock).issue(
                new IssueScimTokenCommand(acme.id(), List.of("get:users"), 3600L));
        new DeleteScimConfigurationService(lookup, ports.configurations).delete(acme.id());
        assertTrue(ports.tokens.findByConnection(acme.id()).isEmpty());
        assertThrows(NotFoundException.class,
                () -> new DeleteScimConfigurationService(lookup, ports.configurations).delete(acme.id()));
    }

    @Test
    void generatesTheAdminTokenOnceAndAcceptsOnlyIt() {
        AdminTokenDigest digest = new AdminTokenDigest(Optional.empty(), ports.admin);
        String token = new InitializeAdminTokenService(digest).initialize().orElseThrow();
        assertTrue(new InitializeAdminTokenService(new AdminTokenDigest(Optional.empty(), ports.admin)).initialize()
                .isEmpty(), "a second start generates nothing");
        AuthenticateAdminService authenticate = new AuthenticateAdminService(digest);
        authenticate.authenticate(token);
        assertThrows(UnauthorizedException.class, () -> authenticate.authenticate(token + "x"));
        assertThrows(UnauthorizedException.class, () -> authenticate.authenticate(null));
        assertFalse(ports.admin.findDigest().orElseThrow().contains(token), "only the digest is stored");
    }

    @Test
    void aConfiguredAdminTokenWinsAndNothingIsGenerated() {
        AdminTokenDigest digest = new AdminTokenDigest(Optional.of("configured"), ports.admin);
        assertTrue(new InitializeAdminTokenService(digest).initialize().isEmpty());
        new AuthenticateAdminService(digest).authenticate("configured");
        assertThrows(UnauthorizedException.class, () -> new AuthenticateAdminService(digest).authenticate("other"));
    }
}

package dev.inboundscim.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.inboundscim.application.RateLimitSettings;
import dev.inboundscim.application.port.in.auth.AuthenticateScimRequestUseCase.AuthenticateScimRequestCommand;
import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.application.service.auth.AuthenticateScimRequestService;
import dev.inboundscim.application.service.auth.CachedScimGrants;
import dev.inboundscim.application.service.auth.StoredScimGrants;
import dev.inboundscim.application.service.ratelimit.ScimRateLimiter;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.connection.ConnectionName;
import dev.inboundscim.domain.connection.DefaultMappings;
import dev.inboundscim.domain.connection.ScimConfiguration;
import dev.inboundscim.domain.connection.Strategy;
import dev.inboundscim.domain.error.ErrorKind;
import dev.inboundscim.domain.error.ForbiddenException;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.error.UnauthorizedException;
import dev.inboundscim.domain.mapping.AttributeMapping;
import dev.inboundscim.domain.token.ScimToken;
import dev.inboundscim.domain.token.Scope;
import dev.inboundscim.domain.token.TokenSecret;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SPEC §3's order: connection (404), then token (401), then scope (403). */
class AuthenticateScimRequestServiceTest {

    private final InMemoryPorts ports = new InMemoryPorts();
    private final MutableClock clock = new MutableClock();
    private final AuthenticateScimRequestService service = new AuthenticateScimRequestService(
            new CachedScimGrants(new StoredScimGrants(ports.connections, ports.configurations, ports.tokens),
                    ports.settingsChanges), ports.tokens, new ScimRateLimiter(RateLimitSettings.OFF, System::nanoTime),
            clock);

    private Connection connection(String name, boolean scim) {
        Connection connection = Connection.create(new ConnectionName(name), Strategy.OKTA, null, clock.instant());
        ports.connections.insert(connection);
        if (scim) {
            ports.configurations.insert(new ScimConfiguration(connection.id(),
                    DefaultMappings.forStrategy(Strategy.OKTA), null, clock.instant(), clock.instant()));
        }
        return connection;
    }

    private String token(Connection connection, Long lifetime, Scope... scopes) {
        ScimToken.Issued issued = ScimToken.issue(connection.id(), List.of(scopes), lifetime, clock.instant());
        ports.tokens.insertWithinLimit(issued.token(), 2);
        return issued.secret().reveal();
    }

    /** The command as the HTTP edge builds it: a secret of the wrong shape is none at all. */
    private ScimContext authenticate(String connectionId, String bearer, Scope scope) {
        return service.authenticate(new AuthenticateScimRequestCommand(new ConnectionId(connectionId),
                TokenSecret.parse(bearer).orElse(null), scope));
    }

    @Test
    void acceptsAValidTokenWithTheScope() {
        Connection acme = connection("acme", true);
        String token = token(acme, null, Scope.GET_USERS);
        ScimContext context = authenticate(acme.id().value(), token, Scope.GET_USERS);
        assertEquals(acme, context.connection());
        assertEquals(acme, authenticate(acme.id().value(), token, null).connection(), "discovery needs no scope");
    }

    @Test
    void readsConnectionAndConfigurationOncePerStampWhileRevocationTakesEffectAtOnce() {
        Connection acme = connection("acme", true);
        String token = token(acme, null, Scope.GET_USERS);
        ports.tokens.stamp = "stamp-1";
        authenticate(acme.id().value(), token, Scope.GET_USERS);
        int reads = ports.connections.reads.get();
        authenticate(acme.id().value(), token, Scope.GET_USERS);
        assertEquals(reads, ports.connections.reads.get(), "unchanged stamp: nothing but the token is read");

        AttributeMapping saml = DefaultMappings.forStrategy(Strategy.SAMLP);
        ports.configurations.update(ports.configurations.findByConnection(acme.id()).orElseThrow()
                .withMapping(saml, clock.instant()));
        ports.tokens.stamp = "stamp-2";
        assertEquals(saml, authenticate(acme.id().value(), token, Scope.GET_USERS).configuration().mapping(),
                "a moved stamp reads the new mapping");

        ports.tokens.delete(acme.id(), ports.tokens.findByConnection(acme.id()).getFirst().id());
        assertThrows(UnauthorizedException.class, () -> authenticate(acme.id().value(), token, Scope.GET_USERS));
        ports.configurations.deleteWithTokens(acme.id());
        assertThrows(NotFoundException.class, () -> authenticate(acme.id().value(), token, Scope.GET_USERS),
                "without a grant the connection is read again: SCIM off is 404");
    }

    @Test
    void answers404ForUnknownOrScimDisabledConnectionsBeforeLookingAtTheToken() {
        Connection off = connection("off", false);
        assertThrows(NotFoundException.class, () -> authenticate("con_0000000000000000", null, Scope.GET_USERS));
        assertThrows(NotFoundException.class, () -> authenticate(off.id().value(), null, Scope.GET_USERS));
    }

    @Test
    void answers401ForMissingMalformedForeignExpiredAndRevokedTokens() {
        Connection acme = connection("acme", true);
        Connection other = connection("other", true);
        String foreign = token(other, null, Scope.GET_USERS);
        String expiring = token(acme, 900L, Scope.GET_USERS);
        String id = acme.id().value();
        assertThrows(UnauthorizedException.class, () -> authenticate(id, null, Scope.GET_USERS));
        assertThrows(UnauthorizedException.class, () -> authenticate(id, "  ", Scope.GET_USERS));
        assertThrows(UnauthorizedException.class, () -> authenticate(id, "not-a-token", Scope.GET_USERS));
        assertThrows(UnauthorizedException.class, () -> authenticate(id, foreign, Scope.GET_USERS));
        assertThrows(UnauthorizedException.class,
                () -> authenticate(id, expiring.substring(0, 21) + "0".repeat(64), Scope.GET_USERS));
        authenticate(id, expiring, Scope.GET_USERS);
        clock.advance(Duration.ofSeconds(900));
        assertThrows(UnauthorizedException.class, () -> authenticate(id, expiring, Scope.GET_USERS));
        String revoked = token(acme, null, Scope.GET_USERS);
        ports.tokens.delete(acme.id(), TokenSecret.parse(revoked).orElseThrow()
                .tokenId());
        assertThrows(UnauthorizedException.class, () -> authenticate(id, revoked, Scope.GET_USERS));
    }

    @Test
    void answers403WhenTheScopeIsMissing() {
        Connection acme = connection("acme", true);
        String token = token(acme, null, Scope.GET_USERS);
        ForbiddenException error = assertThrows(ForbiddenException.class,
                () -> authenticate(acme.id().value(), token, Scope.POST_USERS));
        assertEquals(ErrorKind.FORBIDDEN, error.kind());
    }

    @Test
    void recordsUseAtMostOnceAMinutePerToken() {
        Connection acme = connection("acme", true);
        String token = token(acme, null, Scope.GET_USERS);
        for (int i = 0; i < 5; i++) {
            authenticate(acme.id().value(), token, Scope.GET_USERS);
        }
        assertEquals(1, ports.tokens.touches.get());
        clock.advance(Duration.ofMinutes(1));
        authenticate(acme.id().value(), token, Scope.GET_USERS);
        assertEquals(2, ports.tokens.touches.get());
    }

    @Test
    void answersFromMemoryWhileNothingChangedAndReadsAgainAfterAnyChange() {
        SteeredChanges changes = new SteeredChanges();
        ports.tokens.changes = changes;
        ports.tokens.stamp = "r1.r2";
        Connection acme = connection("acme", true);
        String token = token(acme, null, Scope.GET_USERS);

        authenticate(acme.id().value(), token, Scope.GET_USERS);
        authenticate(acme.id().value(), token, Scope.GET_USERS);
        assertEquals(1, ports.tokens.grantReads.get(), "the second request is answered from memory");
        assertThrows(ForbiddenException.class, () -> authenticate(acme.id().value(), token, Scope.POST_USERS),
                "scopes are still checked");
        assertThrows(UnauthorizedException.class, () -> authenticate(acme.id().value(), token + "0", null),
                "the secret is still checked");

        changes.version++;
        ports.tokens.delete(acme.id(), ports.tokens.findByConnection(acme.id()).getFirst().id());
        assertThrows(UnauthorizedException.class, () -> authenticate(acme.id().value(), token, Scope.GET_USERS),
                "after any change the store is read again: a revocation holds at once");
    }

    @Test
    void readsTheStoreOnEveryRequestWhileChangesAreNotObserved() {
        SteeredChanges changes = new SteeredChanges();
        changes.live = false;
        ports.tokens.changes = changes;
        ports.tokens.stamp = "r1.r2";
        Connection acme = connection("acme", true);
        String token = token(acme, null, Scope.GET_USERS);

        authenticate(acme.id().value(), token, Scope.GET_USERS);
        authenticate(acme.id().value(), token, Scope.GET_USERS);
        assertEquals(2, ports.tokens.grantReads.get());

        changes.live = true;
        authenticate(acme.id().value(), token, Scope.GET_USERS);
        changes.live = false;
        authenticate(acme.id().value(), token, Scope.GET_USERS);
        assertEquals(4, ports.tokens.grantReads.get(), "an entry is never reused while observation is down");
    }

    @Test
    void anExpiredTokenIsRefusedEvenFromMemory() {
        ports.tokens.changes = new SteeredChanges();
        ports.tokens.stamp = "r1.r2";
        Connection acme = connection("acme", true);
        String token = token(acme, ScimToken.MIN_LIFETIME_SECONDS, Scope.GET_USERS);
        authenticate(acme.id().value(), token, Scope.GET_USERS);

        clock.advance(Duration.ofSeconds(ScimToken.MIN_LIFETIME_SECONDS + 1));

        assertThrows(UnauthorizedException.class, () -> authenticate(acme.id().value(), token, Scope.GET_USERS));
    }

    @Test
    void anAccessTokenOfTheTokenEndpointIsAcceptedUntilItExpires() {
        ports.tokens.changes = new SteeredChanges();
        ports.tokens.stamp = "r1.r2";
        Connection acme = connection("acme", true);
        ScimToken.Issued access = ScimToken.issue(acme.id(), List.of(Scope.GET_USERS), 3600L, clock.instant());
        ports.tokens.insertAccessToken(access.token(), "cli_AAAAAAAAAAAAAAAA", "scs_AAAAAAAAAAAAAAAA");
        String token = access.secret().reveal();

        assertEquals(acme, authenticate(acme.id().value(), token, Scope.GET_USERS).connection());
        assertThrows(ForbiddenException.class, () -> authenticate(acme.id().value(), token, Scope.POST_USERS));
        clock.advance(Duration.ofSeconds(3600));

        assertThrows(UnauthorizedException.class, () -> authenticate(acme.id().value(), token, Scope.GET_USERS));
    }
}

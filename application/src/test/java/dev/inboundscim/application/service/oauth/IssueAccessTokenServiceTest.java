package dev.inboundscim.application.service.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.application.RateLimitSettings;
import dev.inboundscim.application.ScimSettings;
import dev.inboundscim.application.port.in.connection.CreateConnectionUseCase.CreateConnectionCommand;
import dev.inboundscim.application.port.in.oauth.IssueAccessTokenUseCase.AccessToken;
import dev.inboundscim.application.port.in.oauth.IssueAccessTokenUseCase.IssueAccessTokenCommand;
import dev.inboundscim.application.port.in.scimconfig.CreateScimConfigurationUseCase.CreateScimConfigurationCommand;
import dev.inboundscim.application.port.out.ClientAssertionPort;
import dev.inboundscim.application.port.out.FederatedCredentialRepository;
import dev.inboundscim.application.port.out.ScimClientRepository;
import dev.inboundscim.application.service.ConnectionLookup;
import dev.inboundscim.application.service.InMemoryPorts;
import dev.inboundscim.application.service.MutableClock;
import dev.inboundscim.application.service.connection.CreateConnectionService;
import dev.inboundscim.application.service.log.LogEntries;
import dev.inboundscim.application.service.ratelimit.ScimRateLimiter;
import dev.inboundscim.application.service.scimconfig.CreateScimConfigurationService;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.connection.ConnectionName;
import dev.inboundscim.domain.connection.Strategy;
import dev.inboundscim.domain.log.LogIds;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.log.RequestInfo;
import dev.inboundscim.domain.oauth.ClientSecret;
import dev.inboundscim.domain.oauth.ClientSecretId;
import dev.inboundscim.domain.oauth.OAuthException;
import dev.inboundscim.domain.oauth.ScimClient;
import dev.inboundscim.domain.oauth.ScimClientId;
import dev.inboundscim.domain.token.Scope;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Client credentials over in-memory ports, with a clock that can outlive a secret. */
class IssueAccessTokenServiceTest {

    private final InMemoryPorts ports = new InMemoryPorts();
    private final MutableClock clock = new MutableClock();
    private final Clients clients = new Clients();
    private final IssueAccessTokenService issue = new IssueAccessTokenService(ports.configurations, clients,
            ports.tokens, unused(FederatedCredentialRepository.class), unused(ClientAssertionPort.class),
            ports.logs, new LogEntries(new LogIds(), clock, Optional::empty), clock, Duration.ofHours(2));

    /** A port these tests must never reach: client secrets need no federated credential. */
    private static <T> T unused(Class<T> port) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            throw new AssertionError(port.getSimpleName() + "." + method.getName() + " was called");
        }));
    }
    private static final RequestInfo REQUEST = RequestInfo.of("POST", "/scim/v2/connections/x/oauth/token", null,
            "127.0.0.1", "test", null, "POST oauth/token", 200);

    private Connection scimConnection() {
        ConnectionLookup lookup = new ConnectionLookup(ports.connections);
        Connection connection = new CreateConnectionService(ports.connections, clock)
                .create(new CreateConnectionCommand(new ConnectionName("entra"), Strategy.WAAD, null));
        new CreateScimConfigurationService(lookup, ports.connections, ports.configurations, ScimSettings.DEFAULTS,
                new ScimRateLimiter(RateLimitSettings.OFF, System::nanoTime), clock)
                .create(new CreateScimConfigurationCommand(connection.id(), null, null, null, null, null, null));
        return connection;
    }

    private AccessToken request(Connection connection, String clientId, String secret, String scope) {
        return issue.issue(new IssueAccessTokenCommand(connection.id(), "client_credentials", clientId, secret, null,
                null, scope, REQUEST));
    }

    @Test
    void anAccessTokenLivesTheConfiguredTimeAndIsLoggedWithoutTheSecret() {
        Connection connection = scimConnection();
        ScimClient.Created created = ScimClient.create(connection.id(), EnumSet.of(Scope.GET_USERS), null, null,
                clock.instant());
        clients.insert(created.client());

        AccessToken token = request(connection, created.client().id().value(), created.secret().value().reveal(),
                null);

        assertEquals(7200, token.expiresInSeconds());
        assertEquals(clock.instant().plus(Duration.ofHours(2)), token.token().token().validUntil());
        assertEquals(List.of(created.client().id().value(), created.secret().secret().id().value()),
                ports.tokens.issued.get(token.token().token().id()));
        assertEquals(LogType.SSCIM, ports.logs.entries.getLast().type());
        assertTrue(!ports.logs.entries.getLast().toString().contains(created.secret().value().reveal()));
        assertEquals(clock.instant(), clients.findById(connection.id(), created.client().id()).orElseThrow()
                .lastUsedAt());
    }

    @Test
    void anExpiredSecretNoLongerAuthenticates() {
        Connection connection = scimConnection();
        ScimClient.Created created = ScimClient.create(connection.id(), EnumSet.of(Scope.GET_USERS), null,
                ClientSecret.MIN_LIFETIME_SECONDS, clock.instant());
        clients.insert(created.client());
        String id = created.client().id().value();
        String secret = created.secret().value().reveal();

        clock.advance(Duration.ofSeconds(ClientSecret.MIN_LIFETIME_SECONDS - 1));
        request(connection, id, secret, "get:users");
        clock.advance(Duration.ofSeconds(1));
        OAuthException refused = assertThrows(OAuthException.class, () -> request(connection, id, secret, null));
        assertEquals("invalid_client", refused.error());
        assertEquals(401, refused.status());
    }

    /** A map of clients, enough for the token endpoint's reads. */
    private static final class Clients implements ScimClientRepository {
        private final Map<ScimClientId, ScimClient> byId = new LinkedHashMap<>();

        @Override
        public void insert(ScimClient client) {
            byId.put(client.id(), client);
        }

        @Override
        public Optional<ScimClient> findById(ConnectionId connectionId, ScimClientId id) {
            return Optional.ofNullable(byId.get(id)).filter(c -> c.connectionId().equals(connectionId));
        }

        @Override
        public List<ScimClient> findByConnection(ConnectionId connectionId) {
            return byId.values().stream().filter(c -> c.connectionId().equals(connectionId)).toList();
        }

        @Override
        public boolean delete(ConnectionId connectionId, ScimClientId id) {
            return byId.remove(id) != null;
        }

        @Override
        public boolean addSecretWithinLimit(ConnectionId connectionId, ScimClientId id, ClientSecret secret,
                                            Instant now, int limit) {
            throw new UnsupportedOperationException("not used here");
        }

        @Override
        public boolean deleteSecret(ConnectionId connectionId, ScimClientId id, ClientSecretId secretId) {
            throw new UnsupportedOperationException("not used here");
        }

        @Override
        public void touch(ScimClientId id, Instant usedAt) {
            ScimClient c = byId.get(id);
            byId.put(id, new ScimClient(c.id(), c.connectionId(), c.scopes(), c.description(), c.createdAt(), usedAt,
                    c.secrets()));
        }
    }
}

package dev.inboundscim.application.service.auth;

import dev.inboundscim.application.port.out.ConnectionRepository;
import dev.inboundscim.application.port.out.ScimConfigurationRepository;
import dev.inboundscim.application.port.out.ScimTokenRepository.TokenGrant;
import dev.inboundscim.application.port.out.ScimTokenRepository;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.connection.ScimConfiguration;
import dev.inboundscim.domain.token.ScimToken;
import dev.inboundscim.domain.token.TokenSecret;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Grants read from the store. The common case is one read: the token comes with a stamp of its connection and
 * configuration ({@link ScimTokenRepository#findGrant}), and while a connection's stamp is the one last seen, the
 * connection and configuration read then are reused. The stamp comes from the same read as the token, so a change
 * made by any server process is seen by the next request.
 */
public final class StoredScimGrants implements ScimGrants {

    private final ConnectionRepository connections;
    private final ScimConfigurationRepository configurations;
    private final ScimTokenRepository tokens;
    private final Map<String, Endpoint> lastRead = new ConcurrentHashMap<>();

    public StoredScimGrants(ConnectionRepository connections, ScimConfigurationRepository configurations,
                            ScimTokenRepository tokens) {
        this.connections = connections;
        this.configurations = configurations;
        this.tokens = tokens;
    }

    @Override
    public Grant grant(ConnectionId connectionId, Optional<TokenSecret> secret, Instant now) {
        Optional<TokenGrant> grant = secret.flatMap(s -> tokens.findGrant(s.tokenId())
                .filter(g -> s.matches(g.token().secretDigest()))
                .filter(g -> g.token().connectionId().equals(connectionId)));
        // The connection is read even without a token: SPEC §3 answers 404 before any 401.
        Endpoint endpoint = grant.map(TokenGrant::stamp)
                .map(stamp -> endpointWithStamp(connectionId, stamp))
                .orElseGet(() -> endpoint(connectionId, null));
        ScimToken token = grant.map(TokenGrant::token)
                .filter(t -> !t.isExpiredAt(now))
                .orElseThrow(ScimRefusals::noValidToken);
        return new Grant(token, endpoint.connection(), endpoint.configuration(), endpoint.stamp());
    }

    /** The connection and configuration as last read at {@code stamp}, or freshly read when it moved. */
    private Endpoint endpointWithStamp(ConnectionId connectionId, String stamp) {
        Endpoint known = lastRead.get(connectionId.value());
        return known != null && stamp.equals(known.stamp()) ? known : endpoint(connectionId, stamp);
    }

    /** Reads the connection and its configuration: 404 when either is missing. */
    private Endpoint endpoint(ConnectionId connectionId, String stamp) {
        Connection connection = connections.findById(connectionId).orElseThrow(ScimRefusals::noEndpoint);
        ScimConfiguration configuration = configurations.findByConnection(connectionId)
                .orElseThrow(ScimRefusals::noEndpoint);
        Endpoint fresh = new Endpoint(connection, configuration, stamp);
        if (stamp != null) {
            lastRead.put(connectionId.value(), fresh);
        }
        return fresh;
    }

    /** A connection with SCIM on, as read when its stamp was {@code stamp}. */
    private record Endpoint(Connection connection, ScimConfiguration configuration, String stamp) {
    }
}

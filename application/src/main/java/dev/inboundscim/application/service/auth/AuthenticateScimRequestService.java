package dev.inboundscim.application.service.auth;

import dev.inboundscim.application.port.in.auth.AuthenticateScimRequestUseCase;
import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.application.port.out.ConnectionRepository;
import dev.inboundscim.application.port.out.ScimConfigurationRepository;
import dev.inboundscim.application.port.out.ScimTokenRepository.TokenGrant;
import dev.inboundscim.application.port.out.ScimTokenRepository;
import dev.inboundscim.application.port.out.SettingsChanges;
import dev.inboundscim.application.service.ratelimit.ScimRateLimiter;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.connection.ScimConfiguration;
import dev.inboundscim.domain.error.ForbiddenException;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.error.UnauthorizedException;
import dev.inboundscim.domain.token.ScimToken;
import dev.inboundscim.domain.token.TokenSecret;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves the connection, then the token, then the scope, in the order SPEC §3 prescribes. While the store
 * observes changes ({@link SettingsChanges#live}), a token read once is answered from memory until anything about
 * tokens, connections or configurations changes in any process; otherwise every request reads the store.
 */
public final class AuthenticateScimRequestService implements AuthenticateScimRequestUseCase {

    /** SPEC §1 allows {@code last_used_at} to lag by up to a minute; it saves a write per request. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final ConnectionRepository connections;
    private final ScimConfigurationRepository configurations;
    private final ScimTokenRepository tokens;
    private final SettingsChanges changes;
    private final ScimRateLimiter rateLimits;
    private final Clock clock;
    private final Map<String, Instant> lastTouched = new ConcurrentHashMap<>();
    private final Map<String, Resolved> resolved = new ConcurrentHashMap<>();
    private final Map<String, CachedGrant> grants = new ConcurrentHashMap<>();

    public AuthenticateScimRequestService(ConnectionRepository connections,
                                          ScimConfigurationRepository configurations, ScimTokenRepository tokens,
                                          SettingsChanges changes, ScimRateLimiter rateLimits, Clock clock) {
        this.connections = connections;
        this.configurations = configurations;
        this.tokens = tokens;
        this.changes = changes;
        this.rateLimits = rateLimits;
        this.clock = clock;
    }

    @Override
    public ScimContext authenticate(AuthenticateScimRequestCommand command) {
        ConnectionId connectionId = command.connectionId();
        Instant now = clock.instant();
        Optional<TokenSecret> secret = Optional.ofNullable(command.secret());
        Optional<CachedGrant> cached = secret.flatMap(s -> cached(s, connectionId, changes));
        if (cached.isPresent()) {
            return authorized(cached.get().token(), cached.get().resolved(), command, now);
        }
        // Read before the store, so a change committed while reading makes this entry stale at once.
        long version = changes.version();
        boolean live = changes.live();
        Optional<TokenGrant> grant = secret.flatMap(s -> tokens.findGrant(s.tokenId())
                .filter(g -> s.matches(g.token().secretDigest()))
                .filter(g -> g.token().connectionId().equals(connectionId)));
        // The common case, one read: a valid token whose connection and configuration are as last seen.
        Resolved resolved = grant.map(ScimTokenRepository.TokenGrant::stamp)
                .map(stamp -> resolvedWithStamp(connectionId, stamp))
                .orElseGet(() -> resolve(connectionId, null));
        ScimToken token = grant.map(ScimTokenRepository.TokenGrant::token)
                .filter(t -> !t.isExpiredAt(now))
                .orElseThrow(this::unauthorized);
        if (live && resolved.stamp() != null) {
            grants.put(token.id().value(), new CachedGrant(token, resolved, version));
        }
        return authorized(token, resolved, command, now);
    }

    /**
     * The grant this process read for the secret's token, if nothing changed since (in any process: the store's
     * {@link SettingsChanges} say so) and the secret still matches it.
     */
    private Optional<CachedGrant> cached(TokenSecret secret, ConnectionId connectionId, SettingsChanges changes) {
        CachedGrant cached = grants.get(secret.tokenId().value());
        if (cached == null || !changes.live()) {
            return Optional.empty();
        }
        if (cached.version() != changes.version()) {
            // Stale for good: drop it, so revoked tokens do not linger in memory.
            grants.remove(secret.tokenId().value(), cached);
            return Optional.empty();
        }
        return Optional.of(cached).filter(c -> secret.matches(c.token().secretDigest()))
                .filter(c -> c.token().connectionId().equals(connectionId));
    }

    private ScimContext authorized(ScimToken token, Resolved resolved, AuthenticateScimRequestCommand command,
                                   Instant now) {
        if (token.isExpiredAt(now)) {
            throw unauthorized();
        }
        if (command.requiredScope() != null && !token.grants(command.requiredScope())) {
            throw ForbiddenException.missingScope(command.requiredScope().wireName());
        }
        touch(token, now);
        // The connection's own limit is known once its configuration is read; from now on its bucket has that size.
        rateLimits.configure(resolved.connection().id(), resolved.configuration().rateLimit());
        return new ScimContext(resolved.connection(), resolved.configuration(), token.id());
    }

    private UnauthorizedException unauthorized() {
        return new UnauthorizedException("A valid SCIM bearer token for this connection is required");
    }

    /** A token with its connection and configuration, as read at {@code version} of the store's changes. */
    private record CachedGrant(ScimToken token, Resolved resolved, long version) {
    }

    /** The connection and configuration as cached for {@code stamp}, or freshly read (and cached) when it moved. */
    private Resolved resolvedWithStamp(ConnectionId connectionId, String stamp) {
        Resolved cached = resolved.get(connectionId.value());
        return cached != null && stamp.equals(cached.stamp()) ? cached : resolve(connectionId, stamp);
    }

    /** Reads the connection and its configuration: 404 when either is missing (SPEC §3: before any 401). */
    private Resolved resolve(ConnectionId connectionId, String stamp) {
        Connection connection = connections.findById(connectionId).orElseThrow(this::notFound);
        ScimConfiguration configuration = configurations.findByConnection(connectionId).orElseThrow(this::notFound);
        Resolved fresh = new Resolved(connection, configuration, stamp);
        if (stamp != null) {
            resolved.put(connectionId.value(), fresh);
        }
        return fresh;
    }

    /**
     * What a connection's requests need, read once per change of its {@code stamp}. The stamp comes from the same
     * read as the token, so a change made by any server process is seen by the next request.
     */
    private record Resolved(Connection connection, ScimConfiguration configuration, String stamp) {
    }

    private void touch(ScimToken token, Instant now) {
        Instant previous = lastTouched.get(token.id().value());
        if (previous == null || Duration.between(previous, now).compareTo(TOUCH_INTERVAL) >= 0) {
            lastTouched.put(token.id().value(), now);
            tokens.touch(token.id(), now);
        }
    }

    private NotFoundException notFound() {
        return new NotFoundException("No SCIM endpoint at this address");
    }
}

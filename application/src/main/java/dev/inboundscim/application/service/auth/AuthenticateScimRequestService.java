package dev.inboundscim.application.service.auth;

import dev.inboundscim.application.port.in.auth.AuthenticateScimRequestUseCase;
import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.application.port.out.ScimTokenRepository;
import dev.inboundscim.application.service.ratelimit.ScimRateLimiter;
import dev.inboundscim.domain.error.ForbiddenException;
import dev.inboundscim.domain.token.ScimToken;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves the connection, then the token, then the scope, in the order SPEC §3 prescribes: {@link ScimGrants}
 * (assembled in bootstrap, from memory while nothing changed) answers for the connection and the token.
 */
public final class AuthenticateScimRequestService implements AuthenticateScimRequestUseCase {

    /** SPEC §1 allows {@code last_used_at} to lag by up to a minute; it saves a write per request. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final ScimGrants grants;
    private final ScimTokenRepository tokens;
    private final ScimRateLimiter rateLimits;
    private final Clock clock;
    private final Map<String, Instant> lastTouched = new ConcurrentHashMap<>();

    public AuthenticateScimRequestService(ScimGrants grants, ScimTokenRepository tokens, ScimRateLimiter rateLimits,
                                          Clock clock) {
        this.grants = grants;
        this.tokens = tokens;
        this.rateLimits = rateLimits;
        this.clock = clock;
    }

    @Override
    public ScimContext authenticate(AuthenticateScimRequestCommand command) {
        Instant now = clock.instant();
        ScimGrants.Grant grant = grants.grant(command.connectionId(), Optional.ofNullable(command.secret()), now);
        if (command.requiredScope() != null && !grant.token().grants(command.requiredScope())) {
            throw ForbiddenException.missingScope(command.requiredScope().wireName());
        }
        touch(grant.token(), now);
        // The connection's own limit is known once its configuration is read; from now on its bucket has that size.
        rateLimits.configure(grant.connection().id(), grant.configuration().rateLimit());
        return new ScimContext(grant.connection(), grant.configuration(), grant.token().id());
    }

    private void touch(ScimToken token, Instant now) {
        Instant previous = lastTouched.get(token.id().value());
        if (previous == null || Duration.between(previous, now).compareTo(TOUCH_INTERVAL) >= 0) {
            lastTouched.put(token.id().value(), now);
            tokens.touch(token.id(), now);
        }
    }
}

package dev.inboundscim.domain.token;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.BadRequestException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A stored SCIM bearer token: its id, scopes, lifetime and the digest of its secret. */
public record ScimToken(TokenId id, ConnectionId connectionId, String secretDigest, Set<Scope> scopes,
                        Instant createdAt, Instant validUntil, Instant lastUsedAt) {

    /** Auth0's floor for an expiring token. */
    public static final long MIN_LIFETIME_SECONDS = 900;
    /** The longest lifetime accepted: ten years, beyond which "no expiry" (null) says it honestly. */
    public static final long MAX_LIFETIME_SECONDS = 10L * 366 * 24 * 3600;
    /** How many tokens a connection may hold at once, so a client can rotate without downtime. */
    public static final int MAX_PER_CONNECTION = 2;

    public ScimToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(secretDigest, "secretDigest");
        Objects.requireNonNull(createdAt, "createdAt");
        scopes = Set.copyOf(scopes);
        if (scopes.isEmpty()) {
            throw BadRequestException.invalidValue("scopes must name at least one scope");
        }
    }

    /** A new token and its one-time secret; {@code lifetimeSeconds} null means no expiry. */
    public static Issued issue(ConnectionId connectionId, Collection<Scope> scopes, Long lifetimeSeconds,
                               Instant now) {
        if (scopes == null || scopes.isEmpty()) {
            throw BadRequestException.invalidValue("scopes must name at least one scope");
        }
        if (lifetimeSeconds != null && (lifetimeSeconds < MIN_LIFETIME_SECONDS
                || lifetimeSeconds > MAX_LIFETIME_SECONDS)) {
            throw BadRequestException.invalidValue("token_lifetime must be between 900 seconds and ten years, or null");
        }
        TokenId id = TokenId.generate();
        TokenSecret secret = TokenSecret.generate(id);
        Instant validUntil = lifetimeSeconds == null ? null : now.plus(Duration.ofSeconds(lifetimeSeconds));
        ScimToken token = new ScimToken(id, connectionId, secret.digest(), EnumSet.copyOf(scopes), now,
                validUntil, null);
        return new Issued(token, secret);
    }

    public boolean isExpiredAt(Instant now) {
        return validUntil != null && !now.isBefore(validUntil);
    }

    public boolean grants(Scope scope) {
        return scopes.contains(scope);
    }

    /** A freshly issued token with the secret that is shown once. */
    public record Issued(ScimToken token, TokenSecret secret) {
    }
}

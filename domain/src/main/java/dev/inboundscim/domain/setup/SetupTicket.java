package dev.inboundscim.domain.setup;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.token.ScimToken;
import dev.inboundscim.domain.token.Scope;
import dev.inboundscim.domain.token.TokenId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Auth0's self-service SCIM setup (SPEC §8): a link the identity admin hands to the customer's IT admin, who can then,
 * with no other credential, read the connection's SCIM endpoint and create or rotate one token with the ticket's
 * scopes and lifetime. {@code tokenId} is the token the ticket issued last (null before the first), which a
 * rotation replaces. Only the digest of the secret is kept.
 */
public record SetupTicket(SetupTicketId id, ConnectionId connectionId, String secretDigest, Set<Scope> scopes,
                          Long tokenLifetime, Instant createdAt, Instant expiresAt, TokenId tokenId) {

    public static final long MIN_TTL_SECONDS = 300;
    public static final long MAX_TTL_SECONDS = 604_800;
    public static final long DEFAULT_TTL_SECONDS = 432_000;

    public SetupTicket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(secretDigest, "secretDigest");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (scopes == null || scopes.isEmpty()) {
            throw BadRequestException.invalidValue("scopes must name at least one scope");
        }
        scopes = Set.copyOf(scopes);
    }

    /** A new ticket and its one-time secret; {@code ttlSeconds} null means the default of five days. */
    public static Issued issue(ConnectionId connectionId, Collection<Scope> scopes, Long ttlSeconds,
                               Long tokenLifetime, Instant now) {
        long ttl = ttlSeconds == null ? DEFAULT_TTL_SECONDS : ttlSeconds;
        if (ttl < MIN_TTL_SECONDS || ttl > MAX_TTL_SECONDS) {
            throw BadRequestException.invalidValue("ttl_sec must be from " + MIN_TTL_SECONDS + " to "
                    + MAX_TTL_SECONDS + " seconds");
        }
        if (tokenLifetime != null && (tokenLifetime < ScimToken.MIN_LIFETIME_SECONDS
                || tokenLifetime > ScimToken.MAX_LIFETIME_SECONDS)) {
            throw BadRequestException.invalidValue("token_lifetime must be between 900 seconds and ten years, or null");
        }
        if (scopes == null || scopes.isEmpty()) {
            throw BadRequestException.invalidValue("scopes must name at least one scope");
        }
        SetupTicketId id = SetupTicketId.generate();
        SetupTicketSecret secret = SetupTicketSecret.generate(id);
        SetupTicket ticket = new SetupTicket(id, connectionId, secret.digest(), EnumSet.copyOf(scopes),
                tokenLifetime, now, now.plus(Duration.ofSeconds(ttl)), null);
        return new Issued(ticket, secret);
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** The same ticket, having issued {@code token}. */
    public SetupTicket withToken(TokenId token) {
        return new SetupTicket(id, connectionId, secretDigest, scopes, tokenLifetime, createdAt, expiresAt, token);
    }

    /** A freshly created ticket with the secret that is shown once, inside its URL. */
    public record Issued(SetupTicket ticket, SetupTicketSecret secret) {
    }
}

package dev.inboundscim.application.service.auth;

import dev.inboundscim.application.port.out.SettingsChanges;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.token.TokenSecret;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Grants answered from memory, by token id, while the store observes changes ({@link SettingsChanges#live}) and
 * nothing about tokens, connections or configurations changed since they were read, in any process; otherwise every
 * request reads through. The secret, the connection and the expiry are checked on every use.
 */
public final class CachedScimGrants implements ScimGrants {

    private final ScimGrants store;
    private final SettingsChanges changes;
    private final Map<String, Versioned> grants = new ConcurrentHashMap<>();

    public CachedScimGrants(ScimGrants store, SettingsChanges changes) {
        this.store = store;
        this.changes = changes;
    }

    @Override
    public Grant grant(ConnectionId connectionId, Optional<TokenSecret> secret, Instant now) {
        Optional<Grant> known = secret.flatMap(s -> known(s, connectionId));
        if (known.isPresent()) {
            if (known.get().token().isExpiredAt(now)) {
                throw ScimRefusals.noValidToken();
            }
            return known.get();
        }
        // Read before the store, so a change committed while reading makes this entry stale at once.
        long version = changes.version();
        boolean live = changes.live();
        Grant grant = store.grant(connectionId, secret, now);
        // Kept only when read with a stamp: a store that gives none is read in full on every request.
        if (live && grant.stamp() != null) {
            grants.put(grant.token().id().value(), new Versioned(grant, version));
        }
        return grant;
    }

    /** The grant kept for the secret's token, if nothing changed since and the secret and connection still match. */
    private Optional<Grant> known(TokenSecret secret, ConnectionId connectionId) {
        Versioned kept = grants.get(secret.tokenId().value());
        if (kept == null || !changes.live()) {
            return Optional.empty();
        }
        if (kept.version() != changes.version()) {
            // Stale for good: drop it, so revoked tokens do not linger in memory.
            grants.remove(secret.tokenId().value(), kept);
            return Optional.empty();
        }
        return Optional.of(kept.grant()).filter(g -> secret.matches(g.token().secretDigest()))
                .filter(g -> g.token().connectionId().equals(connectionId));
    }

    /** A grant as read at {@code version} of the store's changes. */
    private record Versioned(Grant grant, long version) {
    }
}

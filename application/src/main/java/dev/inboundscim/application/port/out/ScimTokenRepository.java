package dev.inboundscim.application.port.out;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.token.ScimToken;
import dev.inboundscim.domain.token.TokenId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores SCIM token digests and metadata, never secrets. */
public interface ScimTokenRepository {

    /**
     * Inserts {@code token} unless its connection already holds {@code limit} tokens, atomically with respect to
     * concurrent inserts for the same connection; returns whether it was inserted.
     */
    boolean insertWithinLimit(ScimToken token, int limit);

    /**
     * Stores a short-lived access token the token endpoint issued (SPEC §9) to {@code issuedTo} (a client or federated
     * credential id) with {@code issuedWith} (the client secret's id, or null): outside the limit and the listings of
     * static tokens, accepted by the SCIM endpoint like them, deleted with what it was issued to. Deletes the expired
     * access tokens of {@code issuedTo} on the way, so they do not pile up.
     */
    void insertAccessToken(ScimToken token, String issuedTo, String issuedWith);

    Optional<ScimToken> findById(TokenId id);

    /**
     * The token with a stamp of what its connection and SCIM configuration look like now, read together where the
     * store can, so a request is authenticated with one read when nothing else changed. Empty when the token is
     * unknown or its connection has no SCIM configuration.
     */
    Optional<TokenGrant> findGrant(TokenId id);

    /** A token and its {@code stamp}: text that changes whenever the connection or its SCIM configuration does. */
    record TokenGrant(ScimToken token, String stamp) {
    }

    /** The connection's static tokens (never the access tokens of the token endpoint). */
    List<ScimToken> findByConnection(ConnectionId connectionId);

    /** Deletes the token if it belongs to {@code connectionId}; false otherwise. */
    boolean delete(ConnectionId connectionId, TokenId id);

    /** Records a use; callers throttle, so this need not be cheap. */
    void touch(TokenId id, Instant usedAt);
}

package dev.inboundscim.application.port.out;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.oauth.ClientSecret;
import dev.inboundscim.domain.oauth.ClientSecretId;
import dev.inboundscim.domain.oauth.ScimClient;
import dev.inboundscim.domain.oauth.ScimClientId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores the OAuth clients of connections' SCIM endpoints (SPEC §9) with their secrets' digests, never the secrets.
 * Deleting a client or one of its secrets deletes the access tokens issued with it in the same step, and tells every
 * server process as a revoked SCIM token does.
 */
public interface ScimClientRepository {

    /** Stores a new client with its secrets (404 when the connection is gone). */
    void insert(ScimClient client);

    Optional<ScimClient> findById(ConnectionId connectionId, ScimClientId id);

    /** The connection's clients, oldest first. */
    List<ScimClient> findByConnection(ConnectionId connectionId);

    /** Deletes the client, its secrets and its access tokens; false when the connection has no such client. */
    boolean delete(ConnectionId connectionId, ScimClientId id);

    /**
     * Adds {@code secret} unless the client already holds {@code limit} secrets still valid at {@code now}, atomically
     * with respect to concurrent additions; false when the limit holds. 404 when the client is gone.
     */
    boolean addSecretWithinLimit(ConnectionId connectionId, ScimClientId id, ClientSecret secret, Instant now,
                                 int limit);

    /** Deletes one secret and the access tokens issued with it; false when the client has no such secret. */
    boolean deleteSecret(ConnectionId connectionId, ScimClientId id, ClientSecretId secretId);

    /** Records a use; callers throttle. */
    void touch(ScimClientId id, Instant usedAt);
}

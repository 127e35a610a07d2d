package dev.inboundscim.application.port.out;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.oauth.FederatedCredential;
import dev.inboundscim.domain.oauth.FederatedCredentialId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores the federated credentials of connections (SPEC §9) and remembers the assertions they accepted, so no
 * assertion is accepted twice before it expires, by any server process. Deleting a credential deletes the access
 * tokens issued to it in the same step.
 */
public interface FederatedCredentialRepository {

    /** Stores a new credential (404 when the connection is gone). */
    void insert(FederatedCredential credential);

    Optional<FederatedCredential> findById(ConnectionId connectionId, FederatedCredentialId id);

    /** The connection's credentials, oldest first. */
    List<FederatedCredential> findByConnection(ConnectionId connectionId);

    /** Deletes the credential and its access tokens; false when the connection has no such credential. */
    boolean delete(ConnectionId connectionId, FederatedCredentialId id);

    /** Records a use; callers throttle. */
    void touch(FederatedCredentialId id, Instant usedAt);

    /**
     * Remembers the assertion {@code jti} of {@code credential} until {@code expiresAt}, atomically across processes;
     * false when it is remembered already (a replay). Forgets expired ones on the way.
     */
    boolean rememberAssertion(FederatedCredentialId credential, String jti, Instant expiresAt, Instant now);
}

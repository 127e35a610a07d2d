package dev.inboundscim.application.port.in.oauth;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.oauth.ClientSecretId;
import dev.inboundscim.domain.oauth.ScimClientId;

/** Deletes one secret of a client: the access tokens issued with it stop working at once. */
public interface DeleteClientSecretUseCase {

    void delete(ConnectionId connectionId, ScimClientId clientId, ClientSecretId secretId);
}

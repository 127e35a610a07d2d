package dev.inboundscim.application.port.in.oauth;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.oauth.ClientSecret;
import dev.inboundscim.domain.oauth.ScimClientId;

/** Adds a secret to a client (409 when it holds three that have not expired); the secret is shown once. */
public interface AddClientSecretUseCase {

    ClientSecret.Issued add(ConnectionId connectionId, ScimClientId clientId, Long lifetimeSeconds);
}

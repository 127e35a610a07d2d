package dev.inboundscim.application.service.oauth;

import dev.inboundscim.application.port.in.oauth.AddClientSecretUseCase;
import dev.inboundscim.application.port.out.ScimClientRepository;
import dev.inboundscim.application.service.ConnectionLookup;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.ConflictException;
import dev.inboundscim.domain.oauth.ClientSecret;
import dev.inboundscim.domain.oauth.ScimClientId;
import java.time.Clock;
import java.time.Instant;

/** Adds a secret within the limit of active ones, which the store enforces atomically. */
public final class AddClientSecretService implements AddClientSecretUseCase {

    private final ConnectionLookup lookup;
    private final ScimClientRepository clients;
    private final Clock clock;

    public AddClientSecretService(ConnectionLookup lookup, ScimClientRepository clients, Clock clock) {
        this.lookup = lookup;
        this.clients = clients;
        this.clock = clock;
    }

    @Override
    public ClientSecret.Issued add(ConnectionId connectionId, ScimClientId clientId, Long lifetimeSeconds) {
        Instant now = clock.instant();
        ClientSecret.Issued issued = ClientSecret.issue(lifetimeSeconds, now);
        if (!clients.addSecretWithinLimit(lookup.require(connectionId).id(), clientId, issued.secret(), now,
                ClientSecret.MAX_ACTIVE)) {
            throw ConflictException.conflict("The client already has " + ClientSecret.MAX_ACTIVE
                    + " active secrets; delete one first");
        }
        return issued;
    }
}

package dev.inboundscim.application.port.in.client;

import dev.inboundscim.domain.client.Client;
import dev.inboundscim.domain.client.ClientId;

/** One client; not found when it does not exist. */
public interface GetClientUseCase {

    Client get(ClientId id);
}

package dev.inboundscim.application.port.in.client;

import dev.inboundscim.domain.client.ClientId;

/** Deletes a client; logouts still owed to it are dropped when their turn comes. */
public interface DeleteClientUseCase {

    void delete(ClientId id);
}

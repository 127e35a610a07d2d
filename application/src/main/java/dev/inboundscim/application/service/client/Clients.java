package dev.inboundscim.application.service.client;

import dev.inboundscim.application.port.out.ClientRepository;
import dev.inboundscim.domain.client.Client;
import dev.inboundscim.domain.client.ClientId;
import dev.inboundscim.domain.error.NotFoundException;

/** Reads a client the use cases need to exist. */
final class Clients {

    private Clients() {
    }

    static Client require(ClientRepository clients, ClientId id) {
        return clients.findById(id).orElseThrow(() -> new NotFoundException("Client not found"));
    }
}

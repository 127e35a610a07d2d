package dev.inboundscim.application.service.client;

import dev.inboundscim.application.port.in.client.GetClientUseCase;
import dev.inboundscim.application.port.out.ClientRepository;
import dev.inboundscim.domain.client.Client;
import dev.inboundscim.domain.client.ClientId;

/** Reads one client. */
public final class GetClientService implements GetClientUseCase {

    private final ClientRepository clients;

    public GetClientService(ClientRepository clients) {
        this.clients = clients;
    }

    @Override
    public Client get(ClientId id) {
        return Clients.require(clients, id);
    }
}

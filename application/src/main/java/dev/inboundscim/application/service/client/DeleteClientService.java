package dev.inboundscim.application.service.client;

import dev.inboundscim.application.port.in.client.DeleteClientUseCase;
import dev.inboundscim.application.port.out.ClientRepository;
import dev.inboundscim.domain.client.ClientId;
import dev.inboundscim.domain.error.NotFoundException;

/** Deletes a client. */
public final class DeleteClientService implements DeleteClientUseCase {

    private final ClientRepository clients;

    public DeleteClientService(ClientRepository clients) {
        this.clients = clients;
    }

    @Override
    public void delete(ClientId id) {
        if (!clients.delete(id)) {
            throw new NotFoundException("Client not found");
        }
    }
}

package dev.inboundscim.application.service.client;

import dev.inboundscim.application.port.in.client.ListClientsUseCase;
import dev.inboundscim.application.port.out.ClientRepository;
import dev.inboundscim.domain.client.Client;
import java.util.List;

/** Lists the clients. */
public final class ListClientsService implements ListClientsUseCase {

    private final ClientRepository clients;

    public ListClientsService(ClientRepository clients) {
        this.clients = clients;
    }

    @Override
    public List<Client> list() {
        return clients.list();
    }
}

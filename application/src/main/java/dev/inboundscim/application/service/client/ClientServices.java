package dev.inboundscim.application.service.client;

import dev.inboundscim.application.port.in.client.ClientUseCases.ClientInput;
import dev.inboundscim.application.port.in.client.ClientUseCases.CreateClientUseCase;
import dev.inboundscim.application.port.in.client.ClientUseCases.DeleteClientUseCase;
import dev.inboundscim.application.port.in.client.ClientUseCases.GetClientUseCase;
import dev.inboundscim.application.port.in.client.ClientUseCases.ListClientsUseCase;
import dev.inboundscim.application.port.in.client.ClientUseCases.UpdateClientUseCase;
import dev.inboundscim.application.port.out.ClientRepository;
import dev.inboundscim.domain.client.Client;
import dev.inboundscim.domain.client.ClientId;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.error.PreconditionFailedException;
import java.time.Clock;
import java.util.List;

/** The client use cases: plain records, validated by {@link Client}. */
public final class ClientServices implements CreateClientUseCase, ListClientsUseCase, GetClientUseCase,
        UpdateClientUseCase, DeleteClientUseCase {

    private static final int ATTEMPTS = 5;

    private final ClientRepository clients;
    private final Clock clock;

    public ClientServices(ClientRepository clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    @Override
    public Client create(ClientInput input) {
        Client client = Client.create(input.name(), Client.logoutUrls(input.backchannelLogoutUrls()),
                clock.instant());
        clients.insert(client);
        return client;
    }

    @Override
    public List<Client> list() {
        return clients.list();
    }

    @Override
    public Client get(String clientId) {
        return require(clients, clientId);
    }

    @Override
    public Client update(String clientId, ClientInput input) {
        for (int attempt = 1; ; attempt++) {
            Client current = require(clients, clientId);
            Client updated = current.with(input.name() == null ? current.name() : input.name(),
                    input.backchannelLogoutUrls() == null ? current.backchannelLogoutUrls()
                            : Client.logoutUrls(input.backchannelLogoutUrls()), clock.instant());
            try {
                clients.update(updated);
                return updated;
            } catch (PreconditionFailedException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    @Override
    public void delete(String clientId) {
        if (!ClientId.isWellFormed(clientId) || !clients.delete(new ClientId(clientId))) {
            throw new NotFoundException("Client not found");
        }
    }

    public static Client require(ClientRepository clients, String clientId) {
        if (!ClientId.isWellFormed(clientId)) {
            throw new NotFoundException("Client not found");
        }
        return clients.findById(new ClientId(clientId)).orElseThrow(() -> new NotFoundException("Client not found"));
    }
}

package dev.inboundscim.application.service.client;

import dev.inboundscim.application.port.in.client.CreateClientUseCase;
import dev.inboundscim.application.port.out.ClientRepository;
import dev.inboundscim.domain.client.Client;
import java.time.Clock;

/** Registers a client; {@link Client} validates its name and URLs. */
public final class CreateClientService implements CreateClientUseCase {

    private final ClientRepository clients;
    private final Clock clock;

    public CreateClientService(ClientRepository clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    @Override
    public Client create(CreateClientCommand command) {
        Client client = Client.create(command.name(), Client.logoutUrls(command.backchannelLogoutUrls()),
                clock.instant());
        clients.insert(client);
        return client;
    }
}

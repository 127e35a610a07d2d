package dev.inboundscim.application.service.client;

import dev.inboundscim.application.port.in.client.UpdateClientUseCase;
import dev.inboundscim.application.port.out.ClientRepository;
import dev.inboundscim.application.service.VersionedWrite;
import dev.inboundscim.domain.client.Client;
import java.time.Clock;

/** Changes a client, on a fresh read again when another request changed it in between. */
public final class UpdateClientService implements UpdateClientUseCase {

    private final ClientRepository clients;
    private final VersionedWrite writes;
    private final Clock clock;

    public UpdateClientService(ClientRepository clients, VersionedWrite writes, Clock clock) {
        this.clients = clients;
        this.writes = writes;
        this.clock = clock;
    }

    @Override
    public Client update(UpdateClientCommand command) {
        return writes.untilNoConflict(null, () -> {
            Client current = Clients.require(clients, command.id());
            Client updated = current.with(command.name() == null ? current.name() : command.name(),
                    command.backchannelLogoutUrls() == null ? current.backchannelLogoutUrls()
                            : Client.logoutUrls(command.backchannelLogoutUrls()), clock.instant());
            clients.update(updated);
            return updated;
        });
    }
}

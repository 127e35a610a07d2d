package dev.inboundscim.application.port.in.client;

import dev.inboundscim.domain.client.Client;
import dev.inboundscim.domain.client.ClientId;
import java.util.List;

/** Changes a client's name or logout URLs. */
public interface UpdateClientUseCase {

    Client update(UpdateClientCommand command);

    /** Null fields stay as they are. */
    record UpdateClientCommand(ClientId id, String name, List<String> backchannelLogoutUrls) {
    }
}

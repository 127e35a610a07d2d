package dev.inboundscim.application.port.in.client;

import dev.inboundscim.domain.client.Client;
import java.util.List;

/** Registers a client of the login layer, with the URLs its back-channel logout tokens go to. */
public interface CreateClientUseCase {

    Client create(CreateClientCommand command);

    /** {@code backchannelLogoutUrls} null: none. */
    record CreateClientCommand(String name, List<String> backchannelLogoutUrls) {
    }
}

package dev.inboundscim.application.port.in.client;

import dev.inboundscim.domain.client.Client;
import java.util.List;

/** Every client, in creation order. */
public interface ListClientsUseCase {

    List<Client> list();
}

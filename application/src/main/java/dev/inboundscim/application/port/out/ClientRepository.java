package dev.inboundscim.application.port.out;

import dev.inboundscim.domain.client.Client;
import dev.inboundscim.domain.client.ClientId;
import java.util.List;
import java.util.Optional;

/** Stores clients (applications). */
public interface ClientRepository {

    void insert(Client client);

    Optional<Client> findById(ClientId id);

    /** Every client, in creation order. */
    List<Client> list();

    /** Stores {@code updated} if the stored version is the one before it (else {@code PreconditionFailedException}). */
    void update(Client updated);

    /** False when absent. */
    boolean delete(ClientId id);
}

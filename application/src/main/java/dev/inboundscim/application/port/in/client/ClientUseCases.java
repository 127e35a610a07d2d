package dev.inboundscim.application.port.in.client;

import dev.inboundscim.domain.client.Client;
import java.util.List;

/** The Management API's {@code /clients} operations, one interface each. */
public final class ClientUseCases {

    private ClientUseCases() {
    }

    /** {@code backchannelLogoutUrls} null: none. */
    public record ClientInput(String name, List<String> backchannelLogoutUrls) {
    }

    /** Registers a client. */
    public interface CreateClientUseCase {
        Client create(ClientInput input);
    }

    /** Every client in creation order. */
    public interface ListClientsUseCase {
        List<Client> list();
    }

    public interface GetClientUseCase {
        Client get(String clientId);
    }

    /** Changes the name or the logout URLs; absent (null) fields stay. */
    public interface UpdateClientUseCase {
        Client update(String clientId, ClientInput input);
    }

    /** Deletes a client; logouts still owed to it are dropped when their turn comes. */
    public interface DeleteClientUseCase {
        void delete(String clientId);
    }
}

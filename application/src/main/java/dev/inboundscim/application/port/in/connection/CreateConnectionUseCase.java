package dev.inboundscim.application.port.in.connection;

import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionName;
import dev.inboundscim.domain.connection.Strategy;
import java.util.Objects;

/** Creates a connection; a duplicate name is a 409. */
public interface CreateConnectionUseCase {

    Connection create(CreateConnectionCommand command);

    /** {@code displayName} null: none. */
    record CreateConnectionCommand(ConnectionName name, Strategy strategy, String displayName) {
        public CreateConnectionCommand {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(strategy, "strategy");
        }
    }
}

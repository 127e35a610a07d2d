package dev.inboundscim.application.port.in.connection;

import dev.inboundscim.domain.connection.ConnectionId;

/** Changes a connection's display name or login-sync flag; absent fields are left alone. */
public interface UpdateConnectionUseCase {

    ConnectionView update(UpdateConnectionCommand command);

    record UpdateConnectionCommand(ConnectionId connectionId, String displayName, Boolean syncUserProfileAtLogin) {
    }
}

package dev.inboundscim.application.port.in.connection;

/** Changes a connection's display name or login-sync flag; absent fields are left alone. */
public interface UpdateConnectionUseCase {

    ConnectionView update(UpdateConnectionCommand command);

    record UpdateConnectionCommand(String connectionId, String displayName, Boolean syncUserProfileAtLogin) {
    }
}

package dev.inboundscim.application.port.in.scimconfig;

/** Turns the SCIM endpoint off and revokes the connection's tokens; 404 when absent. */
public interface DeleteScimConfigurationUseCase {

    void delete(String connectionId);
}

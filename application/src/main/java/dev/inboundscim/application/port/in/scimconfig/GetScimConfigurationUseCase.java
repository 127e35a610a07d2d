package dev.inboundscim.application.port.in.scimconfig;

/** Reads a connection's SCIM configuration; 404 when the connection or the configuration is absent. */
public interface GetScimConfigurationUseCase {

    ScimConfigurationView get(String connectionId);
}

package dev.inboundscim.application.port.in.scimconfig;

import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ScimConfiguration;

/** A SCIM configuration with the connection it belongs to, as the Management API shows it. */
public record ScimConfigurationView(Connection connection, ScimConfiguration configuration, String tenantName) {
}

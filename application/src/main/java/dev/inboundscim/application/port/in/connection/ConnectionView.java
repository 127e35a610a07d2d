package dev.inboundscim.application.port.in.connection;

import dev.inboundscim.domain.connection.Connection;

/** A connection with whether its SCIM endpoint is on (a SCIM configuration exists). */
public record ConnectionView(Connection connection, boolean scimEnabled) {
}

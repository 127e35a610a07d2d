package dev.inboundscim.application.port.in.auth;

import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ScimConfiguration;
import dev.inboundscim.domain.token.TokenId;

/** An authenticated SCIM request's connection, its SCIM configuration and the token that was presented. */
public record ScimContext(Connection connection, ScimConfiguration configuration, TokenId tokenId) {
}

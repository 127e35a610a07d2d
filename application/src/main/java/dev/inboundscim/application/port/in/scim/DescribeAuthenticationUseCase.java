package dev.inboundscim.application.port.in.scim;

import dev.inboundscim.domain.connection.ConnectionId;

/** How a connection's SCIM endpoint may be authenticated beside its static tokens, for discovery (SPEC §9). */
public interface DescribeAuthenticationUseCase {

    /** Whether the connection has an OAuth client or a federated credential, so its token endpoint is of use. */
    boolean offersTokenEndpoint(ConnectionId connectionId);
}

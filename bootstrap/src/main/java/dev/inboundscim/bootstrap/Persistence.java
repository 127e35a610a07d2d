package dev.inboundscim.bootstrap;

import dev.inboundscim.application.port.out.AdminTokenRepository;
import dev.inboundscim.application.port.out.ClientRepository;
import dev.inboundscim.application.port.out.ConnectionRepository;
import dev.inboundscim.application.port.out.GroupRepository;
import dev.inboundscim.application.port.out.LogRepository;
import dev.inboundscim.application.port.out.LogStreamRepository;
import dev.inboundscim.application.port.out.OrganizationRepository;
import dev.inboundscim.application.port.out.ScimConfigurationRepository;
import dev.inboundscim.application.port.out.ScimTokenRepository;
import dev.inboundscim.application.port.out.SessionRepository;
import dev.inboundscim.application.port.out.SigningKeyRepository;
import dev.inboundscim.application.port.out.UserRepository;

/** The chosen persistence adapter's ports, and how to release what it opened. */
public record Persistence(String description, ConnectionRepository connections,
                          ScimConfigurationRepository scimConfigurations, ScimTokenRepository tokens,
                          UserRepository users, GroupRepository groups, LogRepository logs,
                          LogStreamRepository logStreams, ClientRepository clients,
                          SessionRepository sessions, SigningKeyRepository signingKeys,
                          OrganizationRepository organizations,
                          AdminTokenRepository adminToken,
                          AutoCloseable resources) implements AutoCloseable {

    @Override
    public void close() throws Exception {
        resources.close();
    }
}
